/**
 * Runs the force layout and draws the base layer (edges and nodes) off the main thread,
 * so the page stays responsive while a large graph settles: the page only blits the
 * latest bitmap and draws labels on top. Steps run in slices of about one frame (16 ms)
 * and the worker yields between slices, so drag and zoom messages arrive promptly.
 */
import { drawBase, type BaseScene, type ViewTransform, type Viewport } from './canvas-renderer.js';
import { createLayout, type Layout } from './layout-core.js';
import type { LayoutRequest, LayoutUpdate, StartRequest } from './layout-protocol.js';

interface WorkerScope {
  postMessage(message: LayoutUpdate, transfer: Transferable[]): void;
  onmessage: ((ev: MessageEvent<LayoutRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

/** Layout time between two drawn frames: one frame's worth, or as long as the last draw took, so
 * that a graph which is slow to draw (10,000 nodes) still spends at least half its time settling. */
const SLICE_MS = 16;
let drawMs = 0;
let layout: Layout | null = null;
let scene: BaseScene | null = null;
let viewport: Viewport = { width: 1, height: 1, dpr: 1 };
let transform: ViewTransform = { k: 1, x: 0, y: 0 };
let canvas: OffscreenCanvas | null = null;
let ticks = 0;
let active = false;
let scheduled = false;
let needsDraw = false;

function frame(done: boolean): void {
  if (!layout || !scene) return;
  let bitmap: ImageBitmap | null = null;
  if (typeof OffscreenCanvas !== 'undefined') {
    const w = Math.max(1, Math.round(viewport.width * viewport.dpr));
    const h = Math.max(1, Math.round(viewport.height * viewport.dpr));
    if (!canvas) canvas = new OffscreenCanvas(w, h);
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
    const ctx = canvas.getContext('2d', { alpha: false });
    if (ctx) {
      const t0 = performance.now();
      drawBase(ctx, { ...scene, positions: layout.positions }, transform, viewport);
      bitmap = canvas.transferToImageBitmap();
      drawMs = performance.now() - t0;
    }
  }
  const positions = layout.positions.slice();
  const transfer: Transferable[] = [positions.buffer];
  if (bitmap) transfer.push(bitmap);
  scope.postMessage({ kind: 'frame', positions, bitmap, transform, viewport, alpha: layout.alpha(), ticks, done }, transfer);
  needsDraw = false;
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(step, 0);
}

function step(): void {
  scheduled = false;
  if (!layout) return;
  if (active) {
    const start = performance.now();
    while (active && performance.now() - start < Math.max(SLICE_MS, drawMs)) {
      active = layout.tick();
      if (active) ticks += 1;
    }
    frame(!active);
    if (active) schedule();
  } else if (needsDraw) frame(true);
}

function start(msg: StartRequest): void {
  layout = createLayout(msg.input);
  scene = {
    count: msg.input.count,
    positions: layout.positions,
    radii: msg.input.radii,
    types: msg.types,
    links: msg.input.links,
    linkWidths: msg.linkWidths,
    linkTypes: msg.linkTypes,
  };
  viewport = msg.viewport;
  transform = msg.transform;
  ticks = 0;
  active = true;
  schedule();
}

scope.onmessage = (ev) => {
  const msg = ev.data;
  switch (msg.kind) {
    case 'start':
      start(msg);
      break;
    case 'view':
      viewport = msg.viewport;
      transform = msg.transform;
      needsDraw = true;
      schedule();
      break;
    case 'pin':
      layout?.pin(msg.index, msg.x, msg.y);
      layout?.reheat(0.3);
      active = true;
      schedule();
      break;
    case 'unpin':
      layout?.unpin(msg.index);
      break;
    case 'stop':
      layout = null;
      scene = null;
      break;
  }
};
