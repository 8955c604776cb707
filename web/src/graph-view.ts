/**
 * The relationship graph: a canvas with zoom, pan and drag, a hover tooltip, a legend, and
 * the same nodes and links as a keyboard-reachable list. The layout runs in a worker; this
 * module draws whatever positions arrived last, once per animation frame.
 */
import { select, zoom, zoomIdentity, drag, type D3ZoomEvent, type ZoomBehavior } from 'd3';
import { createOverlay, type Scene, type ViewTransform, type Viewport } from './canvas-renderer.js';
import { el, clear } from './dom.js';
import { carryPositions, type IndexedGraph } from './graph-data.js';
import { startLayout, type LayoutHandle } from './layout-client.js';
import { EDGE_ORDER, TYPE_LABELS, TYPE_ORDER, colorOf, edgeStyle } from './theme.js';
import type { GraphNodeData } from './api.js';
import type { Pin } from './url-state.js';
import { xmlEscape } from '../../src/domain/xml.js';
import { nearestEdge } from './hit-test.js';

export interface GraphViewOptions {
  onSelect?: (node: GraphNodeData | null) => void;
  /** A click on a link: the two ends' ids. */
  onSelectTie?: (a: GraphNodeData, b: GraphNodeData) => void;
  onFocus?: (node: GraphNodeData) => void;
  /** A double-click on a node: add its neighbours in place. */
  onExpand?: (node: GraphNodeData) => void;
  /** A pinned node was dragged somewhere else. */
  onPinMoved?: () => void;
}

export interface GraphStats {
  /** Frames drawn since the view was made. */
  frames: number;
  /** Position sets received from the layout. */
  layoutUpdates: number;
  layoutTicks: number;
  layoutDone: boolean;
  /** performance.now() of the first frame drawn with layout positions; null before. */
  firstRenderAt: number | null;
  /** Time the last frame spent on the page's thread: blitting the worker's bitmap, and the overlay (ms). */
  drawMs: { base: number; overlay: number };
}

export interface GraphView {
  readonly element: HTMLElement;
  /** `hold`: nodes that stay are fixed where they are while the new ones settle (an expand). */
  setGraph(graph: IndexedGraph, seed?: number, hold?: boolean): void;
  /** Fixes a node where it is, or frees it; returns whether it is now pinned. */
  togglePin(id: string): boolean;
  isPinned(id: string): boolean;
  /** The pinned nodes and where they are fixed. */
  pins(): Pin[];
  /** Pins exactly these nodes (a link or history entry): others are freed. */
  setPins(pins: readonly Pin[]): void;
  /** Marks a chain: its nodes and the links between consecutive ones; null clears it. */
  setChain(ids: string[] | null): void;
  /** Where a node is drawn, in layout coordinates; null when it is not on screen. */
  positionOf(id: string): [number, number] | null;
  select(id: string | null): void;
  /** Marks the drawing as out of date while new data loads. */
  markStale(on: boolean): void;
  /** Redraws every frame even when nothing changed (for measuring frame rates). */
  setContinuous(on: boolean): void;
  zoomBy(factor: number): void;
  panBy(dx: number, dy: number): void;
  fit(): void;
  stats(): GraphStats;
  toSvg(): string;
  destroy(): void;
}

export function createGraphView(opts: GraphViewOptions = {}): GraphView {
  const canvas = el('canvas', {
    class: 'graph-canvas',
    attrs: {
      tabindex: 0,
      role: 'img',
      'aria-label': 'Relationship graph. Arrow keys pan, plus and minus zoom, 0 fits; the list below holds the same nodes.',
    },
  });
  const tooltip = el('div', { class: 'graph-tooltip', attrs: { role: 'status', hidden: true } });
  const legend = el('div', { class: 'legend', attrs: { 'aria-label': 'Legend' } });
  const status = el('div', { class: 'graph-status', attrs: { 'aria-live': 'polite' } });
  const stage = el('div', { class: 'graph-stage' }, [canvas, tooltip, legend, status]);
  const listBody = el('ul', { class: 'graph-list' });
  const list = el('details', { class: 'graph-list-box' }, [el('summary', { text: 'Nodes and links as a list' }), listBody]);
  const element = el('div', { class: 'graph-view' }, [stage, list]);
  const ctx = canvas.getContext('2d', { alpha: false });
  if (!ctx) throw new Error('createGraphView: this browser gives no 2D canvas context');
  const overlay = createOverlay();
  let base: { bitmap: ImageBitmap; transform: ViewTransform; viewport: Viewport } | null = null;
  let viewSent = '';
  const drawMs = { base: 0, overlay: 0 };

  let graph: IndexedGraph | null = null;
  let positions: Float32Array = new Float32Array(0);
  let layout: LayoutHandle | null = null;
  let transform: ViewTransform = { k: 1, x: 0, y: 0 };
  let selected = -1;
  let hovered = -1;
  let hoveredEdge = -1;
  let dirty = true;
  let continuous = false;
  let userMoved = false;
  let width = 800;
  let height = 600;
  let raf = 0;
  const stats: Omit<GraphStats, 'drawMs'> = { frames: 0, layoutUpdates: 0, layoutTicks: 0, layoutDone: false, firstRenderAt: null };
  let gotPositions = false;
  /** Pinned nodes by id, with where they are fixed: pins survive a new graph. */
  const pins = new Map<string, [number, number]>();
  let chainIds: string[] = [];
  // Recomputed when the graph, the pins or the chain change, not on every frame.
  let marked: Pick<Scene, 'pinned' | 'chain'> = { pinned: [], chain: { nodes: [], edges: [] } };

  const zoomBehavior: ZoomBehavior<HTMLCanvasElement, unknown> = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.02, 12])
    .on('zoom', (ev: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
      transform = { k: ev.transform.k, x: ev.transform.x, y: ev.transform.y };
      if (ev.sourceEvent) userMoved = true;
      dirty = true;
    });
  const canvasSel = select(canvas);

  function nodeAt(px: number, py: number): number {
    if (!graph) return -1;
    const wx = (px - transform.x) / transform.k;
    const wy = (py - transform.y) / transform.k;
    let best = -1;
    let bestD = Infinity;
    for (let i = 0; i < graph.nodes.length; i++) {
      const dx = (positions[2 * i] as number) - wx;
      const dy = (positions[2 * i + 1] as number) - wy;
      const d = dx * dx + dy * dy;
      const reach = (graph.radii[i] as number) + 4 / transform.k;
      if (d < reach * reach && d < bestD) {
        best = i;
        bestD = d;
      }
    }
    return best;
  }

  /** The link under the pointer (within 5 screen pixels), when no node is. */
  function edgeAt(px: number, py: number): number {
    if (!graph) return -1;
    return nearestEdge(positions, graph.links, (px - transform.x) / transform.k, (py - transform.y) / transform.k, 5 / transform.k);
  }
  const edgeText = (e: number): string => {
    const g = graph!;
    const a = g.nodes[g.links[2 * e] as number]!;
    const b = g.nodes[g.links[2 * e + 1] as number]!;
    const edge = g.edges[e]!;
    return `${a.label} — ${b.label}: ${edgeStyle(edge.type).label.toLowerCase()}${edge.weight > 1 ? `, ${edge.weight} meetings` : ''} (click for the meetings)`;
  };

  canvasSel
    .call(
      drag<HTMLCanvasElement, unknown, { index: number; x: number; y: number }>()
        .subject((ev: { x: number; y: number }) => {
          const i = nodeAt(ev.x, ev.y);
          if (i < 0) return undefined as unknown as { index: number; x: number; y: number };
          return { index: i, x: (positions[2 * i] as number) * transform.k + transform.x, y: (positions[2 * i + 1] as number) * transform.k + transform.y };
        })
        .on('drag', (ev: { subject: { index: number }; x: number; y: number }) => {
          const i = ev.subject.index;
          const wx = (ev.x - transform.x) / transform.k;
          const wy = (ev.y - transform.y) / transform.k;
          positions[2 * i] = wx;
          positions[2 * i + 1] = wy;
          layout?.pin(i, wx, wy);
          userMoved = true;
          dirty = true;
        })
        .on('end', (ev: { subject: { index: number } }) => endDrag(ev.subject.index)),
    )
    .call(zoomBehavior)
    .on('dblclick.zoom', null);

  canvas.addEventListener('pointermove', (ev) => {
    const rect = canvas.getBoundingClientRect();
    const i = nodeAt(ev.clientX - rect.left, ev.clientY - rect.top);
    const e = i < 0 ? edgeAt(ev.clientX - rect.left, ev.clientY - rect.top) : -1;
    if (i !== hovered || e !== hoveredEdge) {
      hovered = i;
      hoveredEdge = e;
      dirty = true;
      const n = i >= 0 ? graph?.nodes[i] : undefined;
      canvas.dataset.hoveredEdge = e >= 0 ? String(e) : '';
      if (n) {
        tooltip.textContent = `${n.label} — ${TYPE_LABELS[n.type] ?? n.type}, ${graph!.degree[i]} link(s)`;
        tooltip.hidden = false;
      } else if (e >= 0) {
        tooltip.textContent = edgeText(e);
        tooltip.hidden = false;
      } else tooltip.hidden = true;
    }
    if (!tooltip.hidden) {
      tooltip.style.left = `${ev.clientX - rect.left + 14}px`;
      tooltip.style.top = `${ev.clientY - rect.top + 10}px`;
    }
    canvas.style.cursor = i >= 0 || e >= 0 ? 'pointer' : 'grab';
  });
  canvas.addEventListener('pointerleave', () => {
    hovered = -1;
    hoveredEdge = -1;
    tooltip.hidden = true;
    dirty = true;
  });
  canvas.addEventListener('click', (ev) => {
    const rect = canvas.getBoundingClientRect();
    const i = nodeAt(ev.clientX - rect.left, ev.clientY - rect.top);
    const e = i < 0 ? edgeAt(ev.clientX - rect.left, ev.clientY - rect.top) : -1;
    if (e >= 0 && graph) {
      selected = -1;
      dirty = true;
      opts.onSelectTie?.(graph.nodes[graph.links[2 * e] as number]!, graph.nodes[graph.links[2 * e + 1] as number]!);
      return;
    }
    selectIndex(i);
  });
  canvas.addEventListener('dblclick', (ev) => {
    const rect = canvas.getBoundingClientRect();
    const i = nodeAt(ev.clientX - rect.left, ev.clientY - rect.top);
    const n = i >= 0 ? graph?.nodes[i] : undefined;
    if (n) (opts.onExpand ?? opts.onFocus)?.(n);
  });
  canvas.addEventListener('keydown', (ev) => {
    const step = 60;
    const handled: Record<string, () => void> = {
      ArrowLeft: () => view.panBy(step, 0),
      ArrowRight: () => view.panBy(-step, 0),
      ArrowUp: () => view.panBy(0, step),
      ArrowDown: () => view.panBy(0, -step),
      '+': () => view.zoomBy(1.3),
      '=': () => view.zoomBy(1.3),
      '-': () => view.zoomBy(1 / 1.3),
      '0': () => view.fit(),
      Escape: () => selectIndex(-1),
    };
    const fn = handled[ev.key];
    if (fn) {
      ev.preventDefault();
      fn();
    }
  });

  /** A dragged pinned node stays pinned where it was dropped; others go back to the forces. */
  function endDrag(i: number): void {
    const id = graph?.nodes[i]?.id;
    if (id && pins.has(id)) {
      pinAt(i, ...wholeUnits(i));
      opts.onPinMoved?.();
    } else layout?.unpin(i);
  }

  /** Where node i is, in whole layout units: pins sit there, as the URL keeps them. */
  const wholeUnits = (i: number): [number, number] => [Math.round(positions[2 * i] as number), Math.round(positions[2 * i + 1] as number)];

  function pinAt(i: number, x: number, y: number): void {
    pins.set(graph!.nodes[i]!.id, [x, y]);
    positions[2 * i] = x;
    positions[2 * i + 1] = y;
    layout?.pin(i, x, y);
  }

  function pinsChanged(): void {
    element.dataset.pinned = String(pins.size);
    if (graph) marked = marks(graph);
    dirty = true;
  }

  /** Index lists for the overlay: pinned nodes, and the chain's nodes and links. */
  function marks(g: IndexedGraph): Pick<Scene, 'pinned' | 'chain'> {
    const pinned = [...pins.keys()].flatMap((id) => (g.index.has(id) ? [g.index.get(id)!] : []));
    const nodes = chainIds.flatMap((id) => (g.index.has(id) ? [g.index.get(id)!] : []));
    const edges: number[] = [];
    for (let k = 0; k + 1 < nodes.length; k++) {
      const [a, b] = [nodes[k], nodes[k + 1]];
      for (let e = 0; e < g.edges.length; e++) {
        const s = g.links[2 * e];
        const t = g.links[2 * e + 1];
        if ((s === a && t === b) || (s === b && t === a)) edges.push(e);
      }
    }
    return { pinned, chain: { nodes, edges } };
  }

  function selectIndex(i: number): void {
    selected = i;
    dirty = true;
    opts.onSelect?.(i >= 0 ? (graph?.nodes[i] ?? null) : null);
  }

  let dpr = 1;
  function resize(): void {
    const rect = stage.getBoundingClientRect();
    width = Math.max(200, Math.round(rect.width));
    height = Math.max(200, Math.round(rect.height));
    dpr = Math.min(window.devicePixelRatio || 1, 2);
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    dirty = true;
  }
  const observer = new ResizeObserver(() => {
    resize();
    if (!userMoved) fitNow();
  });
  observer.observe(stage);

  function fitNow(): void {
    if (!graph || graph.nodes.length === 0) {
      canvasSel.call(zoomBehavior.transform, zoomIdentity.translate(width / 2, height / 2));
      return;
    }
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < graph.nodes.length; i++) {
      const x = positions[2 * i] as number;
      const y = positions[2 * i + 1] as number;
      const r = graph.radii[i] as number;
      x0 = Math.min(x0, x - r);
      y0 = Math.min(y0, y - r);
      x1 = Math.max(x1, x + r);
      y1 = Math.max(y1, y + r);
    }
    // Leave room on the right for labels and at the top-left for the legend.
    const pad = 40;
    const k = Math.min(3, (width - 2 * pad - 80) / Math.max(1, x1 - x0), (height - 2 * pad) / Math.max(1, y1 - y0));
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    canvasSel.call(zoomBehavior.transform, zoomIdentity.translate(width / 2 - k * cx + 40, height / 2 - k * cy).scale(k));
  }

  function scene(): Scene | null {
    if (!graph) return null;
    return {
      count: graph.nodes.length,
      positions,
      radii: graph.radii,
      types: graph.types,
      links: graph.links,
      linkWidths: graph.linkWidths,
      linkTypes: graph.linkTypes,
      labels: graph.labels,
      labelOrder: graph.labelOrder,
      selected,
      hovered,
      hoveredEdge,
      ...marked,
    };
  }

  function frame(): void {
    raf = requestAnimationFrame(frame);
    if (!dirty && !continuous) return;
    dirty = false;
    const s = scene();
    if (!s) return;
    const viewport = { width, height, dpr };
    // Tell the worker where the user looks, once per frame at most.
    const key = `${width}|${height}|${dpr}|${transform.k}|${transform.x}|${transform.y}`;
    if (key !== viewSent) {
      viewSent = key;
      layout?.view(viewport, transform);
    }
    const t0 = performance.now();
    ctx!.setTransform(1, 0, 0, 1, 0, 0);
    ctx!.fillStyle = '#ffffff';
    ctx!.fillRect(0, 0, canvas.width, canvas.height);
    if (base) {
      // The base bitmap was drawn at base.transform: scale and move it to the current one.
      const r = transform.k / base.transform.k;
      ctx!.setTransform(dpr * r, 0, 0, dpr * r, dpr * (transform.x - base.transform.x * r), dpr * (transform.y - base.transform.y * r));
      ctx!.drawImage(base.bitmap, 0, 0, base.viewport.width, base.viewport.height);
    }
    const t1 = performance.now();
    overlay.draw(ctx!, s, transform, viewport);
    drawMs.base = t1 - t0;
    drawMs.overlay = performance.now() - t1;
    stats.frames += 1;
    if (gotPositions && stats.firstRenderAt === null) stats.firstRenderAt = performance.now();
  }
  raf = requestAnimationFrame(frame);

  function renderLegend(g: IndexedGraph): void {
    clear(legend);
    const present = new Set(g.nodes.map((n) => n.type));
    const nodeItems = TYPE_ORDER.filter((t) => present.has(t)).map((t) => {
      const swatch = el('span', { class: 'swatch', attrs: { 'aria-hidden': 'true' } });
      swatch.style.background = colorOf(t);
      return el('li', { attrs: { 'data-node-type': t } }, [swatch, TYPE_LABELS[t] ?? t]);
    });
    // The kinds of link on screen, each drawn as it is on the canvas (colour and dash).
    const linked = new Set(g.edges.map((e) => e.type));
    const edgeItems = [...EDGE_ORDER.filter((t) => linked.has(t)), ...[...linked].filter((t) => !EDGE_ORDER.includes(t))].map((t) =>
      el('li', { attrs: { 'data-edge-type': t } }, [edgeSwatch(t), edgeStyle(t).label]),
    );
    const scaled = [...linked].filter((t) => edgeStyle(t).widthScale > 0).map((t) => edgeStyle(t).label.toLowerCase());
    append(legend, [
      el('ul', { attrs: { 'aria-label': 'Nodes' } }, nodeItems),
      edgeItems.length ? el('ul', { class: 'legend-edges', attrs: { 'aria-label': 'Links' } }, edgeItems) : null,
      el('p', { class: 'legend-note', text: `Size: links${scaled.length ? ` · Line width: meetings (${scaled.join(', ')})` : ''}` }),
    ]);
  }

  function renderList(g: IndexedGraph): void {
    clear(listBody);
    // The list is for reading and keyboard use; past a few hundred nodes it only lists the busiest.
    const shown = [...g.labelOrder].slice(0, 300);
    for (const i of shown) {
      const n = g.nodes[i]!;
      const links: HTMLElement[] = [];
      for (let e = 0; e < g.edges.length && links.length < 12; e++) {
        const s = g.links[2 * e] as number;
        const t = g.links[2 * e + 1] as number;
        if (s !== i && t !== i) continue;
        const other = g.nodes[s === i ? t : s]!;
        const w = g.edges[e]!.weight;
        // Each link opens its tie, as a click on the canvas line does.
        links.push(
          el('button', {
            class: 'link-button tie-button',
            text: `${other.label}${w > 1 ? ` (${w})` : ''}`,
            attrs: { type: 'button', 'data-tie': `${n.id}~${other.id}`, title: `${edgeStyle(g.edges[e]!.type).label}: open the meetings` },
            on: { click: () => opts.onSelectTie?.(n, other) },
          }),
        );
      }
      const button = el('button', {
        class: 'link-button',
        text: n.label,
        attrs: { type: 'button', 'data-node-id': n.id },
        on: { click: () => selectIndex(i) },
      });
      listBody.appendChild(
        el('li', { attrs: { 'data-node-id': n.id } }, [
          button,
          el('span', { class: 'muted', text: ` ${TYPE_LABELS[n.type] ?? n.type}` }),
          links.length ? el('span', { class: 'graph-list-links' }, [' — linked to ', ...links.flatMap((b, k) => (k ? [', ', b] : [b]))]) : null,
        ]),
      );
    }
  }

  /** Nodes the layout must not move: the pinned ones, and on an expand every node that stays. */
  function fixedNodes(g: IndexedGraph, held: ReadonlySet<string>): [number, number, number][] {
    const out: [number, number, number][] = [];
    g.nodes.forEach((n, i) => {
      const pin = pins.get(n.id);
      if (pin) out.push([i, pin[0], pin[1]]);
      else if (held.has(n.id)) out.push([i, positions[2 * i] as number, positions[2 * i + 1] as number]);
    });
    return out;
  }

  const view: GraphView = {
    element,
    setGraph(g, seed = 1, hold = false) {
      layout?.stop();
      // Nodes that stay keep their place (and the view its zoom), so the map in the analyst's head holds.
      const { initial, kept } = carryPositions(graph, positions, g);
      const held = hold && graph ? new Set(graph.index.keys()) : new Set<string>();
      graph = g;
      marked = marks(g);
      positions = initial.map((v) => (Number.isFinite(v) ? v : 0));
      element.dataset.kept = String(kept);
      element.classList.remove('stale');
      selected = -1;
      hovered = -1;
      hoveredEdge = -1;
      if (kept === 0) userMoved = false;
      gotPositions = false;
      Object.assign(stats, { layoutUpdates: 0, layoutTicks: 0, layoutDone: false, firstRenderAt: null });
      element.dataset.nodes = String(g.nodes.length);
      element.dataset.edges = String(g.edges.length);
      element.dataset.layout = 'running';
      status.textContent = g.nodes.length ? `${g.nodes.length} nodes, ${g.edges.length} links` : 'Nothing matches the filters.';
      renderLegend(g);
      renderList(g);
      resize();
      base?.bitmap.close();
      base = null;
      viewSent = `${width}|${height}|${dpr}|${transform.k}|${transform.x}|${transform.y}`;
      const request = {
        input: { count: g.nodes.length, links: g.links, radii: g.radii, seed, initial, alpha: kept > g.nodes.length / 2 ? 0.3 : 1 },
        types: g.types,
        linkWidths: g.linkWidths,
        linkTypes: g.linkTypes,
        viewport: { width, height, dpr },
        transform,
      };
      const fixed = fixedNodes(g, held);
      for (const [i, x, y] of fixed) {
        positions[2 * i] = x;
        positions[2 * i + 1] = y;
        request.input.initial[2 * i] = x;
        request.input.initial[2 * i + 1] = y;
      }
      element.dataset.pinned = String(pins.size);
      layout = startLayout(request, (u) => {
        if (graph !== g) {
          u.bitmap?.close();
          return;
        }
        positions = u.positions;
        if (u.bitmap) {
          base?.bitmap.close();
          base = { bitmap: u.bitmap, transform: u.transform, viewport: u.viewport };
        }
        gotPositions = true;
        stats.layoutUpdates += 1;
        stats.layoutTicks = u.ticks;
        stats.layoutDone = u.done;
        if (u.done) element.dataset.layout = 'done';
        if (!userMoved) fitNow();
        dirty = true;
      });
      for (const [i, x, y] of fixed) layout.pin(i, x, y);
    },
    togglePin(id) {
      const i = graph?.index.get(id);
      if (i === undefined) return false;
      if (pins.delete(id)) layout?.unpin(i);
      else pinAt(i, ...wholeUnits(i));
      pinsChanged();
      return pins.has(id);
    },
    isPinned: (id) => pins.has(id),
    pins: () => [...pins].map(([id, [x, y]]) => ({ id, x, y })),
    setPins(next) {
      const wanted = new Set(next.map((p) => p.id));
      for (const id of pins.keys()) {
        const i = wanted.has(id) ? undefined : graph?.index.get(id);
        if (i !== undefined) layout?.unpin(i);
      }
      pins.clear();
      for (const p of next) {
        const i = graph?.index.get(p.id);
        if (i === undefined) pins.set(p.id, [p.x, p.y]);
        else pinAt(i, p.x, p.y);
      }
      pinsChanged();
    },
    setChain(ids) {
      chainIds = ids ?? [];
      if (graph) marked = marks(graph);
      element.dataset.chain = String(chainIds.length);
      dirty = true;
    },
    positionOf(id) {
      const i = graph?.index.get(id);
      return i === undefined ? null : [positions[2 * i] as number, positions[2 * i + 1] as number];
    },
    markStale(on) {
      element.classList.toggle('stale', on);
      element.dataset.loading = String(on);
      if (on) status.textContent = 'Loading…';
    },
    select(id) {
      const i = id && graph ? (graph.index.get(id) ?? -1) : -1;
      selected = i;
      dirty = true;
    },
    setContinuous(on) {
      continuous = on;
    },
    zoomBy(f) {
      userMoved = true;
      canvasSel.call(zoomBehavior.scaleBy, f, [width / 2, height / 2]);
    },
    panBy(dx, dy) {
      userMoved = true;
      canvasSel.call(zoomBehavior.translateBy, dx / transform.k, dy / transform.k);
    },
    fit() {
      userMoved = false;
      fitNow();
    },
    stats: () => ({ ...stats, drawMs: { ...drawMs } }),
    toSvg() {
      return graph ? graphSvg(graph, positions, transform, width, height) : '<svg xmlns="http://www.w3.org/2000/svg"/>';
    },
    destroy() {
      cancelAnimationFrame(raf);
      observer.disconnect();
      layout?.stop();
    },
  };
  return view;
}

function append(parent: HTMLElement, children: (HTMLElement | null)[]): void {
  for (const c of children) if (c) parent.appendChild(c);
}

/** A short line drawn as the canvas draws this edge type. */
function edgeSwatch(type: string): SVGSVGElement {
  const style = edgeStyle(type);
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('class', 'edge-swatch');
  svg.setAttribute('width', '22');
  svg.setAttribute('height', '8');
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(ns, 'line');
  for (const [k, v] of Object.entries({ x1: '1', y1: '4', x2: '21', y2: '4', stroke: style.color, 'stroke-width': '2' })) line.setAttribute(k, v);
  if (style.dash.length) line.setAttribute('stroke-dasharray', style.dash.join(' '));
  svg.appendChild(line);
  return svg;
}

/** The graph as the user sees it (same zoom and pan), as standalone SVG. */
function graphSvg(g: IndexedGraph, p: Float32Array, t: ViewTransform, width: number, height: number): string {
  const f = (v: number): string => (Math.round(v * 10) / 10).toString();
  const X = (i: number): number => (p[2 * i] as number) * t.k + t.x;
  const Y = (i: number): number => (p[2 * i + 1] as number) * t.k + t.y;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    '<g>',
  ];
  for (let e = 0; e < g.edges.length; e++) {
    const a = g.links[2 * e] as number;
    const b = g.links[2 * e + 1] as number;
    const style = edgeStyle(g.edges[e]?.type ?? '');
    const dash = style.dash.length ? ` stroke-dasharray="${style.dash.join(' ')}"` : '';
    out.push(
      `<line x1="${f(X(a))}" y1="${f(Y(a))}" x2="${f(X(b))}" y2="${f(Y(b))}" stroke="${style.color}" stroke-width="${f(g.linkWidths[e] ?? 1)}"${dash}/>`,
    );
  }
  out.push('</g><g stroke="#ffffff" stroke-width="1">');
  for (let i = 0; i < g.nodes.length; i++) {
    const n = g.nodes[i]!;
    out.push(
      `<circle cx="${f(X(i))}" cy="${f(Y(i))}" r="${f((g.radii[i] as number) * t.k)}" fill="${colorOf(n.type)}"><title>${xmlEscape(n.label)}</title></circle>`,
    );
  }
  out.push('</g><g fill="#161b26" stroke="#ffffff" stroke-width="3" paint-order="stroke">');
  const shown = [...g.labelOrder].slice(0, 300);
  for (const i of shown) {
    const x = X(i);
    const y = Y(i);
    if (x < 0 || y < 0 || x > width || y > height) continue;
    out.push(`<text x="${f(x + (g.radii[i] as number) * t.k + 3)}" y="${f(y + 4)}">${xmlEscape(g.labels[i] ?? '')}</text>`);
  }
  out.push('</g></svg>');
  return out.join('\n');
}
