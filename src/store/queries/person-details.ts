/**
 * A person with their names, roles and meeting counts per status scope, in one round trip
 * shared with concurrent reads of other people (batched-reads.ts). Their meetings and
 * counterparts are read a page at a time (meetings-page.ts, ranked-pages.ts).
 */
import type { Store } from '../driver.js';
import { batchedQuery } from '../batched-reads.js';
import type { PartyRef } from './meeting-projection.js';
import { ALL_SCOPES, COUNTS_BY_SCOPE, countsByScope } from './scoped-lists.js';
import type { ByScope, StatusScope } from './status-scope.js';

const PERSON_BY_ID = `
MATCH (p:Person {id: $id})
CALL (p) {
  MATCH (p)-[:ATTENDED]->(m:Meeting)
  WITH DISTINCT m
  RETURN collect(m.status) AS statuses
}
CALL (p) {
  OPTIONAL MATCH (p)-[r:REPRESENTS]->(x)
  WITH r, x WHERE x IS NOT NULL
  RETURN collect({role: r.role, party: {code: x.code, name: x.name,
                  kind: CASE WHEN x:Country THEN 'COUNTRY' ELSE 'ORGANIZATION' END}}) AS roles
}
RETURN p {.id, .name, aliases: coalesce(p.aliases, []), counts: ${COUNTS_BY_SCOPE}, roles: roles} AS person`;

export interface PersonDetail {
  id: string;
  name: string;
  aliases: string[];
  roles: { role: string; party: PartyRef }[];
  meetingCount: ByScope<number>;
}

/** The person, or null. */
export async function personById(store: Store, id: string): Promise<PersonDetail | null> {
  type Raw = Omit<PersonDetail, 'meetingCount'> & { counts: { scope: StatusScope; count: number }[] };
  const [row] = await batchedQuery<{ person: Raw | null }>(store, PERSON_BY_ID, ['person'], { id, scopes: ALL_SCOPES });
  const raw = row?.person;
  if (!raw) return null;
  const { counts, ...person } = raw;
  return { ...person, meetingCount: countsByScope(counts) };
}
