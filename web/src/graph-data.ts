/**
 * Graph data in two forms: the API's node/edge lists, and the typed arrays the layout and
 * renderer work on. Also builds the overview graph (no focus) from a list of meetings,
 * in the same shape the API's `graph` query returns.
 */
import type { GraphData, GraphEdgeData, GraphMode, GraphNodeData, MeetingSummary } from './api.js';
import { edgeIndex, edgeStyle, typeIndex } from './theme.js';

export interface IndexedGraph {
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
  index: Map<string, number>;
  links: Uint32Array;
  linkWidths: Float32Array;
  /** Index into EDGE_ORDER per edge: how it is drawn. */
  linkTypes: Uint8Array;
  radii: Float32Array;
  types: Uint8Array;
  degree: Uint32Array;
  labels: string[];
  labelOrder: Uint32Array;
}

/** Node radius from degree: area grows with the number of links, capped so hubs stay readable. */
export function radiusFor(degree: number, type: string): number {
  const base = type === 'MEETING' ? 3 : 4.5;
  return Math.min(base + 2.2 * Math.sqrt(degree), 26);
}

export function indexGraph(data: Pick<GraphData, 'nodes' | 'edges'>): IndexedGraph {
  const index = new Map<string, number>();
  data.nodes.forEach((n, i) => index.set(n.id, i));
  const edges = data.edges.filter((e) => index.has(e.source) && index.has(e.target) && e.source !== e.target);
  const links = new Uint32Array(edges.length * 2);
  const linkWidths = new Float32Array(edges.length);
  const linkTypes = new Uint8Array(edges.length);
  const degree = new Uint32Array(data.nodes.length);
  // The heaviest tie sets the scale; links that do not scale (represents, attended) do not.
  const maxWeight = edges.reduce((m, e) => (edgeStyle(e.type).widthScale > 0 ? Math.max(m, e.weight) : m), 1);
  edges.forEach((e, k) => {
    const s = index.get(e.source)!;
    const t = index.get(e.target)!;
    links[2 * k] = s;
    links[2 * k + 1] = t;
    degree[s] = (degree[s] ?? 0) + 1;
    degree[t] = (degree[t] ?? 0) + 1;
    // Width by meeting count: 1 px for one meeting up to 6 px for the heaviest tie, scaled
    // per type (a person's link to their own country is no tie and stays thin).
    const scale = edgeStyle(e.type).widthScale;
    linkWidths[k] = maxWeight > 1 ? 1 + (5 * scale * Math.sqrt(e.weight - 1)) / Math.sqrt(maxWeight - 1) : 1;
    linkTypes[k] = edgeIndex(e.type);
  });
  const radii = new Float32Array(data.nodes.length);
  const types = new Uint8Array(data.nodes.length);
  data.nodes.forEach((n, i) => {
    radii[i] = radiusFor(degree[i] ?? 0, n.type);
    types[i] = typeIndex(n.type);
  });
  // Labels: people and countries before meetings, then by degree.
  const rank = (i: number): number => (data.nodes[i]?.type === 'MEETING' ? 0 : 1e6) + (degree[i] ?? 0);
  const labelOrder = Uint32Array.from(data.nodes.map((_, i) => i)).sort((x, y) => rank(y) - rank(x));
  return {
    nodes: data.nodes,
    edges,
    index,
    links,
    linkWidths,
    linkTypes,
    radii,
    types,
    degree,
    labels: data.nodes.map((n) => n.label),
    labelOrder,
  };
}

function meetingLabel(m: MeetingSummary): string {
  const where = m.place?.name ?? m.settingEvent ?? '';
  return [m.date ?? 'undated', m.status === 'PLANNED' ? 'planned' : '', where].filter(Boolean).join(' · ');
}

/**
 * The overview graph of a list of meetings, as the API would return it for one focus:
 * collapsed, people of different sides MET (PLANNED for a planned meeting), people of one
 * side are one delegation, and each represents their party; meetings as nodes, each linked
 * to its people, parties and place.
 */
export function graphFromMeetings(meetings: MeetingSummary[], mode: GraphMode): GraphData {
  const nodes = new Map<string, GraphNodeData>();
  const edges = new Map<string, GraphEdgeData>();
  const addNode = (id: string, type: string, label: string): void => {
    const n = nodes.get(id);
    if (n) n.weight += 1;
    else nodes.set(id, { id, type, label, weight: 1 });
  };
  const addEdge = (source: string, target: string, type: string, undirected = false): void => {
    const [s, t] = undirected && source > target ? [target, source] : [source, target];
    const key = `${s}\u0000${t}\u0000${type}`;
    const e = edges.get(key);
    if (e) e.weight += 1;
    else edges.set(key, { source: s, target: t, type, weight: 1 });
  };
  for (const m of meetings) {
    const people = [...new Map(m.participants.map((p) => [p.person.id, p])).values()];
    for (const p of people) addNode(p.person.id, 'PERSON', p.person.name);
    for (const party of m.parties) addNode(party.code, party.kind, party.name ?? party.code);
    if (mode === 'MEETINGS') {
      nodes.set(m.id, { id: m.id, type: 'MEETING', label: meetingLabel(m), weight: m.sourceCount });
      for (const p of people) addEdge(p.person.id, m.id, 'ATTENDED');
      for (const party of m.parties) addEdge(m.id, party.code, 'BETWEEN');
      if (m.place) {
        addNode(m.place.id, 'PLACE', m.place.name);
        addEdge(m.id, m.place.id, 'LOCATED_IN');
      }
    } else {
      const apart = m.status === 'PLANNED' ? 'PLANNED' : 'MET';
      for (let i = 0; i < people.length; i++) {
        for (let j = i + 1; j < people.length; j++) {
          const a = people[i]!;
          const b = people[j]!;
          const same = a.party !== null && b.party !== null && a.party.code === b.party.code;
          addEdge(a.person.id, b.person.id, same ? 'SAME_DELEGATION' : apart, true);
        }
      }
      for (let i = 0; i < m.parties.length; i++) {
        for (let j = i + 1; j < m.parties.length; j++) addEdge(m.parties[i]!.code, m.parties[j]!.code, apart, true);
      }
      // Who represented whom keeps people next to their country.
      for (const p of people) if (p.party) addEdge(p.person.id, p.party.code, 'REPRESENTS');
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: false };
}

/**
 * Starting positions for the next graph: the old position of each node that stays, a spot
 * beside a staying neighbour for a new one, NaN (the layout chooses) for the rest.
 */
export function carryPositions(prev: IndexedGraph | null, prevPositions: Float32Array, next: IndexedGraph): { initial: Float32Array; kept: number } {
  const initial = new Float32Array(next.nodes.length * 2).fill(Number.NaN);
  let kept = 0;
  if (!prev) return { initial, kept };
  next.nodes.forEach((n, i) => {
    const j = prev.index.get(n.id);
    if (j === undefined) return;
    initial[2 * i] = prevPositions[2 * j] as number;
    initial[2 * i + 1] = prevPositions[2 * j + 1] as number;
    kept += 1;
  });
  for (let e = 0; e < next.links.length / 2; e++) {
    const ends: [number, number][] = [[next.links[2 * e] as number, next.links[2 * e + 1] as number], [next.links[2 * e + 1] as number, next.links[2 * e] as number]];
    for (const [from, to] of ends) {
      if (Number.isFinite(initial[2 * from]) && !Number.isFinite(initial[2 * to])) {
        // A fixed offset by index keeps the result seeded; the forces spread them after.
        const angle = (to * 2.399963) % (2 * Math.PI);
        initial[2 * to] = (initial[2 * from] as number) + 30 * Math.cos(angle);
        initial[2 * to + 1] = (initial[2 * from + 1] as number) + 30 * Math.sin(angle);
      }
    }
  }
  return { initial, kept };
}

/** The graph without "represents" links: the overview shows ties between parties and people only. */
export function withoutRepresents(g: GraphData): GraphData {
  return { ...g, edges: g.edges.filter((e) => e.type !== 'REPRESENTS') };
}
