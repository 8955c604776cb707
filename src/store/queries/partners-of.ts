/** The parties a country met most in a period, with counts and the latest meeting: one round trip. */
import type { Store } from '../driver.js';
import { MEETING_REF } from './meeting-projection.js';
import type { PartnerRow } from './entity-details.js';
import { int } from './run.js';

const PARTNERS_OF = `
MATCH (c:Country {code: $code})<-[:BETWEEN]-(m:Meeting)-[:BETWEEN]->(x)
WHERE x <> c
  AND ($from IS NULL OR (m.date IS NOT NULL AND m.date >= left($from, size(m.date))))
  AND ($to IS NULL OR (m.date IS NOT NULL AND m.date <= left($to, size(m.date))))
WITH x, m ORDER BY coalesce(m.date, '') DESC, m.id
WITH x, collect(m) AS together
WITH x, size(together) AS count, head(together) AS m
ORDER BY count DESC, coalesce(m.date, '') DESC, x.code
LIMIT $take
RETURN {code: x.code, name: x.name, kind: CASE WHEN x:Country THEN 'COUNTRY' ELSE 'ORGANIZATION' END} AS party,
       count, ${MEETING_REF} AS lastMeeting`;

export async function partnersOf(
  store: Store,
  code: string,
  range: { from: string | null; to: string | null },
  take: number,
): Promise<PartnerRow[]> {
  return store.query<PartnerRow>(PARTNERS_OF, { code, ...range, take: int(take) });
}
