/**
 * The pure half of the graph tools: adding a node's neighbours to the graph on screen,
 * leaving hidden nodes out, and turning the API's chains into nodes, links and readable steps.
 * No DOM and no fetching here, so it is unit-tested on its own.
 */
import type { GraphData, GraphEdgeData, GraphNodeData, MeetingStatus } from './api.js';

/** One chain as the page asks for it: the API's `Chain` with each meeting's people and parties. */
export interface ChainData {
  hops: number;
  via: string[];
  meetings: {
    id: string;
    date: string | null;
    status: MeetingStatus;
    meeting: {
      settingEvent: string | null;
      place: { name: string } | null;
      participants: { person: { id: string; name: string } }[];
      parties: { code: string; name: string | null; kind: string }[];
    } | null;
  }[];
}

export interface ChainStep {
  from: string;
  to: string;
  meetingId: string;
  date: string | null;
  place: string | null;
}

export interface ChainGraph {
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
  steps: ChainStep[];
}

const edgeKey = (e: GraphEdgeData): string => {
  const [a, b] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
  return `${a}\u0000${b}\u0000${e.type}`;
};

/** `base` with the nodes and links of `extra` it lacks; base's own nodes keep their order and data. */
export function mergeGraph(base: GraphData, extra: Pick<GraphData, 'nodes' | 'edges'>): GraphData {
  const ids = new Set(base.nodes.map((n) => n.id));
  const keys = new Set(base.edges.map(edgeKey));
  const nodes = [...base.nodes, ...extra.nodes.filter((n) => !ids.has(n.id) && ids.add(n.id))];
  const edges = [...base.edges, ...extra.edges.filter((e) => !keys.has(edgeKey(e)) && keys.add(edgeKey(e)))];
  return { nodes, edges, truncated: base.truncated };
}

/** The graph without the hidden nodes and their links. */
export function withoutNodes(g: GraphData, hidden: ReadonlySet<string>): GraphData {
  if (!hidden.size) return g;
  return {
    nodes: g.nodes.filter((n) => !hidden.has(n.id)),
    edges: g.edges.filter((e) => !hidden.has(e.source) && !hidden.has(e.target)),
    truncated: g.truncated,
  };
}

type Named = { id: string; type: string; label: string };

/** The person or party called `name` in one meeting, or null (the chain names its stops, not ids). */
function stopIn(meeting: NonNullable<ChainData['meetings'][number]['meeting']>, name: string): Named | null {
  const person = meeting.participants.find((p) => p.person.name === name);
  if (person) return { id: person.person.id, type: 'PERSON', label: name };
  const party = meeting.parties.find((p) => (p.name ?? p.code) === name || p.code === name);
  return party ? { id: party.code, type: party.kind, label: name } : null;
}

/**
 * A chain as graph pieces: its stops as nodes, one link per meeting between consecutive
 * stops, and the steps in order. Null when a stop cannot be found in its meeting.
 */
export function chainGraph(chain: ChainData): ChainGraph | null {
  const nodes = new Map<string, GraphNodeData>();
  const edges: GraphEdgeData[] = [];
  const steps: ChainStep[] = [];
  for (const [i, ref] of chain.meetings.entries()) {
    const m = ref.meeting;
    const a = m ? stopIn(m, chain.via[i] ?? '') : null;
    const b = m ? stopIn(m, chain.via[i + 1] ?? '') : null;
    if (!m || !a || !b) return null;
    for (const s of [a, b]) if (!nodes.has(s.id)) nodes.set(s.id, { id: s.id, type: s.type, label: s.label, weight: 1 });
    edges.push({ source: a.id, target: b.id, type: ref.status === 'PLANNED' ? 'PLANNED' : 'MET', weight: 1 });
    steps.push({ from: a.label, to: b.label, meetingId: ref.id, date: ref.date, place: m.place?.name ?? m.settingEvent });
  }
  return { nodes: [...nodes.values()], edges, steps };
}

/** "Tokayev met Mirziyoyev, 2024-05-03, Astana": one step as a line of text. */
export function stepText(s: ChainStep): string {
  return [`${s.from} met ${s.to}`, s.date ?? 'undated', s.place].filter(Boolean).join(', ');
}

/** What a link does with nodes: expand, hide or pin them. */
export interface ToolIds {
  expanded: readonly string[];
  hidden: readonly string[];
  pinned: readonly { id: string }[];
}

/** The ids of a link's tools that name no node of the graph, by tool. */
export function missingIds(g: Pick<GraphData, 'nodes'>, tools: ToolIds): { expanded: string[]; hidden: string[]; pinned: string[] } {
  const ids = new Set(g.nodes.map((n) => n.id));
  const absent = (list: readonly string[]): string[] => list.filter((id) => !ids.has(id));
  return { expanded: absent(tools.expanded), hidden: absent(tools.hidden), pinned: absent(tools.pinned.map((p) => p.id)) };
}

/** The sentence the page shows for them, or null when the link names nothing unknown. */
export function missingNote(missing: ReturnType<typeof missingIds>): string | null {
  const parts = (['expanded', 'hidden', 'pinned'] as const).flatMap((tool) => missing[tool].map((id) => `“${id}” (${tool})`));
  if (!parts.length) return null;
  return `The link names ${parts.length === 1 ? 'a node' : 'nodes'} this graph does not have: ${parts.join(', ')}. Check the link, or widen the filters and the time range.`;
}
