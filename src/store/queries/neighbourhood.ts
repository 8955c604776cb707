/**
 * The neighbourhood of a node for the D3 view, in one round trip: meetings are expanded hop
 * by hop (a hop = from participants to their meetings, then to those meetings' other
 * participants), nearer hops first and newest first within a hop, until `limit` meetings.
 * People networks grow through ATTENDED; country networks through BETWEEN. Which meetings
 * count (held by default) is the filter's status. Edges are typed: people of one meeting on
 * different sides MET (PLANNED for a planned meeting), on the same side are one delegation.
 */
import type { Store } from '../driver.js';
import { whereClause, meetingFilterCypher, type MeetingFilter } from './meeting-filter.js';
import { int } from './run.js';
import { sameSide } from './sides.js';

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
    degree: 'COUNT { (e)-[:ATTENDED]->() }',
    keys: 'personKeys',
  },
  parties: {
    toMeeting: '(e)<-[:BETWEEN]-(m:Meeting)',
    toEntity: '(m)-[:BETWEEN]->(x)',
    degree: 'COUNT { (e)<-[:BETWEEN]-() }',
    keys: 'partyKeys',
  },
} as const;
// \`seen\` ends up holding every entity of every meeting taken, so the answer names each once
// and meetings list only ids: a tenth of the bytes of the meetings' cards.
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

/**
 * Row caps for the walk, smallest first; the last, `$limit + 1`, is implied. LIMIT takes no
 * variables, so the walk is written once per cap and only the block whose cap first covers
 * `need` (want + 1, or none once the graph is cut) seeks; the others seek past every
 * date and read nothing. Walking to `$limit + 1` every time read four times the rows a
 * second hop needed and was half of Neo4j's work for a depth-2 graph.
 */
const WALK_CAPS = [1, 4, 16, 64, 256];
const CAP_PARAMS = Object.fromEntries(WALK_CAPS.map((c, i) => [`cap${i}`, int(c)]));

function walks(net: Network, and: string): string {
  // Caps go in as parameters: with a literal LIMIT 1 the planner gave up the index order.
  const caps = [...WALK_CAPS.map((_, i) => `$cap${i}`), '$limit + 1'];
  const blocks = caps.map((cap, i) => {
    const lower = i === 0 ? '0' : caps[i - 1];
    return `CALL (keys, meetings, need) {
  // A bound past every date when this block is not the one: the planner keeps the index
  // order for the walk, where a filter on \`need\` would be checked on every meeting.
  WITH keys, meetings, CASE WHEN need > ${lower} AND need <= ${cap} THEN '' ELSE '~' END AS lowest
  MATCH (m:Meeting)
  WHERE m.date >= lowest AND NOT m IN meetings AND any(k IN m.${net.keys} WHERE k IN keys) ${and}
  WITH m ORDER BY m.date DESC, m.id LIMIT ${cap}
  RETURN collect(m) AS dated${i}
}`;
  });
  return `WITH *, CASE WHEN scan AND NOT cut THEN want + 1 ELSE 0 END AS need
${blocks.join('\n')}
WITH *, ${caps.map((_, i) => `dated${i}`).join(' + ')} AS dated`;
}

/**
 * One hop: the newest meetings of the frontier not taken yet, at least one more than still
 * fit (to know whether the graph was cut). Two ways to find them, the same answer either way:
 * expand every frontier entity's meetings and sort them, which costs their number (the
 * frontier's reach); or walk all meetings newest first on the date index until enough
 * touch the frontier, which costs about want * total / reach. A second hop from a busy
 * country reaches most of the graph (7,000 of 10,000 meetings in the benchmark), so the
 * walk is chosen when reach^2 > want * total.
 */
function hop(net: Network, cond: string): string {
  const and = cond ? `AND ${cond}` : '';
  return `
WITH roots, seen, meetings, cut, frontier, $limit - size(meetings) AS want,
     reduce(n = 0, e IN frontier | n + ${net.degree}) AS reach, [x IN frontier | coalesce(x.code, x.id)] AS keys
WITH *, $walk = 'scan' OR ($walk = 'auto' AND reach * reach > want * COUNT { (:Meeting) }) AS scan
CALL (frontier, meetings, want, scan) {
  WITH frontier, meetings, want WHERE NOT scan
  UNWIND frontier AS e
  MATCH ${net.toMeeting}
  WHERE NOT m IN meetings ${and}
  WITH DISTINCT m ${ORDER}
  RETURN collect(m) AS expanded
}
${walks(net, and)}
CALL (keys, meetings, want, need, dated) {
  UNWIND CASE WHEN need > 0 AND size(dated) <= want THEN [true] ELSE [] END AS go
  MATCH (m:Meeting)
  WHERE m.date IS NULL AND NOT m IN meetings AND any(k IN m.${net.keys} WHERE k IN keys) ${and}
  WITH m ORDER BY m.id LIMIT $limit + 1
  RETURN collect(m) AS undated
}
WITH roots, seen, meetings, cut, want, expanded + dated + undated AS found
WITH roots, seen, meetings, cut OR size(found) > want AS cut, found[..want] AS added
CALL (added, seen) {
  UNWIND added AS m
  MATCH ${net.toEntity}
  WHERE NOT x IN seen
  RETURN collect(DISTINCT x) AS frontier
}
WITH roots, meetings + added AS meetings, frontier, seen + frontier AS seen, cut`;
}

// Lists rather than maps: the driver builds each map key by key with Object.defineProperty,
// which cost more than anything else in unpacking a graph's answer.
const ENTITY = `[coalesce(x.code, x.id), coalesce(x.name, x.code),
  CASE WHEN x:Person THEN 'PERSON' WHEN x:Country THEN 'COUNTRY' WHEN x:Place THEN 'PLACE' ELSE 'ORGANIZATION' END]`;

// Parties of a people network (whom its people represent) and places of meetings drawn as
// nodes are not reached by the walk: looked up once for the meetings taken.
const PARTIES = 'CALL (meetings) { UNWIND meetings AS m MATCH (m)-[:BETWEEN]->(x) RETURN collect(DISTINCT x) AS parties }';
const PLACES = 'CALL (meetings) { UNWIND meetings AS m MATCH (x:Place {id: m.placeId}) RETURN collect(DISTINCT x) AS places }';

function neighbourhoodQuery(kind: FocusKind, depth: number, filter: string, mode: GraphMode): string {
  const people = !(kind === 'COUNTRY' || kind === 'ORGANIZATION');
  const net = people ? NETWORK.people : NETWORK.parties;
  // A meeting or place focus already is the first hop.
  const hops = kind === 'MEETING' || kind === 'PLACE' ? depth - 1 : depth;
  const places = mode === 'MEETINGS';
  return `${seed(kind, net, filter)}
${Array.from({ length: hops }, () => hop(net, filter)).join('\n')}
${people ? PARTIES : 'WITH *, [] AS parties'}
${places ? PLACES : 'WITH *, [] AS places'}
RETURN [x IN roots | ${ENTITY}] AS roots, cut, [x IN seen + parties + places | ${ENTITY}] AS entities,
       [m IN meetings | [m.id, m.date, m.modality, m.sourceCount, m.${net.keys}, m.status,
                         ${people ? 'm.personSides' : '[]'}, ${places ? 'm.placeId' : 'null'}]] AS meetings`;
}

/** id, label, type */
type Entity = [string, string, string];

/** Edge types in the order the answer lists them (the sort is stable within a type). */
const EDGE_ORDER = ['MET', 'PLANNED', 'SAME_DELEGATION', 'ATTENDED', 'BETWEEN', 'REPRESENTS', 'LOCATED_IN'];

/** id, date, modality, sourceCount, member keys, status, the members' sides (people), place id. */
type MeetingRow = [string, string | null, string, number, string[], string, (string | null)[], string | null];

/** Which way each hop finds its meetings (see `hop`); tests compare them, the API uses 'auto'. */
export type Walk = 'auto' | 'expand' | 'scan';

export async function neighbourhood(
  store: Store,
  focus: { id: string; kind: FocusKind },
  depth: number,
  filter: MeetingFilter,
  limit: number,
  mode: GraphMode,
  walk: Walk = 'auto',
): Promise<NeighbourhoodGraph> {
  const f = meetingFilterCypher({ ...filter, text: null }, false);
  const cond = f.conditions.length ? whereClause(f.conditions).slice('WHERE '.length) : '';
  const [row] = await store.query<{ roots: Entity[]; cut: boolean; entities: Entity[]; meetings: MeetingRow[] }>(
    neighbourhoodQuery(focus.kind, depth, cond ? `(${cond})` : '', mode),
    { ...f.params, ...CAP_PARAMS, focus: focus.id, limit: int(limit), walk },
  );
  if (!row) return { nodes: [], edges: [], truncated: false };
  const people = !(focus.kind === 'COUNTRY' || focus.kind === 'ORGANIZATION');
  return { ...drawGraph(row.roots, row.entities, row.meetings, people, mode), truncated: row.cut };
}

/**
 * Nodes and typed edges from the meetings taken: people or parties first (roots before the
 * rest), then the parties people represent, then places; meetings last (meetings mode).
 */
function drawGraph(roots: Entity[], entities: Entity[], rows: MeetingRow[], people: boolean, mode: GraphMode): Omit<NeighbourhoodGraph, 'truncated'> {
  // Plain loops and literal objects: a Set, a spread and a sort per meeting cost 0.2 ms per
  // 200-meeting graph here, a tenth of the server's work for the request.
  const named = new Map<string, Entity>();
  for (const e of entities) named.set(e[0], e);
  const members = new Map<string, GraphNode>();
  const extras = new Map<string, GraphNode>();
  const node = (into: Map<string, GraphNode>, key: string): GraphNode => {
    let n = into.get(key);
    if (n === undefined) {
      const e = named.get(key);
      n = e ? { id: e[0], type: e[2], label: e[1], weight: 0 } : { id: key, type: 'UNKNOWN', label: key, weight: 0 };
      into.set(key, n);
    }
    return n;
  };
  for (const [id, label, type] of roots) members.set(id, { id, type, label, weight: 0 });
  const edges = new Map<string, GraphEdge>();
  const edge = (source: string, target: string, type: string): void => {
    const key = `${type}|${source}|${target}`;
    const e = edges.get(key);
    if (e) e.weight += 1;
    else edges.set(key, { source, target, type, weight: 1 });
  };
  const meetingNodes: GraphNode[] = [];
  for (const [id, date, modality, sourceCount, keys, status, sides, placeId] of rows) {
    const ids: string[] = [];
    const sideOf = new Map<string, string>();
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      if (!ids.includes(key)) ids.push(key);
      if (people && sides[i]) sideOf.set(key, sides[i] as string);
    }
    ids.sort();
    for (const key of ids) node(members, key).weight += 1;
    if (people) {
      // A party counts once per meeting however many of its people were there.
      const parties: string[] = [];
      for (const key of ids) {
        const party = sideOf.get(key);
        if (party === undefined) continue;
        edge(key, party, 'REPRESENTS');
        if (!parties.includes(party)) parties.push(party);
      }
      for (const party of parties) node(extras, party).weight += 1;
    }
    if (mode === 'MEETINGS') {
      const what = modality === 'in_person' ? 'meeting' : `${modality} call`;
      meetingNodes.push({ id, type: 'MEETING', label: `${date ?? 'undated'} ${status === 'planned' ? 'planned ' : ''}${what}`, weight: sourceCount });
      for (const key of ids) edge(key, id, people ? 'ATTENDED' : 'BETWEEN');
      if (placeId) {
        node(extras, placeId).weight += 1;
        edge(id, placeId, 'LOCATED_IN');
      }
    } else {
      const apart = status === 'planned' ? 'PLANNED' : 'MET';
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const a = ids[i] as string;
          const b = ids[j] as string;
          edge(a, b, sameSide(sideOf.get(a), sideOf.get(b)) ? 'SAME_DELEGATION' : apart);
        }
      }
    }
  }
  // Ties between participants first, then the links to meetings, parties and places.
  const rank = (e: GraphEdge): number => EDGE_ORDER.indexOf(e.type);
  return { nodes: [...members.values(), ...extras.values(), ...meetingNodes], edges: [...edges.values()].sort((x, y) => rank(x) - rank(y)) };
}
