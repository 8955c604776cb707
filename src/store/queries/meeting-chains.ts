/**
 * Shortest chains of meetings between two people (through ATTENDED) or two parties
 * (through BETWEEN), in one round trip. Every step is one meeting of the scope asked (held
 * by default) in which the two it links were on different sides: two members of one
 * delegation did not meet. The step's conditions sit inside the quantified path pattern, so
 * Neo4j checks them while it searches rather than filtering the shortest paths afterwards
 * (which would miss longer valid chains). Each article adds its own ATTENDED edge, so the
 * same chain can come back once per combination of reports: chains are deduplicated by the
 * nodes they pass.
 */
import type { Store } from '../driver.js';
import type { MeetingRef } from './meeting-projection.js';
import { onOtherSides } from './sides.js';
import { statusesOf, type StatusScope } from './status-scope.js';


export type ChainEnd = 'PERSON' | 'COUNTRY' | 'ORGANIZATION';

export interface Chain {
  hops: number;
  via: string[];
  meetings: MeetingRef[];
}

// One step of a chain, from x to y through meeting m.
const PEOPLE_STEP = `(x:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(y:Person)
  WHERE m.status IN $statuses AND x <> y AND ${onOtherSides('m', 'x.id', 'y.id')}`;
const PARTIES_STEP = '(x)<-[:BETWEEN]-(m:Meeting)-[:BETWEEN]->(y) WHERE m.status IN $statuses';

const END = {
  PERSON: { a: '(a:Person {id: $from})', b: '(b:Person {id: $to})', step: PEOPLE_STEP, name: 'n.name' },
  COUNTRY: { a: '(a:Country {code: $from})', b: '(b:Country {code: $to})', step: PARTIES_STEP, name: 'coalesce(n.name, n.code)' },
  ORGANIZATION: {
    a: '(a:Organization {code: $from})',
    b: '(b:Organization {code: $to})',
    step: PARTIES_STEP,
    name: 'coalesce(n.name, n.code)',
  },
} as const;

/** Enough raw paths to find `first` distinct chains when reports multiply the edges. */
const RAW_PATHS = 500;

function chainsQuery(fromKind: ChainEnd, toKind: ChainEnd, maxHops: number): string {
  const from = END[fromKind];
  const to = END[toKind];
  // Quantifier bounds cannot be parameters; maxHops is a validated integer 1..4.
  const hops = String(Math.max(1, Math.min(4, Math.trunc(maxHops))));
  return `
MATCH ${from.a}
MATCH ${to.b}
MATCH p = ALL SHORTEST (a) (${from.step}){1,${hops}} (b)
WITH p LIMIT ${RAW_PATHS}
RETURN [n IN nodes(p) | CASE WHEN n:Meeting
  THEN {meeting: n {.id, .date, .status, .modality}}
  ELSE {name: ${from.name}} END] AS steps`;
}

export async function meetingChains(
  store: Store,
  from: { id: string; kind: ChainEnd },
  to: { id: string; kind: ChainEnd },
  ask: { maxHops: number; first: number; scope: StatusScope },
): Promise<Chain[]> {
  const { maxHops, first } = ask;
  const raw = await store.query<{ steps: { meeting?: MeetingRef; name?: string }[] }>(chainsQuery(from.kind, to.kind, maxHops), {
    from: from.id,
    to: to.id,
    statuses: statusesOf(ask.scope),
  });
  const chains = new Map<string, Chain>();
  for (const { steps } of raw) {
    const meetings = steps.flatMap((s) => (s.meeting ? [s.meeting] : []));
    const via = steps.flatMap((s) => (s.meeting ? [] : [String(s.name)]));
    const key = `${via.join('>')}|${meetings.map((m) => m.id).join('>')}`;
    if (!chains.has(key)) chains.set(key, { hops: meetings.length, via, meetings });
  }
  // Most recent chains first: by the date of their oldest meeting, newest first.
  const oldest = (c: Chain): string => c.meetings.map((m) => m.date ?? '').sort()[0] ?? '';
  return [...chains.entries()]
    .sort(([ka, a], [kb, b]) => (oldest(b) > oldest(a) ? 1 : oldest(b) < oldest(a) ? -1 : ka < kb ? -1 : 1))
    .slice(0, first)
    .map(([, c]) => c);
}
