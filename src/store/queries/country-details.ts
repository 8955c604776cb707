/**
 * A country with its meeting counts per status scope, in one round trip shared with
 * concurrent reads of other countries (batched-reads.ts). Its meetings, partners, people
 * and places are read a page at a time (meetings-page.ts, ranked-pages.ts).
 */
import type { Store } from '../driver.js';
import { batchedQuery } from '../batched-reads.js';
import { ALL_SCOPES, COUNTS_BY_SCOPE, countsByScope } from './scoped-lists.js';
import type { ByScope, StatusScope } from './status-scope.js';

const COUNTRY_BY_CODE = `
MATCH (c:Country {code: $code})
CALL (c) {
  MATCH (c)<-[:BETWEEN]-(m:Meeting)
  RETURN collect(m.status) AS statuses
}
RETURN c {.code, .name, counts: ${COUNTS_BY_SCOPE}} AS country`;

export interface CountryDetail {
  code: string;
  name: string | null;
  meetingCount: ByScope<number>;
}

export async function countryByCode(store: Store, code: string): Promise<CountryDetail | null> {
  type Raw = Omit<CountryDetail, 'meetingCount'> & { counts: { scope: StatusScope; count: number }[] };
  const [row] = await batchedQuery<{ country: Raw | null }>(store, COUNTRY_BY_CODE, ['country'], { code, scopes: ALL_SCOPES });
  const raw = row?.country;
  if (!raw) return null;
  const { counts, ...country } = raw;
  return { ...country, meetingCount: countsByScope(counts) };
}
