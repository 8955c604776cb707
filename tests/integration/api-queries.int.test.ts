/**
 * The read side of the GraphQL API over real HTTP and the real Neo4j, on the nine
 * hand-made meetings of api-harness.ts: exact counts, names, order, pages and figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/driver.js';
import { freshStore } from '../helpers/db.js';
import { seedGraph, startApi, type ApiServer } from './api-harness.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('GraphQL queries', () => {
  let store: Store;
  let api: ApiServer;
  beforeAll(async () => {
    store = await freshStore();
    await seedGraph(store);
    api = await startApi(store);
  });
  afterAll(async () => {
    await api.close();
    await store.close();
  });

  const data = async (query: string, variables: Record<string, unknown> = {}): Promise<Json> => {
    const t0 = Date.now();
    const reply = await api.gql<Json>(query, variables);
    console.log(Date.now() - t0, query.slice(0, 40));
    expect(reply.errors).toBeUndefined();
    return reply.data as Json;
  };

  it('dump', async () => {
    const out: Record<string, unknown> = {};
    out.bilateral = await data(`{ bilateral(a: "AZ", b: "RU", from: "2024-01-01") { a { code name kind } b { code name } count held planned sources
      firstMeeting { id date } lastMeeting { id date status } timeline { period count } topics { topic count } places { place { id name } count }
      peopleA { person { name } count } peopleB { person { name } count }
      visits { aToB bToA balance list { meeting { date } visitor { code } host { code } daysSincePrevious yearsSincePrevious } }
      setting { standalone sidelines events { event count } } modality { inPerson phone video calls }
      meetings(first: 2) { totalCount edges { node { date } } pageInfo { hasNextPage endCursor } } } }`);
    out.partners = await data(`{ partners(country: "AZ") { party { code kind } count lastMeeting { date } } }`);
    out.person = await data(`{ person(id: "p-ilham-aliyev") { name aliases roles { role party { code } } meetingCount meetings(first: 2) { date } counterparts(first: 5) { person { name } count lastMeeting { date } } } }`);
    out.country = await data(`{ country(code: "AZ") { name meetingCount partners(first: 2) { party { code } count } people { name } places { name } meetings(first: 1) { date } } }`);
    out.place = await data(`{ place(id: "pl-kazan-ru") { name country { code } meetingCount meetings { date participants { person { name } } } } }`);
    out.graph = await data(`{ a: graph(focus: "p-ilham-aliyev", mode: COLLAPSED) { nodes { id type label weight } edges { source target type weight } truncated }
      b: graph(focus: "AZ", mode: COLLAPSED) { nodes { id type weight } edges { source target weight } }
      c: graph(focus: "p-ilham-aliyev", depth: 2) { nodes { id type } edges { source target type } truncated } }`);
    out.connection = await data(`{ a: connection(from: "p-recep-tayyip-erdogan", to: "p-narendra-modi", first: 10) { hops via meetings { date } }
      b: connection(from: "TR", to: "IN") { hops via meetings { date } } c: connection(from: "p-recep-tayyip-erdogan", to: "p-narendra-modi", maxHops: 2) { hops } }`);
    out.trends = await data(`{ topicTrends(topics: ["energy", "trade"], countries: ["AZ"], interval: YEAR) { topic total points { period count } } }`);
    out.search = await data(`{ search(text: "Kazan") { kind id label score } }`);
    out.article = await data(`{ article(id: "x") { id } }`);
    
  });
});
