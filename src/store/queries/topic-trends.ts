/** Meetings per topic per month or year: one round trip, grouped in the database. */
import type { Store } from '../driver.js';
import { meetingFilterCypher, whereClause, type MeetingFilter } from './meeting-filter.js';
import { int } from './run.js';

export interface TopicSeries {
  topic: string;
  total: number;
  points: { period: string; count: number }[];
}

// Month buckets need a month- or day-precise date; year buckets take any date.
const trendsQuery = (start: string, where: string): string => `
${start}
${where}
WITH m WHERE m.date IS NOT NULL AND size(m.date) >= $width
MATCH (m)-[:ABOUT]->(t:Topic)
WHERE $topicNames IS NULL OR t.name IN $topicNames
WITH t.name AS topic, left(m.date, $width) AS period, count(DISTINCT m) AS count
ORDER BY topic, period
WITH topic, collect({period: period, count: count}) AS points
RETURN topic, reduce(s = 0, p IN points | s + p.count) AS total, points
ORDER BY total DESC, topic`;

export async function topicTrends(
  store: Store,
  filter: MeetingFilter,
  topicNames: string[] | null,
  interval: 'MONTH' | 'YEAR',
): Promise<TopicSeries[]> {
  const f = meetingFilterCypher({ ...filter, topics: null });
  return store.query<TopicSeries>(trendsQuery(f.start, whereClause(f.conditions)), {
      ...f.params,
      topicNames,
      width: int(interval === 'MONTH' ? 7 : 4),
  });
}
