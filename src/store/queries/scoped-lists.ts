/**
 * Cypher shared by the node queries (person, country, place) and `partners`: lists and
 * counts of meetings per status scope, and ties (counterparts, partners) ranked per scope,
 * so one round trip answers every scope a query asks for (aliases may ask for several).
 * Parameters: `$scopes` (scopeParams), `$take`, and for ties `$today`, `$from`, `$to`.
 */
import { MEETING_MAP, shapeMeeting, type Meeting, type MeetingRef, type PartyRef, type PersonRef } from './meeting-projection.js';
import { int } from './run.js';
import { scopeParams, type ByScope, type StatusScope } from './status-scope.js';

/** What the lists of a node query are asked for: the scopes, how many of each, and the day "next" runs from. */
export interface ScopedAsk {
  scopes: StatusScope[];
  take: number;
  /** ISO day: planned meetings dated this day or later are upcoming. */
  today: string;
}

/** `lists` as SCOPED_NEWEST binds it. */
export type ScopedLists = { scope: StatusScope; count: number; ids: string[] }[];

/** The parameters SCOPED_NEWEST and rankedTies read, for a node's lists and ties over all time. */
export function scopedParams(ask: ScopedAsk): Record<string, unknown> {
  return { scopes: scopeParams(ask.scopes), take: int(ask.take), today: ask.today, from: null, to: null };
}

/** A brief meeting (MeetingRef) of the first (or last) meeting of a list that meets a condition, or null. */
const refIn = (pick: 'head' | 'last', list: string, where = 'true'): string =>
  `${pick}([m IN ${list} WHERE ${where} | m {.id, .date, .status, .modality}])`;

/**
 * Expects `all`: the node's meetings, newest first. Binds `lists` (per scope: how many, and
 * the ids of the newest `$take`) and `newest` (those meetings of every scope, each once, to
 * project them once).
 */
export const SCOPED_NEWEST = `
CALL (all) {
  UNWIND $scopes AS scope
  WITH scope, [m IN all WHERE m.status IN scope.statuses] AS matched
  WITH scope, size(matched) AS count, matched[..$take] AS newest
  RETURN collect({scope: scope.name, count: count, ids: [m IN newest | m.id]}) AS lists,
         reduce(acc = [], ms IN collect(newest) | acc + [m IN ms WHERE NOT m IN acc]) AS newest
}`;

/** Follows SCOPED_NEWEST: projects the meetings bound to `newest` into `meetings`. */
export const PROJECT_NEWEST = `CALL (newest) {
  UNWIND newest AS m
  WITH ${MEETING_MAP} AS meeting
  RETURN collect(meeting) AS meetings
}`;

/** Whether meeting `m` lies in [$from, $to]: a month or year date counts when it overlaps. */
const IN_RANGE = (m: string): string =>
  `($from IS NULL OR (${m}.date IS NOT NULL AND ${m}.date >= left($from, size(${m}.date))))
   AND ($to IS NULL OR (${m}.date IS NOT NULL AND left(${m}.date, size($to)) <= left($to, size(${m}.date))))`;

/**
 * Expects `x` (the other person or party) and `together` (their meetings with the node,
 * newest first). Returns `ties`: per scope, the `$take` others with most meetings of that
 * scope in [$from, $to], with the latest of them, the latest held meeting and the soonest
 * planned one dated `$today` or later (those two whatever the scope and period).
 * `who` projects the other (given its variable); `tieBreak` orders equals, on `x`.
 */
export function rankedTies(who: (v: string) => string, tieBreak: string): string {
  return `
UNWIND $scopes AS scope
WITH scope, x, together, [m IN together WHERE m.status IN scope.statuses AND ${IN_RANGE('m')}] AS counted
WHERE size(counted) > 0
WITH scope, x, together, counted ORDER BY size(counted) DESC, coalesce(counted[0].date, '') DESC, ${tieBreak}
WITH scope, collect({who: ${who('x')}, together: together, counted: counted})[..$take] AS top
RETURN collect({scope: scope.name, rows: [t IN top | {
  who: t.who,
  count: size(t.counted),
  lastMeeting: ${refIn('head', 't.counted')},
  lastHeldMeeting: ${refIn('head', 't.together', "m.status = 'held'")},
  nextPlannedMeeting: ${refIn('last', 't.together', "m.status = 'planned' AND m.date >= left($today, size(m.date))")}
}]}) AS ties`;
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

/** Rows per scope, as `rankedTies` returns them, with `who` under the caller's name. */
export function tiesByScope<W, K extends string>(
  raw: { scope: StatusScope; rows: TieRow<W>[] }[],
  key: K,
): ByScope<(Omit<TieRow<W>, 'who'> & Record<K, W>)[]> {
  const out: ByScope<(Omit<TieRow<W>, 'who'> & Record<K, W>)[]> = {};
  for (const { scope, rows } of raw) {
    out[scope] = rows.map(({ who, ...rest }) => ({ ...rest, [key]: who }) as Omit<TieRow<W>, 'who'> & Record<K, W>);
  }
  return out;
}

/** Lists per scope from `SCOPED_NEWEST`, with the projected meetings put back in order. */
export function listsByScope<M extends { id: string }>(
  lists: ScopedLists,
  projected: M[],
): { counts: ByScope<number>; meetings: ByScope<M[]> } {
  const byId = new Map(projected.map((m) => [m.id, m]));
  const counts: ByScope<number> = {};
  const meetings: ByScope<M[]> = {};
  for (const l of lists) {
    counts[l.scope] = l.count;
    meetings[l.scope] = l.ids.flatMap((id) => {
      const m = byId.get(id);
      return m ? [m] : [];
    });
  }
  return { counts, meetings };
}

/**
 * A node as SCOPED_NEWEST and PROJECT_NEWEST return it (`lists`, projected `meetings`), with
 * its meetings counted and listed per scope instead.
 */
export function withScopedMeetings<T extends { lists: ScopedLists; meetings: unknown[] }>(
  raw: T,
): Omit<T, 'lists' | 'meetings'> & { meetingCount: ByScope<number>; meetings: ByScope<Meeting[]> } {
  const { lists, meetings, ...node } = raw;
  const scoped = listsByScope(lists, meetings.map(shapeMeeting));
  return { ...node, meetingCount: scoped.counts, meetings: scoped.meetings };
}
