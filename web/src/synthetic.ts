/**
 * Seeded synthetic graphs for measuring the renderer: countries, people and meetings, with
 * edges that favour a few hubs the way real diplomatic graphs do (a handful of leaders
 * and countries take part in most meetings).
 */
import { randomLcg } from 'd3';
import type { GraphData, GraphEdgeData, GraphNodeData } from './api.js';

export function syntheticGraph(nodeCount: number, edgeCount: number, seed = 1): GraphData {
  if (!Number.isInteger(nodeCount) || nodeCount < 2) throw new Error('syntheticGraph: nodeCount must be an integer of at least 2');
  if (!Number.isInteger(edgeCount) || edgeCount < 0) throw new Error('syntheticGraph: edgeCount must be a non-negative integer');
  const random = randomLcg(seed);
  const nodes: GraphNodeData[] = [];
  const countries = Math.max(1, Math.round(nodeCount * 0.02));
  const people = Math.max(1, Math.round(nodeCount * 0.3));
  for (let i = 0; i < nodeCount; i++) {
    const type = i < countries ? 'COUNTRY' : i < countries + people ? 'PERSON' : 'MEETING';
    nodes.push({ id: `n${i}`, type, label: `${type.charAt(0)}${type.slice(1).toLowerCase()} ${i}`, weight: 1 });
  }
  const edges: GraphEdgeData[] = [];
  const seen = new Set<number>();
  let guard = 0;
  while (edges.length < edgeCount && guard++ < edgeCount * 20) {
    const s = Math.floor(random() * nodeCount);
    // Squaring a uniform number favours low indices: countries and the first people become hubs.
    const t = Math.floor(random() ** 2 * nodeCount);
    if (s === t) continue;
    const key = Math.min(s, t) * nodeCount + Math.max(s, t);
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ source: `n${s}`, target: `n${t}`, type: 'MET', weight: 1 + Math.floor(random() * 3) });
  }
  return { nodes, edges, truncated: false };
}
