/**
 * One node with its neighbours, one round trip each, shared with concurrent reads of the
 * same kind (batched-reads.ts): a meeting; a place with its meeting counts per status scope
 * (its meetings are read a page at a time, meetings-page.ts); an article with what it
 * reports and mentions. People and countries have their own modules (person-details.ts,
 * country-details.ts).
 */
import type { Store } from '../driver.js';
import { batchedQuery } from '../batched-reads.js';
import {
  meetingMap,
  MEETING_MAP,
  shapeMeeting,
  type MeetingParts,
  type ArticleRef,
  type MeetingView,
  type PartyRef,
  type PersonRef,
  type PlaceRef,
} from './meeting-projection.js';
import { ALL_SCOPES, COUNTS_BY_SCOPE, countsByScope } from './scoped-lists.js';
import type { ByScope, StatusScope } from './status-scope.js';

const meetingByIdQuery = (parts: MeetingParts): string => `
MATCH (m:Meeting {id: $id})
RETURN ${meetingMap(parts)} AS meeting`;

const PLACE_BY_ID = `
MATCH (pl:Place {id: $id})
OPTIONAL MATCH (pl)-[:IN]->(c:Country)
CALL (pl) {
  // Meetings whose (derived or corrected) place is this one among those any article places here.
  MATCH (pl)<-[:HELD_IN]-(m:Meeting)
  WITH DISTINCT m WHERE m.placeId = pl.id
  RETURN collect(m.status) AS statuses
}
RETURN pl {.id, .name, .lat, .lon, counts: ${COUNTS_BY_SCOPE},
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
}

export interface ArticleDetail extends ArticleRef {
  publisher: string | null;
  source: string | null;
  ingestedAt: string | null;
  cites: PartyRef[];
  meetings: MeetingView[];
  people: PersonRef[];
  places: PlaceRef[];
}

async function one<T>(store: Store, cypher: string, key: string, params: Record<string, unknown>): Promise<T | null> {
  const [row] = await batchedQuery(store, cypher, [key], params);
  return (row?.[key] as T | undefined) ?? null;
}

function withMeetings<T extends { meetings: unknown[] }>(x: T | null): (Omit<T, 'meetings'> & { meetings: MeetingView[] }) | null {
  return x ? { ...x, meetings: x.meetings.map(shapeMeeting) } : null;
}

/** A meeting with the parts the query shows (evidence costs an article lookup per claim). */
export async function meetingById(store: Store, id: string, parts: MeetingParts): Promise<MeetingView | null> {
  const raw = await one<unknown>(store, meetingByIdQuery(parts), 'meeting', { id });
  return raw ? shapeMeeting(raw) : null;
}

export async function placeById(store: Store, id: string): Promise<PlaceDetail | null> {
  type Raw = Omit<PlaceDetail, 'meetingCount'> & { counts: { scope: StatusScope; count: number }[] };
  const raw = await one<Raw>(store, PLACE_BY_ID, 'place', { id, scopes: ALL_SCOPES });
  if (!raw) return null;
  const { counts, ...place } = raw;
  return { ...place, meetingCount: countsByScope(counts) };
}

export async function articleById(store: Store, id: string): Promise<ArticleDetail | null> {
  return withMeetings(await one<ArticleDetail>(store, ARTICLE_BY_ID, 'article', { id }));
}

