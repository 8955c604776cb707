/**
 * Turns a meeting filter into Cypher: a starting pattern that binds `m` (chosen from a fixed
 * set, most selective first) and WHERE conditions for every criterion given. Only these
 * constant fragments are ever joined; every value travels as a parameter.
 */

export interface PartyCode {
  code: string;
  kind: 'COUNTRY' | 'ORGANIZATION';
}

export interface MeetingFilter {
  parties?: PartyCode[] | null;
  people?: string[] | null;
  topics?: string[] | null;
  from?: string | null;
  to?: string | null;
  place?: string | null;
  modality?: string | null;
  status?: string | null;
  /** Already escaped for Lucene. */
  text?: string | null;
}

export interface FilterCypher {
  /** Binds `m` (distinct meetings). */
  start: string;
  /** Conditions on `m`, to join with AND (possibly empty). */
  conditions: string[];
  params: Record<string, unknown>;
}

const START = {
  text: `CALL db.index.fulltext.queryNodes('article_fulltext', $f_text) YIELD node
MATCH (node)-[:REPORTS]->(m:Meeting)
WITH DISTINCT m`,
  person: `MATCH (:Person {id: $f_people[0]})-[:ATTENDED]->(m:Meeting)
WITH DISTINCT m`,
  place: `MATCH (:Place {id: $f_place})<-[:HELD_IN]-(m:Meeting)
WITH DISTINCT m`,
  country: `MATCH (:Country {code: $f_countries[0]})<-[:BETWEEN]-(m:Meeting)`,
  organization: `MATCH (:Organization {code: $f_orgs[0]})<-[:BETWEEN]-(m:Meeting)`,
  all: 'MATCH (m:Meeting)',
} as const;

// The first country, organisation or person is already bound by the start pattern when it
// is the start: the conditions check the others only ([1..]), sparing a pattern per meeting.
const CONDITION = {
  countries: (from: number) => `ALL(c IN $f_countries[${from}..] WHERE EXISTS { (m)-[:BETWEEN]->(:Country {code: c}) })`,
  orgs: (from: number) => `ALL(o IN $f_orgs[${from}..] WHERE EXISTS { (m)-[:BETWEEN]->(:Organization {code: o}) })`,
  people: (from: number) => `ALL(pid IN $f_people[${from}..] WHERE EXISTS { (:Person {id: pid})-[:ATTENDED]->(m) })`,
  topics: 'EXISTS { MATCH (m)-[:ABOUT]->(t:Topic) WHERE t.name IN $f_topics }',
  // A month or year date overlaps a day range: compare on the meeting date's own precision.
  from: 'm.date IS NOT NULL AND m.date >= left($f_from, size(m.date))',
  to: 'm.date IS NOT NULL AND m.date <= left($f_to, size(m.date))',
  place: 'm.placeId = $f_place',
  modality: 'm.modality = $f_modality',
  status: 'm.status = $f_status',
} as const;

const given = <T>(v: T[] | null | undefined): v is T[] => Array.isArray(v) && v.length > 0;

/**
 * `start` is used by callers that match from it; `conditions` alone (startUsed false) hold
 * every criterion, for callers that bind `m` themselves.
 */
export function meetingFilterCypher(f: MeetingFilter = {}, startUsed = true): FilterCypher {
  const countries = (f.parties ?? []).filter((p) => p.kind === 'COUNTRY').map((p) => p.code);
  const orgs = (f.parties ?? []).filter((p) => p.kind === 'ORGANIZATION').map((p) => p.code);
  const params: Record<string, unknown> = {
    f_text: f.text ?? null,
    f_people: f.people ?? [],
    f_place: f.place ?? null,
    f_countries: countries,
    f_orgs: orgs,
    f_topics: f.topics ?? [],
    f_from: f.from ?? null,
    f_to: f.to ?? null,
    f_modality: f.modality ?? null,
    f_status: f.status ?? null,
  };
  const start = f.text
    ? START.text
    : given(f.people)
      ? START.person
      : f.place
        ? START.place
        : countries.length
          ? START.country
          : orgs.length
            ? START.organization
            : START.all;
  const conditions: string[] = [];
  // Properties first: they are cheaper to test than patterns.
  if (f.from) conditions.push(CONDITION.from);
  if (f.to) conditions.push(CONDITION.to);
  if (f.place) conditions.push(CONDITION.place);
  if (f.modality) conditions.push(CONDITION.modality);
  if (f.status) conditions.push(CONDITION.status);
  const bound = (s: string): number => (startUsed && start === s ? 1 : 0);
  if (countries.length > bound(START.country)) conditions.push(CONDITION.countries(bound(START.country)));
  if (orgs.length > bound(START.organization)) conditions.push(CONDITION.orgs(bound(START.organization)));
  if (given(f.people) && f.people.length > bound(START.person)) conditions.push(CONDITION.people(bound(START.person)));
  if (given(f.topics)) conditions.push(CONDITION.topics);
  return { start, conditions, params };
}

export function whereClause(conditions: string[]): string {
  return conditions.length ? `WHERE ${conditions.join('\n  AND ')}` : '';
}
