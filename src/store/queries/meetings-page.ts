/**
 * One page of meetings matching a filter, newest first (undated last, then by id), with the
 * total count: one round trip, shared with concurrent pages of the same filter shape
 * (batched-reads.ts). Pages are keyset-based, so a page does not shift when meetings are
 * added before it.
 */
import type { Store } from '../driver.js';
import { ALL_PARTS, meetingMap, shapeMeeting, type Meeting, type MeetingParts } from './meeting-projection.js';
import { meetingFilterCypher, whereClause, type MeetingFilter } from './meeting-filter.js';
import { readCard } from '../meeting-cards.js';
import { batchedQuery } from '../batched-reads.js';
import { int } from './run.js';

/** Position of a meeting in the newest-first order. */
export interface MeetingKey {
  date: string;
  id: string;
}

/** A meeting's position in the newest-first order: what a cursor encodes. */
export function keyOf(m: Meeting): MeetingKey {
  return { date: m.date ?? '', id: m.id };
}

export interface MeetingPage {
  totalCount: number;
  meetings: Meeting[];
  hasNextPage: boolean;
}

/** Expects `totalCount` and `page`; without evidence or corrections a page is its cards. */
const projectPage = (parts: MeetingParts): string =>
  parts.evidence || parts.corrections
    ? `CALL (page) {
  UNWIND page AS m
  WITH ${meetingMap(parts)} AS meeting
  RETURN collect(meeting) AS meetings
}
RETURN totalCount, meetings, null AS cards`
    : 'RETURN totalCount, null AS meetings, [m IN page | m.card] AS cards';

const PAGE_COLUMNS = ['totalCount', 'meetings', 'cards'];

const pageQuery = (start: string, where: string, parts: MeetingParts): string => `
${start}
${where}
WITH m ORDER BY coalesce(m.date, '') DESC, m.id
WITH collect(m) AS matched
WITH size(matched) AS totalCount,
     [x IN matched WHERE $after IS NULL
        OR coalesce(x.date, '') < $after.date
        OR (coalesce(x.date, '') = $after.date AND x.id > $after.id)][..$take] AS page
${projectPage(parts)}`;

export async function meetingsPage(
  store: Store,
  filter: MeetingFilter,
  first: number,
  after: MeetingKey | null,
  parts: MeetingParts = ALL_PARTS,
): Promise<MeetingPage> {
  const f = meetingFilterCypher(filter);
  const [row] = await batchedQuery<{ totalCount: number; meetings: unknown[] | null; cards: string[] | null }>(
    store,
    pageQuery(f.start, whereClause(f.conditions), parts),
    PAGE_COLUMNS,
    { ...f.params, after, take: int(first + 1) },
  );
  const found: Meeting[] = row?.cards ? row.cards.map(readCard) : (row?.meetings ?? []).map(shapeMeeting);
  return toPage(row?.totalCount ?? 0, found, first);
}

/** A page from the meetings after the cursor, newest first, one more than fit if there are more. */
function toPage(totalCount: number, rest: Meeting[], first: number): MeetingPage {
  const meetings = rest.slice(0, first);
  return {
    totalCount,
    meetings,
    hasNextPage: rest.length > first,
  };
}

/** The newest-first order of `pageQuery`, for meetings already at hand. */
function newestFirst(x: Meeting, y: Meeting): number {
  const dx = x.date ?? '';
  const dy = y.date ?? '';
  if (dx !== dy) return dx > dy ? -1 : 1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/** A page of meetings already fetched (a bilateral's cards), in the order and with the cursors of `meetingsPage`. */
export function pageOf(meetings: Meeting[], first: number, after: MeetingKey | null): MeetingPage {
  const sorted = [...meetings].sort(newestFirst);
  const rest = after
    ? sorted.filter((m) => (m.date ?? '') < after.date || ((m.date ?? '') === after.date && m.id > after.id))
    : sorted;
  return toPage(sorted.length, rest, first);
}
