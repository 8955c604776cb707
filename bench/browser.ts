/**
 * Renderer benchmark in headless Chromium: frames per second while the layout settles and
 * while panning and zooming, for 1,000 / 5,000 / 10,000 nodes (two edges per node), and
 * the time to the first frame. It serves web/dist (building it when stale) and drives the
 * page /bench.html through `window.dkgBench.run`; no Neo4j is needed.
 *
 *   node --import tsx bench/browser.ts [--sizes 1000,5000,10000] [--layout-ms 5000] [--json]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { testConfig } from '../tests/helpers/test-config.js';
import type { BenchResult } from '../web/src/bench.js';
import { createStaticFiles } from '../src/api/static-files.js';
import { ensureWebBuild, WEB_DIST } from '../src/cli/web-build.js';

export const CHROMIUM_PATH = testConfig().chromium.path;
export const CHROMIUM_ARGS = [...testConfig().chromium.args];

/** One size's figures, as the page's bench hook reports them. */
export type BrowserBenchRow = BenchResult;

export interface BrowserBenchOptions {
  sizes?: number[];
  edgesPerNode?: number;
  layoutMs?: number;
  panZoomMs?: number;
  viewport?: { width: number; height: number };
}

/** Runs the renderer benchmark for each size; reusable from bench/run.ts. */
export async function runBrowserBench(opts: BrowserBenchOptions = {}): Promise<BrowserBenchRow[]> {
  await ensureWebBuild();
  const serve = createStaticFiles(WEB_DIST);
  const server = http.createServer((req, res) => serve(req, res, new URL(req.url ?? '/', 'http://x').pathname));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(path.join(os.tmpdir(), 'dkg-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: opts.viewport ?? { width: 1280, height: 800 },
  });
  const rows: BrowserBenchRow[] = [];
  try {
    for (const nodes of opts.sizes ?? [1000, 5000, 10000]) {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${base}/bench.html`);
      await page.waitForFunction(() => !!window.dkgBench);
      const row = await page.evaluate(
        (o) => window.dkgBench!.run(o),
        { nodes, edges: nodes * (opts.edgesPerNode ?? 2), layoutMs: opts.layoutMs ?? 5000, panZoomMs: opts.panZoomMs ?? 3000 },
      );
      if (errors.length) throw new Error(`bench page errors: ${errors.join('; ')}`);
      rows.push(row);
      await page.close();
    }
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return rows;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { sizes: { type: 'string' }, 'layout-ms': { type: 'string' }, 'pan-zoom-ms': { type: 'string' }, json: { type: 'boolean' } },
  });
  const rows = await runBrowserBench({
    ...(values.sizes ? { sizes: values.sizes.split(',').map(Number) } : {}),
    ...(values['layout-ms'] ? { layoutMs: Number(values['layout-ms']) } : {}),
    ...(values['pan-zoom-ms'] ? { panZoomMs: Number(values['pan-zoom-ms']) } : {}),
  });
  if (values.json) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  console.log('nodes  edges   first frame  layout fps (p95 / worst frame, worker updates/s)  pan/zoom fps (p95 / worst frame)');
  for (const r of rows) {
    console.log(
      `${String(r.nodes).padStart(5)}  ${String(r.edges).padStart(6)}  ${String(r.firstRenderMs).padStart(8)} ms  ` +
        `${r.layoutFps.toFixed(1).padStart(6)} (${r.layoutP95FrameMs} / ${r.layoutWorstFrameMs} ms, ${r.layoutUpdatesPerSec}/s${r.layoutSettled ? ', settled' : ''})` +
        `${' '.repeat(14)}${r.panZoomFps.toFixed(1).padStart(6)} (${r.panZoomP95FrameMs} / ${r.panZoomWorstFrameMs} ms)`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
