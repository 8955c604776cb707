/**
 * The neighbourhood of a node for the D3 view, in one round trip: meetings are expanded hop
 * by hop (a hop = from participants to their meetings, then to those meetings' other
 * participants), nearer hops first and newest first within a hop, until `limit` meetings.
 * People networks grow through ATTENDED; country networks through BETWEEN.
 */
import type { Store } from '../driver.js';
import { whereClause, meetingFilterCypher, type MeetingFilter } from './meeting-filter.js';
import { int } from './run.js';

export type FocusKind = 'PERSON' | 'MEETING' | 'PLACE' | 'COUNTRY' | 'ORGANIZATION';
export type GraphMode = 'MEETINGS' | 'COLLAPSED';

export interface GraphNode {
  id: string;
  type: string;
  label: string;
  weight: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  type: string;
  weight: number;
}

export interface NeighbourhoodGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

const NETWORK = {
  people: {
    toMeeting: '(e)-[:ATTENDED]->(m:Meeting)',
    toEntity: '(x:Person)-[:ATTENDED]->(m)',
    entity: "x {id: x.id, label: x.name, type: 'PERSON'}",
    edge: 'ATTENDED',
  },
  parties: {
    toMeeting: '(e)<-[:BETWEEN]-(m:Meeting)',
    toEntity: '(m)-[:BETWEEN]->(x)',
    entity: "{id: x.code, label: coalesce(x.name, x.code), type: CASE WHEN x:Country THEN 'COUNTRY' ELSE 'ORGANIZATION' END}",
    edge: 'BETWEEN',
  },
} as const;
type Network = (typeof NETWORK)[keyof typeof NETWORK];

const ORDER = "ORDER BY coalesce(m.date, '') DESC, m.id";

/** Binds meetings, frontier, seen, cut, roots. */
function seed(kind: FocusKind, net: Network, cond: string): string {
  const and = cond ? `AND ${cond}` : '';
  switch (kind) {
    case 'PERSON':
    case 'COUNTRY':
    case 'ORGANIZATION': {
      const node = { PERSON: '(f:Person {id: $focus})', COUNTRY: '(f:Country {code: $focus})', ORGANIZATION: '(f:Organization {code: $focus})' }[kind];
      return `MATCH ${node}
WITH [] AS meetings, [f] AS frontier, [f] AS seen, false AS cut, [f] AS roots`;
    }
    case 'MEETING':
      return `MATCH (m0:Meeting {id: $focus})
WITH [m0] AS meetings, false AS cut
CALL (meetings) { UNWIND meetings AS m MATCH ${net.toEntity} RETURN collect(DISTINCT x) AS frontier }
WITH meetings, frontier, frontier AS seen, cut, [] AS roots`;
    case 'PLACE':
      return `MATCH (pl:Place {id: $focus})
CALL (pl) {
  MATCH (pl)<-[:HELD_IN]-(m:Meeting) WHERE m.placeId = pl.id ${and}
  WITH DISTINCT m ${ORDER}
  RETURN collect(m) AS found
}
WITH found[..$limit] AS meetings, size(found) > $limit AS cut
CALL (meetings) { UNWIND meetings AS m MATCH ${net.toEntity} RETURN collect(DISTINCT x) AS frontier }
WITH meetings, frontier, frontier AS seen, cut, [] AS roots`;
  }
}

function hop(net: Network, cond: string): string {
  const and = cond ? `AND ${cond}` : '';
  return `
CALL (frontier, meetings) {
  UNWIND frontier AS e
  MATCH ${net.toMeeting}
  WHERE NOT m IN meetings ${and}
  WITH DISTINCT m ${ORDER}
  RETURN collect(m) AS found
}
WITH roots, seen, meetings, cut OR size(found) > $limit - size(meetings) AS cut, found[..($limit - size(meetings))] AS added
CALL (added, seen) {
  UNWIND added AS m
  MATCH ${net.toEntity}
  WHERE NOT x IN seen
  RETURN collect(DISTINCT x) AS frontier
}
WITH roots, meetings + added AS meetings, frontier, seen + frontier AS seen, cut`;
}

function neighbourhoodQuery(kind: FocusKind, depth: number, filter: string): string {
  const net = kind === 'COUNTRY' || kind === 'ORGANIZATION' ? NETWORK.parties : NETWORK.people;
  // A meeting or place focus already is the first hop.
  const hops = kind === 'MEETING' || kind === 'PLACE' ? depth - 1 : depth;
  return `${seed(kind, net, filter)}
${Array.from({ length: hops }, () => hop(net, filter)).join('\n')}
RETURN [x IN roots | ${net.entity}] AS roots, cut,
       [m IN meetings | {id: m.id, date: m.date, modality: m.modality, sourceCount: m.sourceCount,
                         entities: [${net.toEntity} | ${net.entity}]}] AS meetings`;
}

interface Entity {
  id: string;
  label: string;
  type: string;
}

export async function neighbourhood(
  store: Store,
  focus: { id: string; kind: FocusKind },
  depth: number,
  filter: MeetingFilter,
  limit: number,
  mode: GraphMode,
): Promise<NeighbourhoodGraph> {
  const f = meetingFilterCypher({ ...filter, text: null });
  const cond = f.conditions.length ? whereClause(f.conditions).slice('WHERE '.length) : '';
  const [row] = await store.query<{
      roots: Entity[];
      cut: boolean;
      meetings: { id: string; date: string | null; modality: string; sourceCount: number; entities: Entity[] }[];
    }>(neighbourhoodQuery(focus.kind, depth, cond ? `(${cond})` : ''), {
      ...f.params,
      focus: focus.id,
      limit: int(limit),
  });
  if (!row) return { nodes: [], edges: [], truncated: false };
  const net = focus.kind === 'COUNTRY' || focus.kind === 'ORGANIZATION' ? NETWORK.parties : NETWORK.people;
  const entities = new Map<string, GraphNode>();
  for (const r of row.roots) entities.set(r.id, { ...r, weight: 0 });
  const meetings = row.meetings.map((m) => {
    const members = [...new Map(m.entities.map((e) => [e.id, e])).values()];
    for (const e of members) {
      const node = entities.get(e.id) ?? { ...e, weight: 0 };
      node.weight += 1;
      entities.set(e.id, node);
    }
    return { ...m, members: members.map((e) => e.id).sort() };
  });
  const nodes = [...entities.values()];
  const edges: GraphEdge[] = [];
  if (mode === 'MEETINGS') {
    for (const m of meetings) {
      const what = m.modality === 'in_person' ? 'meeting' : `${m.modality} call`;
      nodes.push({ id: m.id, type: 'MEETING', label: `${m.date ?? 'undated'} ${what}`, weight: m.sourceCount });
      for (const id of m.members) edges.push({ source: id, target: m.id, type: net.edge, weight: 1 });
    }
  } else {
    const pairs = new Map<string, GraphEdge>();
    for (const m of meetings) {
      for (let i = 0; i < m.members.length; i++) {
        for (let j = i + 1; j < m.members.length; j++) {
          const source = m.members[i] as string;
          const target = m.members[j] as string;
          const key = `${source}|${target}`;
          const e = pairs.get(key) ?? { source, target, type: 'MET', weight: 0 };
          e.weight += 1;
          pairs.set(key, e);
        }
      }
    }
    edges.push(...pairs.values());
  }
  return { nodes, edges, truncated: row.cut };
}
