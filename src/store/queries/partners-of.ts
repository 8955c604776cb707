/**
 * The parties a country met most in a period (held meetings unless the scope says
 * otherwise), with counts, the latest meeting, the latest held one and the next planned
 * one: one round trip.
 */
import type { Store } from '../driver.js';
import { int } from './run.js';
import { partyOf, rankedTies, tiesByScope, type PartnerRow, type TieRow } from './scoped-lists.js';
import { scopeParams, type StatusScope } from './status-scope.js';

const PARTNERS_OF = `
MATCH (c:Country {code: $code})<-[:BETWEEN]-(m:Meeting)-[:BETWEEN]->(x)
WHERE x <> c
WITH x, m ORDER BY coalesce(m.date, '') DESC, m.id
WITH x, collect(m) AS together
${rankedTies(partyOf, 'x.code')}`;

export async function partnersOf(
  store: Store,
  code: string,
  range: { from: string | null; to: string | null },
  ask: { scope: StatusScope; take: number; today: string },
): Promise<PartnerRow[]> {
  const [row] = await store.query<{ ties: { scope: StatusScope; rows: TieRow<PartnerRow['party']>[] }[] }>(PARTNERS_OF, {
    code,
    ...range,
    scopes: scopeParams([ask.scope]),
    take: int(ask.take),
    today: ask.today,
  });
  return tiesByScope(row?.ties ?? [], 'party')[ask.scope] ?? [];
}
