/**
 * Cypher shared by the node queries (person, country, place) and the ranked lists read a
 * page at a time (ranked-pages.ts): meeting counts per status scope, and ties (counterparts,
 * partners) ranked by how often they met.
 */
import type { MeetingRef, PartyRef, PersonRef } from './meeting-projection.js';
import { scopeParams, type ByScope, type StatusScope } from './status-scope.js';

/** Every scope: a node's counts are cheap, so each node query answers all three at once. */
export const ALL_SCOPES = scopeParams(['HELD', 'PLANNED', 'BOTH']);

/** Expects `statuses` (the status of each of the node's meetings); returns `counts` per scope of `$scopes`. */
export const COUNTS_BY_SCOPE = `[s IN $scopes | {scope: s.name, count: size([x IN statuses WHERE x IN s.statuses])}]`;

export function countsByScope(raw: { scope: StatusScope; count: number }[]): ByScope<number> {
  return Object.fromEntries(raw.map((c) => [c.scope, c.count])) as ByScope<number>;
}

/** A brief meeting (MeetingRef) of the first (or last) meeting of a list that meets a condition, or null. */
const refIn = (pick: 'head' | 'last', list: string, where = 'true'): string =>
  `${pick}([m IN ${list} WHERE ${where} | m {.id, .date, .status, .modality}])`;

/** Whether meeting `m` lies in [$from, $to]: a month or year date counts when it overlaps. */
const IN_RANGE = (m: string): string =>
  `($from IS NULL OR (${m}.date IS NOT NULL AND ${m}.date >= left($from, size(${m}.date))))
   AND ($to IS NULL OR (${m}.date IS NOT NULL AND left(${m}.date, size($to)) <= left($to, size(${m}.date))))`;

/**
 * Expects `x` (the other person or party) and `together` (their meetings with the node,
 * newest first). Returns `total` (how many others met the node in a meeting of status
 * `$statuses` in [$from, $to]) and `rows`: those ranked from `$skip`, `$take` of them, most
 * meetings first, with the latest of them, the latest held meeting and the soonest planned
 * one dated `$today` or later (those two whatever the scope and period).
 * `who` projects the other (given its variable); `tieBreak` orders equals, on `x`, uniquely.
 */
export function rankedTies(who: (v: string) => string, tieBreak: string): string {
  return `
WITH x, together, [m IN together WHERE m.status IN $statuses AND ${IN_RANGE('m')}] AS counted
WHERE size(counted) > 0
WITH x, together, counted ORDER BY size(counted) DESC, coalesce(counted[0].date, '') DESC, ${tieBreak}
WITH collect({who: ${who('x')}, together: together, counted: counted}) AS ranked
RETURN size(ranked) AS total, [t IN ranked[$skip..$skip + $take] | {
  who: t.who,
  count: size(t.counted),
  lastMeeting: ${refIn('head', 't.counted')},
  lastHeldMeeting: ${refIn('head', 't.together', "m.status = 'held'")},
  nextPlannedMeeting: ${refIn('last', 't.together', "m.status = 'planned' AND m.date >= left($today, size(m.date))")}
}] AS rows`;
}

export interface TieRow<W> {
  who: W;
  count: number;
  lastMeeting: MeetingRef;
  lastHeldMeeting: MeetingRef | null;
  nextPlannedMeeting: MeetingRef | null;
}

export type PartnerRow = Omit<TieRow<PartyRef>, 'who'> & { party: PartyRef };
export type CounterpartRow = Omit<TieRow<PersonRef>, 'who'> & { person: PersonRef };

/** A party (PartyRef) of the node in `v`. */
export const partyOf = (v: string): string =>
  `{code: ${v}.code, name: ${v}.name, kind: CASE WHEN ${v}:Country THEN 'COUNTRY' ELSE 'ORGANIZATION' END}`;
