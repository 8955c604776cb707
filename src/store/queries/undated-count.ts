/** How many undated meetings a filter's date range left out: what `undatedExcluded` reports. */
import type { Store } from '../driver.js';
import { undatedLeftOut, whereClause, type MeetingFilter } from './meeting-filter.js';

export async function undatedCount(store: Store, filter: MeetingFilter): Promise<number> {
  const f = undatedLeftOut(filter);
  if (!f) return 0;
  const [row] = await store.query<{ n: number }>(`${f.start}\n${whereClause(f.conditions)}\nRETURN count(DISTINCT m) AS n`, f.params);
  return Number(row?.n ?? 0);
}
