/**
 * A country with its meetings, partners, people and places, in one round trip: counts,
 * lists and partners for every status scope asked (held by default).
 */
import type { Store } from '../driver.js';
import type { Meeting, PersonRef, PlaceRef } from './meeting-projection.js';
import {
  PROJECT_NEWEST,
  SCOPED_NEWEST,
  partyOf,
  rankedTies,
  scopedParams,
  tiesByScope,
  withScopedMeetings,
  type PartnerRow,
  type ScopedAsk,
  type ScopedLists,
  type TieRow,
} from './scoped-lists.js';
import type { ByScope, StatusScope } from './status-scope.js';

const COUNTRY_BY_CODE = `
MATCH (c:Country {code: $code})
CALL (c) {
  MATCH (c)<-[:BETWEEN]-(m:Meeting)
  WITH m ORDER BY coalesce(m.date, '') DESC, m.id
  RETURN collect(m) AS all
}
${SCOPED_NEWEST}
${PROJECT_NEWEST}
CALL (c) {
  MATCH (c)<-[:BETWEEN]-(m:Meeting)-[:BETWEEN]->(x)
  WHERE x <> c
  WITH x, m ORDER BY coalesce(m.date, '') DESC, m.id
  WITH x, collect(m) AS together
  ${rankedTies(partyOf, 'x.code')}
}
CALL (c) {
  MATCH (p:Person)-[at:ATTENDED]->(m:Meeting) WHERE at.country = c.code
  WITH p, count(DISTINCT m) AS n ORDER BY n DESC, p.name LIMIT $take
  RETURN collect(p {.id, .name}) AS people
}
CALL (c) {
  MATCH (pl:Place)-[:IN]->(c)
  WITH pl ORDER BY pl.name
  RETURN collect(pl {.id, .name, .lat, .lon, country: c.code}) AS places
}
RETURN c {.code, .name, lists: lists, meetings: meetings, ties: ties, people: people, places: places} AS country`;

export interface CountryDetail {
  code: string;
  name: string | null;
  meetingCount: ByScope<number>;
  meetings: ByScope<Meeting[]>;
  partners: ByScope<PartnerRow[]>;
  people: PersonRef[];
  places: PlaceRef[];
}

interface RawCountry extends Pick<CountryDetail, 'code' | 'name' | 'people' | 'places'> {
  lists: ScopedLists;
  meetings: unknown[];
  ties: { scope: StatusScope; rows: TieRow<PartnerRow['party']>[] }[];
}

export async function countryByCode(store: Store, code: string, ask: ScopedAsk): Promise<CountryDetail | null> {
  const [row] = await store.query<{ country: RawCountry | null }>(COUNTRY_BY_CODE, { code, ...scopedParams(ask) });
  const raw = row?.country;
  if (!raw) return null;
  const { ties, ...country } = raw;
  return { ...withScopedMeetings(country), partners: tiesByScope(ties, 'party') };
}
