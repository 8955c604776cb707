/**
 * Browser-test harness: Debian's Chromium driven by playwright-core (which never downloads a
 * browser), against the real HTTP app and the test Neo4j.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createApp } from '../../src/api/app.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { testConfig } from '../helpers/test-config.js';
import type { Store } from '../../src/store/driver.js';

export const CHROMIUM_PATH = testConfig().chromium.path;
export const CHROMIUM_ARGS = [...testConfig().chromium.args];
export const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-results', 'screenshots');

export interface Harness {
  base: string;
  context: BrowserContext;
  close(): Promise<void>;
}

export async function startHarness(store: Store): Promise<Harness> {
  const server = http.createServer(createApp({ store, uri: 'test', managed: false }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(path.join(os.tmpdir(), 'dkg-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    base,
    context,
    async close() {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

export async function openPage(h: Harness, query = ''): Promise<OpenedPage> {
  const page = await h.context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${h.base}/${query}`);
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

export async function gqlAt<T>(base: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}
