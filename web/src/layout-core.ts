/**
 * The force layout itself, free of DOM and threads: the worker runs it for the page, and
 * unit tests run it directly. Seeded, so the same graph always settles the same way.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, randomLcg } from 'd3';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3';

export interface LayoutInput {
  count: number;
  /** Edge endpoints as index pairs: [s0, t0, s1, t1, ...]. */
  links: Uint32Array;
  radii: Float32Array;
  seed: number;
  /** Optional starting positions ([x0, y0, ...]); NaN lets the layout choose. */
  initial?: Float32Array;
  /** Starting heat: below 1 when most nodes start where they were, so they move little. */
  alpha?: number;
}

export interface Layout {
  /** [x0, y0, x1, y1, ...], updated by every tick. */
  readonly positions: Float32Array;
  /** Advances one step; false once the layout has settled. */
  tick(): boolean;
  alpha(): number;
  /** Holds a node where the user drags it. */
  pin(index: number, x: number, y: number): void;
  unpin(index: number): void;
  reheat(alpha: number): void;
}

type Node = SimulationNodeDatum & { r: number };

/** Above this many nodes, skip collision (it costs as much as the charge) and cool faster. */
const LARGE = 2000;

export function createLayout(input: LayoutInput): Layout {
  if (input.links.length % 2 !== 0) throw new Error('createLayout: links must hold index pairs');
  if (input.radii.length !== input.count) throw new Error('createLayout: radii must have one entry per node');
  const nodes: Node[] = [];
  for (let i = 0; i < input.count; i++) {
    const node: Node = { index: i, r: input.radii[i] ?? 4 };
    const x = input.initial?.[2 * i];
    const y = input.initial?.[2 * i + 1];
    if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)) {
      node.x = x;
      node.y = y;
    }
    nodes.push(node);
  }
  const degree = new Uint32Array(input.count);
  const links: SimulationLinkDatum<Node>[] = [];
  for (let i = 0; i < input.links.length; i += 2) {
    const s = input.links[i] as number;
    const t = input.links[i + 1] as number;
    if (s >= input.count || t >= input.count) throw new Error(`createLayout: link ${i / 2} names a node out of range`);
    degree[s] = (degree[s] ?? 0) + 1;
    degree[t] = (degree[t] ?? 0) + 1;
    links.push({ source: s, target: t });
  }
  const large = input.count > LARGE;
  const sim = forceSimulation<Node>(nodes)
    .randomSource(randomLcg(input.seed))
    .alphaDecay(large ? 0.04 : 0.0228)
    .force(
      'link',
      forceLink<Node, SimulationLinkDatum<Node>>(links)
        .distance((l) => 18 + (l.source as Node).r + (l.target as Node).r)
        .strength((l) => 1 / Math.min(degree[(l.source as Node).index ?? 0] ?? 1, degree[(l.target as Node).index ?? 0] ?? 1)),
    )
    .force('charge', forceManyBody<Node>().strength(large ? -25 : -90).theta(large ? 1.2 : 0.9).distanceMax(large ? 400 : 900))
    // Weak pulls to the centre keep disconnected pieces on screen.
    .force('x', forceX<Node>(0).strength(large ? 0.02 : 0.05))
    .force('y', forceY<Node>(0).strength(large ? 0.02 : 0.05))
    .stop();
  if (input.alpha !== undefined) sim.alpha(input.alpha);
  if (!large) sim.force('collide', forceCollide<Node>((n) => n.r + 2).iterations(1));

  const positions = new Float32Array(input.count * 2);
  const copy = (): void => {
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i] as Node;
      positions[2 * i] = n.x ?? 0;
      positions[2 * i + 1] = n.y ?? 0;
    }
  };
  copy();
  return {
    positions,
    tick() {
      if (sim.alpha() < sim.alphaMin()) return false;
      sim.tick();
      copy();
      return true;
    },
    alpha: () => sim.alpha(),
    pin(index, x, y) {
      const n = nodes[index];
      if (!n) return;
      n.fx = x;
      n.fy = y;
    },
    unpin(index) {
      const n = nodes[index];
      if (!n) return;
      n.fx = null;
      n.fy = null;
    },
    reheat(alpha) {
      sim.alpha(Math.max(sim.alpha(), alpha));
    },
  };
}
