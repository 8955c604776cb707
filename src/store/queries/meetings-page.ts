/**
 * One page of meetings matching a filter, newest first (undated last, then by id), with the
 * total count: one round trip. Pages are keyset-based, so a page does not shift when
 * meetings are added before it.
 */
import type { Store } from '../driver.js';
import { ALL_PARTS, meetingMap, shapeMeeting, type Meeting, type MeetingParts } from './meeting-projection.js';
import { meetingFilterCypher, whereClause, type MeetingFilter } from './meeting-filter.js';
import { int, rows } from './run.js';

/** Position of a meeting in the newest-first order. */
export interface MeetingKey {
  date: string;
  id: string;
}

export interface MeetingPage {
  totalCount: number;
  meetings: Meeting[];
  keys: MeetingKey[];
  hasNextPage: boolean;
}

const pageQuery = (start: string, where: string, parts: MeetingParts): string => `
${start}
${where}
WITH m ORDER BY coalesce(m.date, '') DESC, m.id
WITH collect(m) AS matched
WITH size(matched) AS totalCount,
     [x IN matched WHERE $after IS NULL
        OR coalesce(x.date, '') < $after.date
        OR (coalesce(x.date, '') = $after.date AND x.id > $after.id)][..$take] AS page
CALL (page) {
  UNWIND page AS m
  WITH ${meetingMap(parts)} AS meeting
  RETURN collect(meeting) AS meetings
}
RETURN totalCount, meetings`;

export async function meetingsPage(
  store: Store,
  filter: MeetingFilter,
  first: number,
  after: MeetingKey | null,
  parts: MeetingParts = ALL_PARTS,
): Promise<MeetingPage> {
  const f = meetingFilterCypher(filter);
  const [row] = await store.read((tx) =>
    rows<{ totalCount: number; meetings: unknown[] }>(tx, pageQuery(f.start, whereClause(f.conditions), parts), {
      ...f.params,
      after,
      take: int(first + 1),
    }),
  );
  const all = (row?.meetings ?? []).map(shapeMeeting);
  const meetings = all.slice(0, first);
  return {
    totalCount: row?.totalCount ?? 0,
    meetings,
    keys: meetings.map((m) => ({ date: m.date ?? '', id: m.id })),
    hasNextPage: all.length > first,
  };
}
