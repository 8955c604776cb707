/**
 * Draws a graph on a 2D canvas fast enough for 10,000 nodes and 20,000 edges. The base
 * layer (edges and nodes) is drawn in the layout worker on an OffscreenCanvas: one path per
 * node type and per edge type and width band (each edge type has its colour and dash, so a
 * tie never looks like a person's link to their country), squares instead of arcs for
 * nodes under two pixels.
 * The overlay (the selected node's links, rings, labels) is drawn on the page's canvas over
 * the base bitmap; labels are placed greedily, most important first, only where they do
 * not overlap one already drawn.
 */
import { ACCENT, EDGE_HIGHLIGHT, TYPE_ORDER, colorOf, edgeStyleAt } from './theme.js';

export type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** What the base layer needs; typed arrays only, so it crosses to the worker cheaply. */
export interface BaseScene {
  count: number;
  positions: Float32Array;
  radii: Float32Array;
  /** Index into TYPE_ORDER per node. */
  types: Uint8Array;
  /** Edge endpoints as index pairs. */
  links: Uint32Array;
  /** Edge width in screen pixels, per edge. */
  linkWidths: Float32Array;
  /** Index into EDGE_ORDER per edge (theme.ts): its colour and dash. */
  linkTypes: Uint8Array;
}

export interface Scene extends BaseScene {
  labels: string[];
  /** Node indices, most important first: the order labels are placed in. */
  labelOrder: Uint32Array;
  selected: number;
  hovered: number;
  /** Edge under the pointer, or -1. */
  hoveredEdge: number;
  /** Nodes the user fixed in place: drawn with a pin marker. */
  pinned?: readonly number[];
  /** A found chain: its nodes ringed and its links drawn over the rest. */
  chain?: { nodes: readonly number[]; edges: readonly number[] };
}

export interface ViewTransform {
  k: number;
  x: number;
  y: number;
}

export interface Viewport {
  width: number;
  height: number;
  dpr: number;
}

const LABEL_FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const LABEL_BUDGET = 220;
const CELL = 48;
const NODE_OBSTACLES = 3000;

function strokeEdges(
  ctx: Ctx2D,
  s: BaseScene,
  edges: number[],
  widthPx: number,
  color: string,
  k: number,
  dash: readonly number[] = [],
): void {
  const p = s.positions;
  ctx.beginPath();
  for (const e of edges) {
    const a = s.links[2 * e] as number;
    const b = s.links[2 * e + 1] as number;
    ctx.moveTo(p[2 * a] as number, p[2 * a + 1] as number);
    ctx.lineTo(p[2 * b] as number, p[2 * b + 1] as number);
  }
  ctx.lineWidth = widthPx / k;
  ctx.strokeStyle = color;
  // The dash is in screen pixels, like the width: the canvas is drawn at scale k.
  ctx.setLineDash(dash.map((d) => d / k));
  ctx.stroke();
  ctx.setLineDash([]);
}

/** Edges and nodes on a white background, at transform t. */
export function drawBase(ctx: Ctx2D, s: BaseScene, t: ViewTransform, v: Viewport): void {
  ctx.setTransform(v.dpr, 0, 0, v.dpr, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, v.width, v.height);
  ctx.setTransform(v.dpr * t.k, 0, 0, v.dpr * t.k, v.dpr * t.x, v.dpr * t.y);
  const p = s.positions;
  // Edges by type and in bands of similar width, one stroke() per band.
  const bands = new Map<number, number[]>();
  for (let e = 0; e < s.links.length / 2; e++) {
    const w = Math.round(Math.min(s.linkWidths[e] ?? 1, 8) * 2) / 2;
    const key = (s.linkTypes[e] ?? 0) * 100 + w;
    let band = bands.get(key);
    if (!band) bands.set(key, (band = []));
    band.push(e);
  }
  for (const [key, edges] of bands) {
    const style = edgeStyleAt(Math.floor(key / 100));
    strokeEdges(ctx, s, edges, key % 100, style.color, t.k, style.dash);
  }
  // Nodes, one path per type; only those on screen.
  const minX = -t.x / t.k - 30;
  const minY = -t.y / t.k - 30;
  const maxX = (v.width - t.x) / t.k + 30;
  const maxY = (v.height - t.y) / t.k + 30;
  const outline = s.count <= 2000;
  for (let type = 0; type <= TYPE_ORDER.length; type++) {
    ctx.beginPath();
    let any = false;
    for (let i = 0; i < s.count; i++) {
      if (s.types[i] !== type) continue;
      const x = p[2 * i] as number;
      const y = p[2 * i + 1] as number;
      if (x < minX || x > maxX || y < minY || y > maxY) continue;
      const r = s.radii[i] as number;
      any = true;
      if (r * t.k < 2) {
        ctx.rect(x - r, y - r, 2 * r, 2 * r);
      } else {
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, 2 * Math.PI);
      }
    }
    if (!any) continue;
    ctx.fillStyle = colorOf(TYPE_ORDER[type] ?? '');
    ctx.fill();
    if (outline) {
      ctx.lineWidth = 1.2 / t.k;
      ctx.strokeStyle = '#ffffff';
      ctx.stroke();
    }
  }
}

export interface Overlay {
  /** The selected or hovered node's links, rings around them, and the labels. */
  draw(ctx: CanvasRenderingContext2D, s: Scene, t: ViewTransform, v: Viewport): void;
}

export function createOverlay(): Overlay {
  const widthCache = new Map<string, number>();
  return {
    draw(ctx, s, t, v) {
      const p = s.positions;
      ctx.setTransform(v.dpr * t.k, 0, 0, v.dpr * t.k, v.dpr * t.x, v.dpr * t.y);
      const focus = s.selected >= 0 ? s.selected : s.hovered;
      if (focus >= 0 && focus < s.count) {
        const edges: number[] = [];
        for (let e = 0; e < s.links.length / 2; e++) {
          if (s.links[2 * e] === focus || s.links[2 * e + 1] === focus) edges.push(e);
        }
        strokeEdges(ctx, s, edges, 2, EDGE_HIGHLIGHT, t.k);
      }
      if (s.hoveredEdge >= 0 && s.hoveredEdge < s.links.length / 2) {
        strokeEdges(ctx, s, [s.hoveredEdge], Math.max(4, (s.linkWidths[s.hoveredEdge] ?? 1) + 3), ACCENT, t.k);
      }
      for (const [i, color, w] of [
        [s.hovered, '#1d2330', 1.5],
        [s.selected, ACCENT, 3],
      ] as const) {
        if (i < 0 || i >= s.count) continue;
        ctx.beginPath();
        ctx.arc(p[2 * i] as number, p[2 * i + 1] as number, (s.radii[i] as number) + 3 / t.k, 0, 2 * Math.PI);
        ctx.lineWidth = w / t.k;
        ctx.strokeStyle = color;
        ctx.stroke();
      }
      drawChain(ctx, s, t);
      drawPins(ctx, s, t);
      drawLabels(ctx, s, t, v, widthCache);
    },
  };
}

const CHAIN_COLOR = '#d97706';

function ring(ctx: CanvasRenderingContext2D, s: Scene, i: number, gap: number, width: number, color: string): void {
  ctx.beginPath();
  ctx.arc(s.positions[2 * i] as number, s.positions[2 * i + 1] as number, (s.radii[i] as number) + gap, 0, 2 * Math.PI);
  ctx.lineWidth = width;
  ctx.strokeStyle = color;
  ctx.stroke();
}

function drawChain(ctx: CanvasRenderingContext2D, s: Scene, t: ViewTransform): void {
  if (!s.chain) return;
  strokeEdges(ctx, s, [...s.chain.edges], 4, CHAIN_COLOR, t.k);
  for (const i of s.chain.nodes) if (i < s.count) ring(ctx, s, i, 5 / t.k, 3 / t.k, CHAIN_COLOR);
}

/** A pin: a small dark square at the node's top right, the same size at every zoom. */
function drawPins(ctx: CanvasRenderingContext2D, s: Scene, t: ViewTransform): void {
  const size = 6 / t.k;
  ctx.fillStyle = '#1d2330';
  for (const i of s.pinned ?? []) {
    if (i >= s.count) continue;
    const r = (s.radii[i] as number) * 0.7;
    ctx.fillRect((s.positions[2 * i] as number) + r, (s.positions[2 * i + 1] as number) - r - size, size, size);
  }
}

function drawLabels(ctx: CanvasRenderingContext2D, s: Scene, t: ViewTransform, v: Viewport, widthCache: Map<string, number>): void {
  ctx.setTransform(v.dpr, 0, 0, v.dpr, 0, 0);
  ctx.font = LABEL_FONT;
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  const grid = new Map<number, [number, number, number, number][]>();
  const key = (cx: number, cy: number): number => cy * 100_003 + cx;
  const cells = (x0: number, y0: number, x1: number, y1: number, fn: (k: number) => boolean | void): boolean => {
    for (let cy = Math.floor(y0 / CELL); cy <= Math.floor(y1 / CELL); cy++) {
      for (let cx = Math.floor(x0 / CELL); cx <= Math.floor(x1 / CELL); cx++) if (fn(key(cx, cy)) === false) return false;
    }
    return true;
  };
  const fits = (x0: number, y0: number, x1: number, y1: number): boolean =>
    cells(x0, y0, x1, y1, (k) => !(grid.get(k) ?? []).some((r) => x0 < r[2] && x1 > r[0] && y0 < r[3] && y1 > r[1]));
  const take = (x0: number, y0: number, x1: number, y1: number): void => {
    const rect: [number, number, number, number] = [x0, y0, x1, y1];
    cells(x0, y0, x1, y1, (k) => {
      const list = grid.get(k);
      if (list) list.push(rect);
      else grid.set(k, [rect]);
    });
  };
  // Nodes on screen are obstacles too, so no label covers another node (the busiest first,
  // at most a few thousand: past that, nodes are dots a label may cross).
  for (let n = 0, marked = 0; n < s.labelOrder.length && marked < NODE_OBSTACLES; n++) {
    const i = s.labelOrder[n] as number;
    const sx = (s.positions[2 * i] as number) * t.k + t.x;
    const sy = (s.positions[2 * i + 1] as number) * t.k + t.y;
    const r = (s.radii[i] as number) * t.k;
    if (r < 1.5 || sx < -r || sy < -r || sx > v.width + r || sy > v.height + r) continue;
    take(sx - r, sy - r, sx + r, sy + r);
    marked += 1;
  }
  const first = [s.selected, s.hovered].filter((i) => i >= 0 && i < s.count);
  let placed = 0;
  const tryLabel = (i: number, force: boolean): void => {
    const text = s.labels[i];
    if (!text) return;
    const sx = (s.positions[2 * i] as number) * t.k + t.x;
    const sy = (s.positions[2 * i + 1] as number) * t.k + t.y;
    if (sx < -50 || sx > v.width + 50 || sy < -10 || sy > v.height + 10) return;
    const r = (s.radii[i] as number) * t.k;
    let w = widthCache.get(text);
    if (w === undefined) widthCache.set(text, (w = ctx.measureText(text).width));
    // Right of the node, else left of it: whichever is free first.
    const right = sx + r + 3;
    const left = sx - r - 5 - w;
    const y0 = sy - 8;
    const y1 = sy + 8;
    const x0 = force || fits(right, y0, right + w + 2, y1) ? right : fits(left, y0, left + w + 2, y1) ? left : null;
    if (x0 === null) return;
    const x1 = x0 + w + 2;
    take(x0, y0, x1, y1);
    ctx.lineWidth = 3.5;
    ctx.strokeStyle = 'rgba(255,255,255,0.92)';
    ctx.strokeText(text, x0, sy);
    ctx.fillStyle = '#161b26';
    ctx.fillText(text, x0, sy);
    placed += 1;
  };
  for (const i of first) tryLabel(i, true);
  for (let n = 0, tried = 0; n < s.labelOrder.length && placed < LABEL_BUDGET && tried < LABEL_BUDGET * 8; n++) {
    const i = s.labelOrder[n] as number;
    if (first.includes(i)) continue;
    tried += 1;
    tryLabel(i, false);
  }
}
