/**
 * The renderer benchmark page (/bench.html): draws a synthetic graph with the real graph
 * view and measures frames per second while the layout settles and while panning and
 * zooming, and the time to the first frame. bench/browser.ts drives it through
 * `window.dkgBench.run(...)`; anyone can call it from the devtools console too.
 */
import { percentile } from './frame-stats.js';
import { indexGraph } from './graph-data.js';
import { createGraphView, type GraphView } from './graph-view.js';
import { syntheticGraph } from './synthetic.js';

export interface BenchOptions {
  nodes: number;
  edges: number;
  seed?: number;
  /** How long to measure while the layout runs (stops early when it settles). */
  layoutMs?: number;
  /** How long to pan and zoom, one step per frame. */
  panZoomMs?: number;
}

export interface BenchResult {
  nodes: number;
  edges: number;
  /** From handing over the data to the first frame drawn with layout positions. */
  firstRenderMs: number;
  layoutFps: number;
  /** Longest frame while the layout ran (ms): a pause the user would feel. */
  layoutWorstFrameMs: number;
  /** Position updates per second from the layout worker. */
  layoutUpdatesPerSec: number;
  layoutSettled: boolean;
  panZoomFps: number;
  panZoomWorstFrameMs: number;
  /** 95th percentile of the time between frames (ms): 33 ms or less is 30 fps for 95 % of frames. */
  layoutP95FrameMs: number;
  panZoomP95FrameMs: number;
  /** Time the last frame spent on the page's thread: blitting the worker's bitmap, and the labels overlay (ms). */
  drawMs: { base: number; overlay: number };
}

const nextFrame = (): Promise<number> => new Promise((r) => requestAnimationFrame(r));

async function measureFrames(ms: number, view: GraphView, each?: (i: number) => void, stop?: () => boolean): Promise<{ fps: number; worst: number; p95: number; elapsed: number }> {
  const start = await nextFrame();
  const drawn0 = view.stats().frames;
  let last = start;
  let worst = 0;
  let i = 0;
  let now = start;
  const times: number[] = [];
  while (now - start < ms && !(stop?.() ?? false)) {
    each?.(i++);
    now = await nextFrame();
    times.push(now - last);
    worst = Math.max(worst, now - last);
    last = now;
  }
  const elapsed = now - start;
  return { fps: ((view.stats().frames - drawn0) * 1000) / Math.max(1, elapsed), worst, p95: percentile(times, 95), elapsed };
}

let current: GraphView | null = null;

export async function measureGraph(host: HTMLElement, opts: BenchOptions): Promise<BenchResult> {
  current?.destroy();
  host.replaceChildren();
  const view = createGraphView();
  current = view;
  host.appendChild(view.element);
  const seed = opts.seed ?? 1;
  const t0 = performance.now();
  view.setGraph(indexGraph(syntheticGraph(opts.nodes, opts.edges, seed)), seed);
  view.setContinuous(true);
  while (view.stats().firstRenderAt === null) {
    await nextFrame();
    if (performance.now() - t0 > 60_000) throw new Error('measureGraph: no frame within 60 s');
  }
  const firstRenderMs = (view.stats().firstRenderAt as number) - t0;
  const updates0 = view.stats().layoutUpdates;
  const layout = await measureFrames(opts.layoutMs ?? 5000, view, undefined, () => view.stats().layoutDone);
  const updates = view.stats().layoutUpdates - updates0;
  const layoutSettled = view.stats().layoutDone;
  const panZoom = await measureFrames(opts.panZoomMs ?? 3000, view, (i) => {
    if (i % 2) view.panBy(i % 4 === 1 ? 12 : -12, 6);
    else view.zoomBy(i % 60 < 30 ? 1.02 : 1 / 1.02);
  });
  view.setContinuous(false);
  return {
    nodes: opts.nodes,
    edges: opts.edges,
    firstRenderMs: Math.round(firstRenderMs),
    layoutFps: Math.round(layout.fps * 10) / 10,
    layoutWorstFrameMs: Math.round(layout.worst),
    layoutUpdatesPerSec: Math.round((updates * 1000) / Math.max(1, layout.elapsed)),
    layoutSettled,
    panZoomFps: Math.round(panZoom.fps * 10) / 10,
    panZoomWorstFrameMs: Math.round(panZoom.worst),
    layoutP95FrameMs: Math.round(layout.p95 * 10) / 10,
    panZoomP95FrameMs: Math.round(panZoom.p95 * 10) / 10,
    drawMs: view.stats().drawMs,
  };
}

declare global {
  interface Window {
    dkgBench?: { run(opts: BenchOptions): Promise<BenchResult> };
  }
}

const host = document.getElementById('bench');
if (host) window.dkgBench = { run: (opts) => measureGraph(host, opts) };
