/**
 * One node with its neighbours, one round trip each: a meeting; a place with its meetings
 * (per status scope asked); an article with what it reports and mentions. People and
 * countries have their own modules (person-details.ts, country-details.ts).
 */
import type { Store } from '../driver.js';
import {
  MEETING_MAP,
  shapeMeeting,
  type ArticleRef,
  type Meeting,
  type PartyRef,
  type PersonRef,
  type PlaceRef,
} from './meeting-projection.js';
import { int } from './run.js';
import { PROJECT_NEWEST, SCOPED_NEWEST, withScopedMeetings, type ScopedAsk, type ScopedLists } from './scoped-lists.js';
import { scopeParams, type ByScope } from './status-scope.js';

const MEETING_BY_ID = `
MATCH (m:Meeting {id: $id})
RETURN ${MEETING_MAP} AS meeting`;

const PLACE_BY_ID = `
MATCH (pl:Place {id: $id})
OPTIONAL MATCH (pl)-[:IN]->(c:Country)
CALL (pl) {
  // Meetings whose (derived or corrected) place is this one among those any article places here.
  MATCH (pl)<-[:HELD_IN]-(m:Meeting)
  WITH DISTINCT m WHERE m.placeId = pl.id
  WITH m ORDER BY coalesce(m.date, '') DESC, m.id
  RETURN collect(m) AS all
}
${SCOPED_NEWEST}
${PROJECT_NEWEST}
RETURN pl {.id, .name, .lat, .lon, lists: lists, meetings: meetings,
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

export interface PlaceDetail {
  id: string;
  name: string;
  lat: number | null;
  lon: number | null;
  country: PartyRef | null;
  meetingCount: ByScope<number>;
  meetings: ByScope<Meeting[]>;
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

export async function placeById(store: Store, id: string, ask: Omit<ScopedAsk, 'today'>): Promise<PlaceDetail | null> {
  type Raw = Omit<PlaceDetail, 'meetingCount' | 'meetings'> & { lists: ScopedLists; meetings: unknown[] };
  const raw = await one<Raw>(store, PLACE_BY_ID, 'place', { id, take: int(ask.take), scopes: scopeParams(ask.scopes) });
  return raw ? withScopedMeetings(raw) : null;
}

export async function articleById(store: Store, id: string): Promise<ArticleDetail | null> {
  return withMeetings(await one<ArticleDetail>(store, ARTICLE_BY_ID, 'article', { id }));
}

