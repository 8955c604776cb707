/**
 * One page of meetings matching a filter, in an order (newest first unless asked, undated
 * last, then by id; meeting-order.ts), with the total count: one round trip, shared with
 * concurrent pages of the same filter shape and order (batched-reads.ts). Pages are
 * keyset-based, so a page does not shift when meetings are added before it.
 */
import type { Store } from '../driver.js';
import { ALL_PARTS, meetingMap, shapeMeeting, type MeetingView, type MeetingParts } from './meeting-projection.js';
import { meetingFilterCypher, whereClause, type MeetingFilter } from './meeting-filter.js';
import { afterCypher, compareIn, isAfter, NEWEST_FIRST, orderByCypher, type MeetingOrder, type SortValue } from './meeting-order.js';
import { readCard } from '../meeting-cards.js';
import { batchedQuery } from '../batched-reads.js';
import { int } from './run.js';

export interface MeetingPage {
  totalCount: number;
  meetings: MeetingView[];
  hasNextPage: boolean;
}

/** Where a page starts: after the meeting at `position` (its sort key values, meeting-order.ts). */
export type PagePosition = SortValue[] | null;

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

const pageQuery = (start: string, where: string, order: MeetingOrder, parts: MeetingParts): string => `
${start}
${where}
WITH m ORDER BY ${orderByCypher(order, 'm')}
WITH collect(m) AS matched
WITH size(matched) AS totalCount,
     [x IN matched WHERE $after IS NULL OR ${afterCypher(order, 'x', '$after')}][..$take] AS page
${projectPage(parts)}`;

export async function meetingsPage(
  store: Store,
  filter: MeetingFilter,
  page: { first: number; after: PagePosition; order?: MeetingOrder },
  parts: MeetingParts = ALL_PARTS,
): Promise<MeetingPage> {
  const f = meetingFilterCypher(filter);
  const [row] = await batchedQuery<{ totalCount: number; meetings: unknown[] | null; cards: string[] | null }>(
    store,
    pageQuery(f.start, whereClause(f.conditions), page.order ?? NEWEST_FIRST, parts),
    PAGE_COLUMNS,
    { ...f.params, after: page.after, take: int(page.first + 1) },
  );
  const found: MeetingView[] = row?.cards ? row.cards.map(readCard) : (row?.meetings ?? []).map(shapeMeeting);
  return toPage(row?.totalCount ?? 0, found, page.first);
}

/** A page from the meetings after the cursor, one more than fit if there are more. */
function toPage(totalCount: number, rest: MeetingView[], first: number): MeetingPage {
  return { totalCount, meetings: rest.slice(0, first), hasNextPage: rest.length > first };
}

/** A page of meetings already fetched (a bilateral's cards), in the order and with the cursors of `meetingsPage`. */
export function pageOf(meetings: MeetingView[], page: { first: number; after: PagePosition; order?: MeetingOrder }): MeetingPage {
  const order = page.order ?? NEWEST_FIRST;
  const sorted = [...meetings].sort(compareIn(order));
  const after = page.after;
  const rest = after ? sorted.filter((m) => isAfter(order, m, after)) : sorted;
  return toPage(sorted.length, rest, page.first);
}
