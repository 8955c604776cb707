/**
 * One node with its neighbours, one round trip each: a meeting; a person with their newest
 * meetings and counterparts; a country with partners, people, places and meetings; a place
 * with its meetings; an article with what it reports and mentions. `take` bounds each list.
 */
import type { Store } from '../driver.js';
import {
  MEETING_MAP,
  MEETING_REF,
  shapeMeeting,
  type ArticleRef,
  type Meeting,
  type MeetingRef,
  type PartyRef,
  type PersonRef,
  type PlaceRef,
} from './meeting-projection.js';
import { int } from './run.js';

/** Projects the meetings bound to `newest` (a list) into `meetings`. */
const PROJECT_NEWEST = `CALL (newest) {
  UNWIND newest AS m
  WITH ${MEETING_MAP} AS meeting
  RETURN collect(meeting) AS meetings
}`;

const MEETING_BY_ID = `
MATCH (m:Meeting {id: $id})
RETURN ${MEETING_MAP} AS meeting`;

const PERSON_BY_ID = `
MATCH (p:Person {id: $id})
CALL (p) {
  MATCH (p)-[:ATTENDED]->(m:Meeting)
  WITH DISTINCT m ORDER BY coalesce(m.date, '') DESC, m.id
  WITH collect(m) AS matched
  RETURN size(matched) AS meetingCount, matched[..$take] AS newest
}
${PROJECT_NEWEST}
CALL (p) {
  MATCH (p)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Person)
  WHERE o <> p
  WITH DISTINCT o, m ORDER BY coalesce(m.date, '') DESC, m.id
  WITH o, collect(m) AS together
  WITH o, size(together) AS count, head(together) AS m
  ORDER BY count DESC, coalesce(m.date, '') DESC, o.name
  LIMIT $take
  RETURN collect({person: o {.id, .name}, count: count, lastMeeting: ${MEETING_REF}}) AS counterparts
}
CALL (p) {
  OPTIONAL MATCH (p)-[r:REPRESENTS]->(x)
  WITH r, x WHERE x IS NOT NULL
  RETURN collect({role: r.role, party: {code: x.code, name: x.name,
                  kind: CASE WHEN x:Country THEN 'COUNTRY' ELSE 'ORGANIZATION' END}}) AS roles
}
RETURN p {.id, .name, aliases: coalesce(p.aliases, []), meetingCount: meetingCount,
          meetings: meetings, counterparts: counterparts, roles: roles} AS person`;

const COUNTRY_BY_CODE = `
MATCH (c:Country {code: $code})
CALL (c) {
  MATCH (c)<-[:BETWEEN]-(m:Meeting)
  WITH m ORDER BY coalesce(m.date, '') DESC, m.id
  WITH collect(m) AS matched
  RETURN size(matched) AS meetingCount, matched[..$take] AS newest
}
${PROJECT_NEWEST}
CALL (c) {
  MATCH (c)<-[:BETWEEN]-(m:Meeting)-[:BETWEEN]->(x)
  WHERE x <> c
  WITH x, m ORDER BY coalesce(m.date, '') DESC, m.id
  WITH x, collect(m) AS together
  WITH x, size(together) AS count, head(together) AS m
  ORDER BY count DESC, coalesce(m.date, '') DESC, x.code
  LIMIT $take
  RETURN collect({party: {code: x.code, name: x.name, kind: CASE WHEN x:Country THEN 'COUNTRY' ELSE 'ORGANIZATION' END},
                  count: count, lastMeeting: ${MEETING_REF}}) AS partners
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
RETURN c {.code, .name, meetingCount: meetingCount, meetings: meetings, partners: partners,
          people: people, places: places} AS country`;

const PLACE_BY_ID = `
MATCH (pl:Place {id: $id})
OPTIONAL MATCH (pl)-[:IN]->(c:Country)
CALL (pl) {
  // Meetings whose (derived or corrected) place is this one among those any article places here.
  MATCH (pl)<-[:HELD_IN]-(m:Meeting)
  WITH DISTINCT m WHERE m.placeId = pl.id
  WITH m ORDER BY coalesce(m.date, '') DESC, m.id
  WITH collect(m) AS matched
  RETURN size(matched) AS meetingCount, matched[..$take] AS newest
}
${PROJECT_NEWEST}
RETURN pl {.id, .name, .lat, .lon, meetingCount: meetingCount, meetings: meetings,
           country: CASE WHEN c IS NULL THEN null ELSE {code: c.code, name: c.name, kind: 'COUNTRY'} END} AS place`;

const ARTICLE_BY_ID = `
MATCH (a:Article {id: $id})
CALL (a) {
  OPTIONAL MATCH (a)-[:REPORTS]->(m:Meeting)
  WITH m WHERE m IS NOT NULL
  WITH m ORDER BY coalesce(m.date, '') DESC, m.id
  WITH ${MEETING_MAP} AS meeting
  RETURN collect(meeting) AS meetings
}
RETURN a {.id, .url, .title, .publishedAt, .publisher, .source, ingestedAt: toString(a.ingestedAt),
  meetings: meetings,
  cites: COLLECT { MATCH (a)-[:CITES]->(o:Organization) RETURN {code: o.code, name: o.name, kind: 'ORGANIZATION'} AS x ORDER BY x.code },
  people: COLLECT { MATCH (a)-[:MENTIONS]->(p:Person) RETURN p {.id, .name} AS x ORDER BY x.name },
  places: COLLECT {
    MATCH (a)-[:MENTIONS]->(pl:Place) OPTIONAL MATCH (pl)-[:IN]->(c:Country)
    RETURN pl {.id, .name, .lat, .lon, country: c.code} AS x ORDER BY x.name
  }
} AS article`;

export interface PersonDetail {
  id: string;
  name: string;
  aliases: string[];
  roles: { role: string; party: PartyRef }[];
  meetingCount: number;
  meetings: Meeting[];
  counterparts: { person: PersonRef; count: number; lastMeeting: MeetingRef }[];
}

export interface PartnerRow {
  party: PartyRef;
  count: number;
  lastMeeting: MeetingRef;
}

export interface CountryDetail {
  code: string;
  name: string | null;
  meetingCount: number;
  meetings: Meeting[];
  partners: PartnerRow[];
  people: PersonRef[];
  places: PlaceRef[];
}

export interface PlaceDetail {
  id: string;
  name: string;
  lat: number | null;
  lon: number | null;
  country: PartyRef | null;
  meetingCount: number;
  meetings: Meeting[];
}

export interface ArticleDetail extends ArticleRef {
  publisher: string | null;
  source: string | null;
  ingestedAt: string | null;
  cites: PartyRef[];
  meetings: Meeting[];
  people: PersonRef[];
  places: PlaceRef[];
}

async function one<T>(store: Store, cypher: string, key: string, params: Record<string, unknown>): Promise<T | null> {
  const [row] = await store.query(cypher, params);
  return (row?.[key] as T | undefined) ?? null;
}

function withMeetings<T extends { meetings: unknown[] }>(x: T | null): (Omit<T, 'meetings'> & { meetings: Meeting[] }) | null {
  return x ? { ...x, meetings: x.meetings.map(shapeMeeting) } : null;
}

export async function meetingById(store: Store, id: string): Promise<Meeting | null> {
  const raw = await one<unknown>(store, MEETING_BY_ID, 'meeting', { id });
  return raw ? shapeMeeting(raw) : null;
}

export async function personById(store: Store, id: string, take: number): Promise<PersonDetail | null> {
  return withMeetings(await one<PersonDetail>(store, PERSON_BY_ID, 'person', { id, take: int(take) }));
}

export async function countryByCode(store: Store, code: string, take: number): Promise<CountryDetail | null> {
  return withMeetings(await one<CountryDetail>(store, COUNTRY_BY_CODE, 'country', { code, take: int(take) }));
}

export async function placeById(store: Store, id: string, take: number): Promise<PlaceDetail | null> {
  return withMeetings(await one<PlaceDetail>(store, PLACE_BY_ID, 'place', { id, take: int(take) }));
}

export async function articleById(store: Store, id: string): Promise<ArticleDetail | null> {
  return withMeetings(await one<ArticleDetail>(store, ARTICLE_BY_ID, 'article', { id }));
}

