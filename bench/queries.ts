/**
 * The three analyst questions of the GraphQL benchmark, asked of dkg's API (schema/schema.graphql) and,
 * as near as its generated schema allows, of the @neo4j/graphql server
 * (bench/neo4j-graphql/type-defs.graphql). Where dkg answers with aggregates (bilateral),
 * the @neo4j/graphql query fetches what a client would need to compute them itself.
 */
import type { GraphQLRequest } from './lib/http-load.js';

export const QUESTIONS = ['bilateral', 'meetings', 'graph'] as const;
export type Question = (typeof QUESTIONS)[number];

/** p99 targets at 20 clients, in ms. */
export const P99_TARGET_MS: Record<Question, number> = { bilateral: 50, meetings: 50, graph: 150 };

/** Values drawn from the graph so every request asks about data that exists. */
export interface Picks {
  /** Country pairs with the most meetings, most first. */
  pairs: [string, string][];
  /** Countries with the most meetings, most first. */
  countries: string[];
  /** Date range of the meetings filter (ISO days). */
  from: string;
  to: string;
}

export const GRAPH_LIMIT = 200;

const DKG_BILATERAL = `query Bilateral($a: String!, $b: String!) {
  bilateral(a: $a, b: $b) {
    a { code name } b { code name }
    count held planned sources
    firstMeeting { id date } lastMeeting { id date }
    timeline { period count }
    topics { topic count }
    places { place { id name } count }
    peopleA { person { id name } count }
    peopleB { person { id name } count }
    visits { aToB bToA balance list { meeting { id date } daysSincePrevious } }
    setting { standalone sidelines events { event count } }
    modality { inPerson phone video calls }
    meetings(first: 20) { totalCount edges { node { id date status modality place { name } } } }
  }
}`;

const N4G_BILATERAL = `query Bilateral($a: ID!, $b: ID!) {
  meetingsConnection(
    where: { AND: [{ countries: { some: { code: { eq: $a } } } }, { countries: { some: { code: { eq: $b } } } }] }
    sort: [{ date: DESC }]
  ) {
    totalCount
    edges { node {
      id date status modality settingKind
      topics { name }
      places { id name }
      participants { id name represents { code } }
      articles { id }
    } }
  }
}`;

const DKG_MEETINGS = `query Meetings($filter: MeetingFilter!) {
  meetings(filter: $filter, first: 50) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id date status modality settingKind sourceCount
      place { id name country }
      parties { code name }
      participants { person { id name } role }
      topics { name status }
    } }
  }
}`;

const N4G_MEETINGS = `query Meetings($c: ID!, $from: String!, $to: String!) {
  meetingsConnection(
    first: 50
    where: { countries: { some: { code: { eq: $c } } }, status: { eq: "held" }, date: { gte: $from, lte: $to } }
    sort: [{ date: DESC }]
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id date status modality settingKind sourceCount
      places { id name }
      countries { code name }
      participants { id name }
      topics { name }
    } }
  }
}`;

const DKG_GRAPH = `query Graph($focus: ID!) {
  graph(focus: $focus, depth: 2, limit: ${GRAPH_LIMIT}) {
    nodes { id type label weight }
    edges { source target type weight }
    truncated
  }
}`;

// Two hops of meetings from a country: its 20 newest meetings, then the 10 newest of each
// other party met there, about GRAPH_LIMIT meetings in all, like dkg's default limit.
const N4G_GRAPH = `query Graph($c: ID!) {
  countries(where: { code: { eq: $c } }) {
    code name
    meetings(limit: 20, sort: [{ date: DESC }]) {
      id date sourceCount
      participants { id name }
      countries(where: { NOT: { code: { eq: $c } } }) {
        code name
        meetings(limit: 10, sort: [{ date: DESC }]) {
          id date sourceCount
          participants { id name }
          countries { code name }
        }
      }
    }
  }
}`;

function rotate<T>(xs: T[], n: number): T[] {
  if (xs.length === 0) throw new Error('bench: the graph has no meetings between countries to ask about');
  return Array.from({ length: n }, (_, i) => xs[i % xs.length] as T);
}

export type Server = 'dkg' | 'neo4j-graphql';

// dkg refuses a bare code two parties share (AU: Australia or the African Union), as an
// analyst would want; the picks are countries, so they are asked as such.
const country = (code: string): string => `country:${code}`;

export function requestsFor(server: Server, q: Question, picks: Picks): GraphQLRequest[] {
  const n = 10;
  switch (q) {
    case 'bilateral':
      return rotate(picks.pairs, n).map(([a, b]) => ({
        query: server === 'dkg' ? DKG_BILATERAL : N4G_BILATERAL,
        variables: server === 'dkg' ? { a: country(a), b: country(b) } : { a, b },
      }));
    case 'meetings':
      return rotate(picks.countries, n).map((c) =>
        server === 'dkg'
          ? { query: DKG_MEETINGS, variables: { filter: { countries: [country(c)], status: 'HELD', from: picks.from, to: picks.to } } }
          : { query: N4G_MEETINGS, variables: { c, from: picks.from, to: picks.to } },
      );
    case 'graph':
      return rotate(picks.countries, n).map((c) =>
        server === 'dkg' ? { query: DKG_GRAPH, variables: { focus: country(c) } } : { query: N4G_GRAPH, variables: { c } },
      );
  }
}
