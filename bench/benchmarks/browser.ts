/**
 * Benchmark 4: frames per second of the relationship graph in headless Chromium while the
 * layout settles and while panning and zooming, for 1,000 / 5,000 / 10,000 nodes (twice as
 * many edges), and the time to the first frame. Drives the web UI's own benchmark page
 * (web/bench.html, `window.dkgBench.run`), served from web/dist by the app's static-file
 * handler on 127.0.0.1, in Debian's Chromium through playwright-core (no browser download).
 * Target (issue 6): >= 30 fps while the layout settles, up to 10,000 nodes and 20,000 edges.
 */
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createStaticFiles } from '../../src/api/static-files.js';
import { WEB_DIST, ensureWebBuild } from '../../src/cli/web-build.js';
import { log } from '../lib/log.js';
import type { RunOptions } from '../lib/options.js';
import { atLeast, emptyResult, info, spreadText, type BenchResult } from '../lib/results.js';
import { spread } from '../lib/stats.js';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const FPS_TARGET = 30;

/** What web/src/bench.ts answers (its BenchResult); only the fields read here. */
interface PageResult {
  nodes: number;
  edges: number;
  firstRenderMs: number;
  layoutFps: number;
  layoutWorstFrameMs: number;
  layoutSettled: boolean;
  panZoomFps: number;
  panZoomWorstFrameMs: number;
}

/** The few playwright-core calls used, typed here so the file compiles before it is installed. */
interface Page {
  goto(url: string): Promise<unknown>;
  waitForFunction(fn: string, arg?: unknown, opts?: { timeout: number }): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  on(event: 'console' | 'pageerror', cb: (x: { type?: () => string; text?: () => string; message?: string }) => void): void;
  close(): Promise<void>;
}
interface Browser {
  newPage(opts: { viewport: { width: number; height: number } }): Promise<Page>;
  version(): string;
  close(): Promise<void>;
}
interface Playwright {
  chromium: { launch(opts: { executablePath: string; args: string[]; headless: boolean }): Promise<Browser> };
}

async function serveDist(): Promise<{ url: string; close(): Promise<void> }> {
  const files = createStaticFiles(WEB_DIST);
  const server = http.createServer((req, res) => files(req, res, new URL(req.url ?? '/', 'http://127.0.0.1').pathname));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

export async function browserBenchmark(opts: RunOptions): Promise<BenchResult> {
  const sizes = [1000, 5000, 10_000];
  const reps = opts.quick ? 1 : 3;
  const layoutMs = opts.quick ? 2000 : 6000;
  const panZoomMs = opts.quick ? 1500 : 4000;
  const r = emptyResult({ sizes, edgesPerNode: 2, reps, layoutMs, panZoomMs, viewport: '1280x800', flags: CHROMIUM_FLAGS });
  if (!existsSync(CHROMIUM)) {
    r.status = 'unavailable';
    r.notes.push(`${CHROMIUM} not found (apt-get install chromium).`);
    return r;
  }
  let pw: Playwright;
  try {
    pw = (await import('playwright-core')) as unknown as Playwright;
  } catch {
    r.status = 'unavailable';
    r.notes.push('playwright-core is not installed (npm ci).');
    return r;
  }
  if (await ensureWebBuild({ log })) log('browser: built web/dist');
  if (!existsSync(`${WEB_DIST}/bench.html`)) {
    r.status = 'unavailable';
    r.notes.push('web/dist/bench.html is missing: the web UI has no benchmark page yet.');
    return r;
  }
  const site = await serveDist();
  const browser = await pw.chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
  r.figures.chromium = browser.version();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message ?? 'page error'));
    await page.goto(`${site.url}/bench.html`);
    await page.waitForFunction('window.dkgBench !== undefined', undefined, { timeout: 30_000 });
    const run = (nodes: number): Promise<PageResult> =>
      page.evaluate(
        (o: { nodes: number; layoutMs: number; panZoomMs: number }) =>
          (window as unknown as { dkgBench: { run(x: object): Promise<PageResult> } }).dkgBench.run({
            nodes: o.nodes,
            edges: o.nodes * 2,
            seed: 1,
            layoutMs: o.layoutMs,
            panZoomMs: o.panZoomMs,
          }),
        { nodes, layoutMs, panZoomMs },
      );
    log('browser: warm-up, 1,000 nodes');
    await run(1000);
    for (const n of sizes) {
      const runs: PageResult[] = [];
      for (let i = 0; i < reps; i++) {
        const res = await run(n);
        log(`browser: ${n} nodes: first render ${res.firstRenderMs} ms, layout ${res.layoutFps} fps, pan/zoom ${res.panZoomFps} fps`);
        runs.push(res);
      }
      const layout = spread(runs.map((x) => x.layoutFps));
      const pan = spread(runs.map((x) => x.panZoomFps));
      const first = spread(runs.map((x) => x.firstRenderMs));
      r.figures[`nodes${n}`] = {
        layoutFps: layout,
        panZoomFps: pan,
        firstRenderMs: first,
        worstFrameMs: { layout: Math.max(...runs.map((x) => x.layoutWorstFrameMs)), panZoom: Math.max(...runs.map((x) => x.panZoomWorstFrameMs)) },
        layoutSettled: runs.map((x) => x.layoutSettled),
        runs,
      };
      const label = `${n.toLocaleString('en')} nodes, ${(2 * n).toLocaleString('en')} edges`;
      r.checks.push(
        atLeast(`fps while the layout settles, ${label}`, layout.median, 'fps', FPS_TARGET, spreadText(layout, 1)),
        info(`fps while panning and zooming, ${label}`, pan.median, 'fps', spreadText(pan, 1)),
      );
      if (n === 1000) r.checks.push(info(`time to first render, ${label}`, first.median, 'ms', spreadText(first)));
    }
    if (errors.length) r.notes.push(`page errors: ${errors.slice(0, 3).join(' | ')}`);
    await page.close();
  } finally {
    await browser.close();
    await site.close();
  }
  r.notes.push('headless Chromium with --disable-gpu draws the canvas in software and caps frames at 60 per second.');
  return r;
}
