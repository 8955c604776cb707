import { LEADER_ROLES, MINISTER_ROLE_PATTERN, type ParticipantLevel } from '../../resolve/participant-levels.js';

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
  /** Each set must be represented by at least one of its parties (a region group's members). */
  partyGroups?: PartyCode[][] | null;
  /** At least one of these parties takes part. */
  anyParties?: PartyCode[] | null;
  /** 'standalone' or 'sidelines', as stored. */
  settingKind?: string | null;
  /** `matchKey`-folded words the summit or forum name contains. */
  summit?: string | null;
  /** ISO code of the country whose people received the visitors (side host). */
  hostCountry?: string | null;
  /** ISO code of the country of the meeting's place. */
  placeCountry?: string | null;
  /** At least one participant at one of these levels (src/resolve/participant-levels.ts). */
  levels?: ParticipantLevel[] | null;
  minSources?: number | null;
  /** true: sources disagree on something; false: they agree on everything. */
  disputed?: boolean | null;
  /** With a date range: keep undated meetings too (they are left out otherwise). */
  includeUndated?: boolean | null;
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
  // A date overlaps the range when it does at the coarser of the two precisions: "2024" is
  // within from: "2024-05-03", and "2024-05-03" within to: "2024" (so `to` cuts both dates).
  from: 'm.date IS NOT NULL AND m.date >= left($f_from, size(m.date))',
  to: 'm.date IS NOT NULL AND left(m.date, size($f_to)) <= left($f_to, size(m.date))',
  fromOrUndated: '(m.date IS NULL OR m.date >= left($f_from, size(m.date)))',
  toOrUndated: '(m.date IS NULL OR left(m.date, size($f_to)) <= left($f_to, size(m.date)))',
  place: 'm.placeId = $f_place',
  modality: 'm.modality = $f_modality',
  status: 'm.status = $f_status',
  settingKind: 'm.settingKind = $f_settingKind',
  // The stored name folded as matchKey folds the asked one, except diacritics (summit names are ASCII).
  summit: "replace(replace(toLower(coalesce(m.settingEvent, '')), '-', ' '), '.', '') CONTAINS $f_summit",
  minSources: 'm.sourceCount >= $f_minSources',
  disputed: '(size(coalesce(m.disputed, [])) > 0) = $f_disputed',
  placeCountry: 'EXISTS { (:Place {id: m.placeId})-[:IN]->(:Country {code: $f_placeCountry}) }',
  hostCountry: "EXISTS { MATCH (:Person)-[at:ATTENDED]->(m) WHERE at.side = 'host' AND at.country = $f_hostCountry }",
  levels: `EXISTS { MATCH (:Person)-[at:ATTENDED]->(m)
    WHERE CASE WHEN at.organization IS NOT NULL THEN 'OTHER'
               WHEN toLower(coalesce(at.role, '')) IN $f_leaderRoles THEN 'HEAD_OF_STATE_OR_GOVERNMENT'
               WHEN toLower(coalesce(at.role, '')) =~ $f_ministerRole THEN 'MINISTER'
               ELSE 'OTHER' END IN $f_levels }`,
  partyGroups: `ALL(g IN $f_groups WHERE EXISTS {
    MATCH (m)-[:BETWEEN]->(x) WHERE (x:Country AND x.code IN g.countries) OR (x:Organization AND x.code IN g.orgs) })`,
  anyParties: `EXISTS { MATCH (m)-[:BETWEEN]->(x)
    WHERE (x:Country AND x.code IN $f_anyCountries) OR (x:Organization AND x.code IN $f_anyOrgs) }`,
} as const;

const codesOf = (parties: PartyCode[], kind: PartyCode['kind']): string[] =>
  parties.filter((p) => p.kind === kind).map((p) => p.code);

const given = <T>(v: T[] | null | undefined): v is T[] => Array.isArray(v) && v.length > 0;

/**
 * `start` is used by callers that match from it; `conditions` alone (startUsed false) hold
 * every criterion, for callers that bind `m` themselves.
 */
export function meetingFilterCypher(f: MeetingFilter = {}, startUsed = true): FilterCypher {
  const countries = codesOf(f.parties ?? [], 'COUNTRY');
  const orgs = codesOf(f.parties ?? [], 'ORGANIZATION');
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
    f_settingKind: f.settingKind ?? null,
    f_summit: f.summit ?? null,
    f_minSources: f.minSources ?? null,
    f_disputed: f.disputed ?? null,
    f_placeCountry: f.placeCountry ?? null,
    f_hostCountry: f.hostCountry ?? null,
    f_levels: f.levels ?? [],
    f_leaderRoles: LEADER_ROLES,
    f_ministerRole: MINISTER_ROLE_PATTERN,
    f_groups: (f.partyGroups ?? []).map((g) => ({ countries: codesOf(g, 'COUNTRY'), orgs: codesOf(g, 'ORGANIZATION') })),
    f_anyCountries: codesOf(f.anyParties ?? [], 'COUNTRY'),
    f_anyOrgs: codesOf(f.anyParties ?? [], 'ORGANIZATION'),
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
  if (f.from) conditions.push(f.includeUndated ? CONDITION.fromOrUndated : CONDITION.from);
  if (f.to) conditions.push(f.includeUndated ? CONDITION.toOrUndated : CONDITION.to);
  if (f.place) conditions.push(CONDITION.place);
  if (f.modality) conditions.push(CONDITION.modality);
  if (f.status) conditions.push(CONDITION.status);
  if (f.settingKind) conditions.push(CONDITION.settingKind);
  if (f.summit) conditions.push(CONDITION.summit);
  if (f.minSources) conditions.push(CONDITION.minSources);
  if (f.disputed !== null && f.disputed !== undefined) conditions.push(CONDITION.disputed);
  if (f.placeCountry) conditions.push(CONDITION.placeCountry);
  if (f.hostCountry) conditions.push(CONDITION.hostCountry);
  if (given(f.levels)) conditions.push(CONDITION.levels);
  if (given(f.partyGroups)) conditions.push(CONDITION.partyGroups);
  if (given(f.anyParties)) conditions.push(CONDITION.anyParties);
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

/** Undated meetings a date range leaves out: those meeting every other criterion. */
export function undatedLeftOut(f: MeetingFilter): FilterCypher | null {
  if ((!f.from && !f.to) || f.includeUndated) return null;
  const rest = meetingFilterCypher({ ...f, from: null, to: null });
  return { ...rest, conditions: ['m.date IS NULL', ...rest.conditions] };
}
