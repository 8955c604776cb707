/**
 * The graph tools in Chromium on the written samples: expanding a node adds its neighbours
 * while the nodes on screen stay put, hiding and pinning, and the chain finder drawing the
 * API's chain or saying why it cannot.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { ingestFiles } from '../../src/cli/ingest.js';
import { config } from '../../src/config.js';
import type { Store } from '../../src/store/driver.js';
import { freshStore } from '../helpers/db.js';
import { gqlAt, openPage, screenshot, startHarness, type Harness } from './browser.js';

vi.setConfig({ testTimeout: 300_000 });

let store: Store;
let h: Harness;

beforeAll(async () => {
  store = await freshStore();
  await ingestFiles(store, [config().sampleDir as string], { report: null });
  h = await startHarness(store);
});

afterAll(async () => {
  await h?.close();
  await store?.close();
});

/** This machine is shared and slow at times: waits are generous, never timing asserts. */
async function open(query: string): ReturnType<typeof openPage> {
  const opened = await openPage(h, query);
  opened.page.setDefaultTimeout(90_000);
  await opened.page.waitForSelector('.graph-view[data-layout=done]');
  return opened;
}

const nodeCount = async (page: Page): Promise<number> => Number(await page.getAttribute('.graph-view', 'data-nodes'));
const positionOf = (page: Page, id: string): Promise<[number, number] | null> => page.evaluate((x) => window.dkgGraph!.positionOf(x), id);

/** Selects a node from the list under the graph, which opens the details panel and its tools. */
async function selectNode(page: Page, id: string): Promise<void> {
  await page.$eval('.graph-list-box', (d) => ((d as HTMLDetailsElement).open = true));
  await page.click(`.graph-list button[data-node-id="${id}"]`);
  await page.waitForSelector('.details [data-tool=expand]');
}

describe('expand, hide and pin', () => {
  it('expanding a node adds its neighbours beside it and leaves the other nodes where they were', async () => {
    const { page, errors } = await open('?focus=TR&mode=COLLAPSED&depth=1');
    const before = await nodeCount(page);
    const turkey = await positionOf(page, 'TR');
    expect(turkey).not.toBeNull();
    await selectNode(page, 'RU');
    await page.click('.details [data-tool=expand]');
    await page.waitForFunction((n) => Number(document.querySelector('.graph-view')?.getAttribute('data-nodes')) > n, before);
    await page.waitForSelector('.graph-view[data-layout=done]');
    expect(await nodeCount(page)).toBeGreaterThan(before);
    expect(await positionOf(page, 'TR')).toEqual(turkey);
    await screenshot(page, 'graph-tools-expanded');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a hidden node leaves the graph until "Show hidden"', async () => {
    const { page, errors } = await open('?focus=TR&mode=COLLAPSED&depth=1');
    const before = await nodeCount(page);
    await selectNode(page, 'RU');
    await page.click('.details [data-tool=hide]');
    await page.waitForFunction((n) => Number(document.querySelector('.graph-view')?.getAttribute('data-nodes')) < n, before);
    expect(await page.$('.graph-list li[data-node-id="RU"]')).toBeNull();
    await page.click('[data-tool=show-hidden]');
    await page.waitForSelector('.graph-list li[data-node-id="RU"]', { state: 'attached' });
    expect(await nodeCount(page)).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a pinned node keeps its place when the graph is laid out again, and can be unpinned', async () => {
    const { page, errors } = await open('?focus=TR&mode=COLLAPSED&depth=1');
    await selectNode(page, 'RU');
    await page.click('.details [data-tool=pin]');
    await page.waitForSelector('.graph-view[data-pinned="1"]');
    expect(await page.textContent('.details [data-tool=pin]')).toBe('Unpin');
    const pinned = await positionOf(page, 'RU');
    // Two hops: a new graph and a fresh layout, in which only the pinned node is fixed.
    await page.selectOption('select[aria-label="Hops from the focus"]', '2');
    await page.waitForURL(/depth=2/);
    await page.waitForSelector('.graph-view[data-layout=done]');
    expect(await positionOf(page, 'RU')).toEqual(pinned);
    await selectNode(page, 'RU');
    await page.click('.details [data-tool=pin]');
    await page.waitForSelector('.graph-view[data-pinned="0"]');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the chain finder', () => {
  it('draws the chain the API finds between two countries and lists its meetings', async () => {
    const want = await gqlAt<{ connection: { hops: number; via: string[] }[] }>(h.base, '{ connection(from: "TR", to: "CN") { hops via } }');
    const chain = want.connection[0];
    expect(chain).toBeDefined();
    const { page, errors } = await open('?focus=TR&mode=COLLAPSED&depth=1');
    await page.click('.chain-box summary');
    await page.fill('#chain-from', 'Turkey');
    await page.fill('#chain-to', 'China');
    await page.click('.chain-form button[type=submit]');
    const result = await page.waitForSelector('.chain-result[data-kind=done]');
    const text = (await result.textContent()) ?? '';
    for (const stop of chain!.via) expect(text).toContain(stop);
    expect(await page.getAttribute('.graph-view', 'data-chain')).toBe(String(chain!.via.length));
    // Every stop is drawn, added when the graph lacked it.
    expect(await page.$$eval('.graph-list li[data-node-id="CN"]', (l) => l.length)).toBe(1);
    expect(await page.$$eval('.details .chain-steps li', (l) => l.length)).toBe(chain!.hops);
    expect(await page.textContent('.details .chain-steps')).toMatch(/\d{4}/);
    await screenshot(page, 'graph-tools-chain');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a name that resolves to nothing gets a message and no chain', async () => {
    const { page, errors } = await open('?focus=TR&mode=COLLAPSED&depth=1');
    await page.click('.chain-box summary');
    await page.fill('#chain-from', 'Atlantis');
    await page.fill('#chain-to', 'China');
    await page.click('.chain-form button[type=submit]');
    const message = await page.waitForSelector('.chain-form .resolve-message:not([hidden])');
    expect(await message.textContent()).toMatch(/Atlantis/);
    expect(Number((await page.getAttribute('.graph-view', 'data-chain')) ?? 0)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the graph tools in the URL', () => {
  it('a reload keeps expanded, hidden and pinned nodes where they were (phone size)', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.setDefaultTimeout(90_000);
    await page.goto(`${h.base}/?focus=TR&mode=COLLAPSED&depth=1`);
    await page.waitForSelector('.graph-view[data-layout=done]');
    const first = await nodeCount(page);
    await selectNode(page, 'RU');
    await page.click('.details [data-tool=expand]');
    await page.waitForURL(/expanded=RU/);
    await page.waitForFunction((n) => Number(document.querySelector('.graph-view')?.getAttribute('data-nodes')) > n, first);
    await page.waitForSelector('.graph-view[data-layout=done]');
    await page.click('.details .close');
    const ids = await page.$$eval('.graph-list li[data-node-id]', (l) => l.map((x) => x.getAttribute('data-node-id')!));
    const gone = ids.find((id) => id !== 'TR' && id !== 'RU')!;
    await selectNode(page, gone);
    await page.click('.details [data-tool=hide]');
    await page.waitForURL(/hidden=/);
    await selectNode(page, 'RU');
    await page.click('.details [data-tool=pin]');
    await page.waitForURL(/pinned=RU/);
    const pinned = await positionOf(page, 'RU');
    const before = await nodeCount(page);

    await page.reload();
    await page.waitForSelector('.graph-view[data-layout=done]');
    expect(await nodeCount(page)).toBe(before);
    expect(await page.$(`.graph-list li[data-node-id="${gone}"]`)).toBeNull();
    expect(await page.getAttribute('.graph-view', 'data-pinned')).toBe('1');
    expect(await positionOf(page, 'RU')).toEqual(pinned);
    expect(await page.textContent('[data-tool=show-hidden]')).toBe('Show hidden (1)');
    expect(await page.isVisible('.tool-note')).toBe(false);
    // The details sheet closed first: on a phone it covers the graph and its bar.
    await page.click('.details .close');
    await screenshot(page, 'graph-tools-reloaded-phone');
    // Showing the hidden node again takes it out of the URL too.
    await page.click('[data-tool=show-hidden]');
    await page.waitForURL((u) => !u.search.includes('hidden='));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a link with a chain draws it again, and Back undoes clearing it', async () => {
    const { page, errors } = await open('?focus=TR&mode=COLLAPSED&depth=1&chain=TR,CN');
    const result = await page.waitForSelector('.chain-result[data-kind=done]');
    expect(await result.textContent()).toMatch(/meetings? apart/);
    expect(Number(await page.getAttribute('.graph-view', 'data-chain'))).toBeGreaterThan(1);
    expect(await page.inputValue('#chain-from')).toMatch(/^(Türkiye|Turkey)$/);
    expect(await page.inputValue('#chain-to')).toBe('China');
    await selectNode(page, 'RU');
    await page.click('.details [data-tool=hide]');
    await page.waitForURL(/hidden=RU/);
    await page.click('[data-tool=clear-chain]');
    await page.waitForURL((u) => !u.search.includes('chain='));
    expect(await page.getAttribute('.graph-view', 'data-chain')).toBe('0');
    await page.goBack();
    await page.waitForSelector('.graph-view[data-chain]:not([data-chain="0"])');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ids the graph does not have get a message, not silence', async () => {
    const { page, errors } = await open(`?focus=TR&mode=COLLAPSED&depth=1&hidden=ZZ-NONE&pinned=${encodeURIComponent('p-nobody@5:5')}&chain=TR,p-nobody`);
    const note = await page.waitForSelector('.tool-note:not([hidden])');
    expect(await note.textContent()).toMatch(/“ZZ-NONE” \(hidden\), “p-nobody” \(pinned\)/);
    const result = await page.waitForSelector('.chain-result[data-kind=error]');
    expect(await result.textContent()).toMatch(/“p-nobody”/);
    expect(await page.$('[data-tool=show-hidden]')).toBeNull();
    await screenshot(page, 'graph-tools-unknown-ids');
    expect(errors).toEqual([]);
    await page.close();
  });
});
