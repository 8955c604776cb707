/**
 * A person with their meetings, counterparts and roles, in one round trip: counts, lists
 * and counterparts for every status scope asked (held by default). Counterparts are people
 * on the other side of a meeting they both attended: a person's own delegation is no one
 * they met.
 */
import type { Store } from '../driver.js';
import type { Meeting, PartyRef } from './meeting-projection.js';
import {
  PROJECT_NEWEST,
  SCOPED_NEWEST,
  rankedTies,
  scopedParams,
  tiesByScope,
  withScopedMeetings,
  type CounterpartRow,
  type ScopedAsk,
  type ScopedLists,
  type TieRow,
} from './scoped-lists.js';
import { onOtherSides } from './sides.js';
import type { ByScope, StatusScope } from './status-scope.js';

const PERSON_BY_ID = `
MATCH (p:Person {id: $id})
CALL (p) {
  MATCH (p)-[:ATTENDED]->(m:Meeting)
  WITH DISTINCT m ORDER BY coalesce(m.date, '') DESC, m.id
  RETURN collect(m) AS all
}
${SCOPED_NEWEST}
${PROJECT_NEWEST}
CALL (p) {
  MATCH (p)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Person)
  WHERE o <> p
  WITH DISTINCT o, m
  WHERE ${onOtherSides('m', 'p.id', 'o.id')}
  WITH o, m ORDER BY coalesce(m.date, '') DESC, m.id
  WITH o AS x, collect(m) AS together
  ${rankedTies((v) => `${v} {.id, .name}`, 'x.name')}
}
CALL (p) {
  OPTIONAL MATCH (p)-[r:REPRESENTS]->(x)
  WITH r, x WHERE x IS NOT NULL
  RETURN collect({role: r.role, party: {code: x.code, name: x.name,
                  kind: CASE WHEN x:Country THEN 'COUNTRY' ELSE 'ORGANIZATION' END}}) AS roles
}
RETURN p {.id, .name, aliases: coalesce(p.aliases, []), lists: lists, meetings: meetings, ties: ties, roles: roles} AS person`;

export interface PersonDetail {
  id: string;
  name: string;
  aliases: string[];
  roles: { role: string; party: PartyRef }[];
  meetingCount: ByScope<number>;
  meetings: ByScope<Meeting[]>;
  counterparts: ByScope<CounterpartRow[]>;
}

interface RawPerson extends Pick<PersonDetail, 'id' | 'name' | 'aliases' | 'roles'> {
  lists: ScopedLists;
  meetings: unknown[];
  ties: { scope: StatusScope; rows: TieRow<CounterpartRow['person']>[] }[];
}

/** The person, with lists for each scope asked (none asked: no lists), or null. */
export async function personById(store: Store, id: string, ask: ScopedAsk): Promise<PersonDetail | null> {
  const [row] = await store.query<{ person: RawPerson | null }>(PERSON_BY_ID, { id, ...scopedParams(ask) });
  const raw = row?.person;
  if (!raw) return null;
  const { ties, ...person } = raw;
  return { ...withScopedMeetings(person), counterparts: tiesByScope(ties, 'person') };
}
