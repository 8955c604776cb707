/**
 * The page's only door to data: GraphQL over fetch to the same server's /graphql, with the
 * queries each view needs and the shapes they return (schema/schema.graphql).
 */
import type * as S from './generated/schema-types.js';
import type { ChainData } from './graph-tools.js';
import { MEETING_FULL, type MeetingFull } from './meeting-card.js';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    /** Names the API offers instead of an input it could not resolve (extensions.suggestions). */
    readonly suggestions: string[] = [],
  ) {
    super(message);
  }
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal: signal ?? null,
  });
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string; suggestions?: unknown } }[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new ApiError(`the API answered ${res.status} without JSON`, 'HTTP');
  }
  if (body.errors?.length) {
    const first = body.errors[0]!;
    const offered = first.extensions?.suggestions;
    const suggestions = Array.isArray(offered) ? offered.map((x) => (typeof x === 'string' ? x : String((x as { name?: unknown })?.name ?? ''))).filter(Boolean) : [];
    throw new ApiError(first.message, first.extensions?.code ?? 'GRAPHQL', suggestions);
  }
  if (!body.data) throw new ApiError(`the API answered ${res.status} without data`, 'HTTP');
  return body.data;
}

export type GraphMode = S.GraphMode;
export type MeetingStatus = S.MeetingStatus;
export type Modality = S.Modality;

/** The criteria the page filters by. */
export type MeetingFilter = Pick<S.MeetingFilter, 'countries' | 'people' | 'topics' | 'from' | 'to' | 'modality' | 'status'>;

export type ArticleRef = Pick<S.ArticleRef, 'id' | 'url' | 'title' | 'publishedAt'>;
export type Evidence = Pick<S.Evidence, 'sentence' | 'confidence'> & { article: ArticleRef };
export type Party = Pick<S.Party, 'code' | 'name' | 'kind'>;
export type PlaceRef = Pick<S.PlaceRef, 'id' | 'name' | 'country' | 'lat' | 'lon'>;
export type PersonRef = Pick<S.PersonRef, 'id' | 'name'>;
export type MeetingRef = Pick<S.MeetingRef, 'id' | 'date' | 'status' | 'modality'>;

/** A meeting as the list views need it (no evidence). */
export type MeetingSummary = MeetingRef &
  Pick<S.Meeting, 'settingEvent' | 'sourceCount'> & {
    place: PlaceRef | null;
    parties: Party[];
    participants: (Pick<S.Participant, 'role'> & { person: PersonRef; party: Pick<S.Party, 'code'> | null })[];
    topics: Pick<S.MeetingTopic, 'name' | 'status'>[];
  };

export type GraphNodeData = Pick<S.GraphNode, 'id' | 'type' | 'label' | 'weight'>;
export type GraphEdgeData = Pick<S.GraphEdge, 'source' | 'target' | 'type' | 'weight'>;
export type GraphData = Pick<S.Graph, 'truncated'> & { nodes: GraphNodeData[]; edges: GraphEdgeData[] };

const PLACE = 'id name country lat lon';
export const MEETING_SUMMARY = `id date status modality settingEvent sourceCount
  place { ${PLACE} } parties { code name kind }
  participants { person { id name } party { code } role }
  topics { name status }`;

/** Pages through `meetings` up to `max`; returns them with the total the filter matches. */
export async function fetchMeetings(
  filter: MeetingFilter,
  max: number,
  signal?: AbortSignal,
): Promise<{ meetings: MeetingSummary[]; total: number }> {
  const query = `query Meetings($filter: MeetingFilter, $first: Int, $after: String) {
    meetings(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { ${MEETING_SUMMARY} } }
    }
  }`;
  type Page = {
    meetings: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: MeetingSummary }[];
    };
  };
  const meetings: MeetingSummary[] = [];
  let after: string | null = null;
  let total = 0;
  while (meetings.length < max) {
    const page: Page = await gql<Page>(query, { filter, first: Math.min(500, max - meetings.length), after }, signal);
    total = page.meetings.totalCount;
    for (const e of page.meetings.edges) meetings.push(e.node);
    if (!page.meetings.pageInfo.hasNextPage || !page.meetings.pageInfo.endCursor) break;
    after = page.meetings.pageInfo.endCursor;
  }
  return { meetings, total };
}

/**
 * The neighbourhood of a node. The page draws held and planned meetings alike (planned ones
 * as their own kind of link) unless the status filter picks one, as its overview does; the
 * API alone would draw held meetings only.
 */
export async function fetchGraph(
  args: { focus: string; depth: number; filter: MeetingFilter; limit: number; mode: GraphMode },
  signal?: AbortSignal,
): Promise<GraphData> {
  const data = await gql<{ graph: GraphData }>(
    `query Graph($focus: ID!, $depth: Int, $filter: MeetingFilter, $limit: Int, $mode: GraphMode) {
      graph(focus: $focus, depth: $depth, filter: $filter, limit: $limit, mode: $mode, status: BOTH) {
        truncated nodes { id type label weight } edges { source target type weight }
      }
    }`,
    args,
    signal,
  );
  return data.graph;
}

/** The page searches articles, people and places (meetings are found through them). */
export type SearchHit = Pick<S.SearchHit, 'id' | 'label' | 'score'> & { kind: Exclude<S.SearchKind, 'MEETING'> };

export async function search(text: string, signal?: AbortSignal): Promise<SearchHit[]> {
  const data = await gql<{ search: { edges: { node: SearchHit }[] } | null }>(
    'query Search($text: String!) { search(text: $text, kinds: [ARTICLE, PERSON, PLACE], first: 12) { edges { node { kind id label score } } } }',
    { text },
    signal,
  );
  return data.search?.edges.map((e) => e.node) ?? [];
}

export type LookupHitData = Pick<S.LookupHit, 'kind' | 'id' | 'name' | 'score'> & {
  /** The alias that matched, when it is not the name. */
  matchedAlias: string | null;
};

/** Names, codes and aliases to canonical ids, as the API resolves them (servers without it say so). */
export async function lookup(text: string, kinds: LookupHitData['kind'][], first: number, signal?: AbortSignal): Promise<LookupHitData[]> {
  const data = await gql<{ lookup: Pick<S.LookupHit, 'kind' | 'id' | 'name' | 'matched' | 'score'>[] | null }>(
    'query Lookup($text: String!, $kinds: [EntityKind!], $first: Int) { lookup(text: $text, kinds: $kinds, first: $first) { kind id name matched score } }',
    { text, kinds, first },
    signal,
  );
  return (data.lookup ?? []).map(({ matched, ...h }) => ({ ...h, matchedAlias: matched === h.name ? null : matched }));
}

export async function fetchTopics(): Promise<{ topic: string; total: number }[]> {
  const data = await gql<{ topicTrends: { topic: string; total: number }[] }>(
    // Every status, as the meetings the topic filter narrows.
    'query Topics { topicTrends(interval: YEAR, status: BOTH) { topic total } }',
  );
  return data.topicTrends;
}

export type BilateralData = Pick<S.Bilateral, 'count' | 'held' | 'planned' | 'sources'> & {
  a: Party;
  b: Party;
  timeline: S.PeriodCount[];
  modalityTimeline: S.PeriodModality[];
  topics: S.TopicCount[];
  places: { place: PlaceRef; count: number }[];
  peopleA: { person: PersonRef; count: number }[];
  peopleB: { person: PersonRef; count: number }[];
  firstMeeting: MeetingRef | null;
  lastMeeting: MeetingRef | null;
  nextPlannedMeeting: MeetingRef | null;
  visits: Pick<S.Visits, 'aToB' | 'bToA'> & { list: VisitData[] };
  modality: Pick<S.ModalityBreakdown, 'inPerson' | 'phone' | 'video'>;
  setting: Pick<S.SettingBreakdown, 'standalone' | 'sidelines'> & { events: S.EventCount[] };
  meetings: Pick<S.MeetingConnection, 'totalCount' | 'pageInfo'> & { edges: { node: MeetingFull }[] };
};

export type VisitData = Pick<S.Visit, 'start' | 'end' | 'yearsSincePrevious'> & {
  visitor: Pick<S.Party, 'code'>;
  host: Pick<S.Party, 'code'>;
  meetings: Pick<S.MeetingRef, 'id'>[];
};

/** Meetings per bilateral page: each costs about 700 of the API's query-cost budget (20,000). */
export const BILATERAL_PAGE = 20;

export async function fetchBilateralMeetings(
  a: string,
  b: string,
  from: string | undefined,
  to: string | undefined,
  after: string | null,
): Promise<BilateralData['meetings']> {
  const data = await gql<{ bilateral: { meetings: BilateralData['meetings'] } }>(
    `query BilateralMeetings($a: String!, $b: String!, $from: String, $to: String, $after: String) {
      bilateral(a: $a, b: $b, from: $from, to: $to) {
        meetings(first: ${BILATERAL_PAGE}, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${MEETING_FULL} } } }
      }
    }`,
    { a, b, from: from ?? null, to: to ?? null, after },
  );
  return data.bilateral.meetings;
}

export async function fetchBilateral(a: string, b: string, from: string | undefined, to: string | undefined): Promise<BilateralData> {
  const data = await gql<{ bilateral: Omit<BilateralData, 'meetings'> }>(
    `query Bilateral($a: String!, $b: String!, $from: String, $to: String) {
      bilateral(a: $a, b: $b, from: $from, to: $to) {
        a { code name kind } b { code name kind } count held planned sources
        timeline { period count } modalityTimeline { period inPerson phone video } topics { topic count } places { place { ${PLACE} } count }
        peopleA { person { id name } count } peopleB { person { id name } count }
        firstMeeting { id date status modality } lastMeeting { id date status modality } nextPlannedMeeting { id date status modality }
        visits { aToB bToA list { start end visitor { code } host { code } yearsSincePrevious meetings { id } } }
        modality { inPerson phone video } setting { standalone sidelines events { event count } }
      }
    }`,
    { a, b, from: from ?? null, to: to ?? null },
  );
  const meetings = await fetchBilateralMeetings(a, b, from, to, null);
  return { ...data.bilateral, meetings };
}

/** The meetings behind one tie (two people, or two parties), newest first, with their evidence. */
export async function fetchTieMeetings(a: string, b: string, first: number): Promise<{ totalCount: number; meetings: MeetingFull[] }> {
  const people = a.startsWith('p-') && b.startsWith('p-');
  const filter: MeetingFilter = people ? { people: [a, b] } : { countries: [a, b] };
  const data = await gql<{ meetings: { totalCount: number; edges: { node: MeetingFull }[] } }>(
    `query Tie($filter: MeetingFilter, $first: Int) { meetings(filter: $filter, first: $first) { totalCount edges { node { ${MEETING_FULL} } } } }`,
    { filter, first },
  );
  return { totalCount: data.meetings.totalCount, meetings: data.meetings.edges.map((e) => e.node) };
}

/** Chains of meetings between two people or two parties, with what the page needs to draw each stop. */
export async function fetchChains(from: string, to: string, maxHops: number, first: number): Promise<ChainData[]> {
  const data = await gql<{ connection: ChainData[] | null }>(
    `query Chains($from: ID!, $to: ID!, $maxHops: Int, $first: Int) {
      connection(from: $from, to: $to, maxHops: $maxHops, first: $first) {
        hops via meetings { id date status
          meeting { settingEvent place { name } participants { person { id name } } parties { code name kind } } }
      }
    }`,
    { from, to, maxHops, first },
  );
  return data.connection ?? [];
}
