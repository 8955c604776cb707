/**
 * The query plans behind each root field of the API, for the cost table in docs/api.md
 * ("What each query costs"): builds a synthetic graph in the test Neo4j (its data is wiped),
 * asks each root field once through the API, records every Cypher statement it ran, and
 * prints each statement's PROFILE: the operators (index seeks or scans) and database hits.
 *
 *   DKG_TEST_NEO4J_PORT=... node --import tsx bench/query-plans.ts [--articles 2000] [--reuse]
 * (--reuse: profile the graph already there)
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import neo4j, { type SessionConfig } from 'neo4j-driver';
import { createApp } from '../src/api/app.js';
import { apiSettings } from '../src/api/settings.js';
import { config } from '../src/config.js';
import { createStore } from '../src/store/driver.js';
import { wipeGraph } from '../src/store/graph-counts.js';
import { startLocal } from '../src/local-neo4j/server.js';
import { migrate } from '../src/store/migrations.js';
import { ingestFiles } from '../src/cli/ingest.js';
import { loadKnowledge } from '../src/knowledge/knowledge.js';
import { testConfig } from '../tests/helpers/test-config.js';
import { corpusDir } from './lib/corpus-files.js';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '2000' }, reuse: { type: 'boolean', default: false } } });

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function operators(plan: PlanNode, out: string[] = []): string[] {
  const details = String(plan.arguments.Details ?? '');
  if (/Seek|Scan|Search|ProcedureCall/.test(plan.operatorType)) {
    out.push(`${plan.operatorType.replace(/@neo4j$/, '')}(${details.slice(0, 60)}) ${plan.dbHits} hits ${plan.rows} rows`);
  }
  for (const c of plan.children) operators(c, out);
  return out;
}

function totalHits(plan: PlanNode): number {
  return plan.dbHits + plan.children.reduce((n, c) => n + totalHits(c), 0);
}

const server = await startLocal(testConfig().local, { detached: true, log: (l) => console.error(l) });
const store = createStore(server.connection);
if (!values.reuse) {
  await wipeGraph(store);
  await migrate(store);
  await ingestFiles(store, [corpusDir(loadKnowledge(), Number(values.articles), 42)], { report: null });
}
const [counts] = await store.query<{ meetings: number; people: number }>(
  'MATCH (m:Meeting) WITH count(m) AS meetings MATCH (p:Person) RETURN meetings, count(p) AS people',
);
console.log(`graph: ${values.reuse ? 'as found' : `${values.articles} articles`}, ${counts?.meetings} meetings, ${counts?.people} people`);

// Record every statement the API runs.
const ran: { cypher: string; params: Record<string, unknown> }[] = [];
const open = store.driver.session.bind(store.driver);
store.driver.session = (cfg?: SessionConfig) => {
  const session = open(cfg);
  const run = session.run.bind(session);
  session.run = ((cypher: string, params: Record<string, unknown>) => {
    ran.push({ cypher, params });
    return run(cypher, params);
  }) as typeof session.run;
  const executeRead = session.executeRead.bind(session);
  session.executeRead = ((work: (tx: never) => Promise<unknown>) =>
    executeRead((tx) => {
      const txRun = tx.run.bind(tx);
      return work(Object.assign(Object.create(tx) as object, {
        run: (cypher: string, params: Record<string, unknown>) => {
          ran.push({ cypher, params });
          return txRun(cypher, params);
        },
      }) as never);
    })) as typeof session.executeRead;
  return session;
};

const app = http.createServer(createApp({ store, uri: server.connection.uri, managed: true, api: { ...apiSettings(config()), apiKey: null } }));
await new Promise<void>((r) => app.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(app.address() as AddressInfo).port}/graphql`;
const ask = async (query: string): Promise<Record<string, any>> => { // eslint-disable-line @typescript-eslint/no-explicit-any
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) console.log(`  errors: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return body.data ?? {};
};

const [top] = await store.query<{ a: string; b: string; person: string; meeting: string; place: string; article: string }>(
  `MATCH (m:Meeting)-[:BETWEEN]->(a:Country), (m)-[:BETWEEN]->(b:Country) WHERE a.code < b.code
   WITH a, b, count(m) AS n ORDER BY n DESC LIMIT 1
   MATCH (p:Person)-[:REPRESENTS]->(a)
   MATCH (m:Meeting)-[:HELD_IN]->(pl:Place) MATCH (ar:Article)
   RETURN a.code AS a, b.code AS b, p.id AS person, m.id AS meeting, pl.id AS place, ar.id AS article LIMIT 1`,
);
if (!top) throw new Error('no pair of countries met in the graph');
const QUERIES: Record<string, string> = {
  meetings: `{ meetings(first: 20, filter: { countries: ["${top.a}"] }) { totalCount edges { node { id date place { name } participants { person { name } } } } } }`,
  meetingsEvidence: `{ meetings(first: 20) { edges { node { id evidence { sentence article { title } } } } } }`,
  meeting: `{ meeting(id: "${top.meeting}") { id date participants { person { name } } evidence { sentence } } }`,
  person: `{ person(id: "${top.person}") { name meetingCount counterparts(first: 10) { person { name } count } meetings(first: 5) { date } } }`,
  country: `{ country(code: "${top.a}") { name } }`,
  place: `{ place(id: "${top.place}") { name } }`,
  article: `{ article(id: "${top.article}") { title } }`,
  bilateral: `{ bilateral(a: "${top.a}", b: "${top.b}") { count held planned timeline { period count } topics { topic count } visits { aToB bToA } meetings(first: 20) { edges { node { id date } } } } }`,
  partners: `{ partners(country: "${top.a}", first: 10) { party { code } count } }`,
  graph1: `{ graph(focus: "${top.a}", depth: 1, limit: 200) { nodes { id } edges { source target } truncated } }`,
  graph2: `{ graph(focus: "${top.a}", depth: 2, limit: 200) { nodes { id } edges { source target } truncated } }`,
  connection: `{ connection(from: "${top.a}", to: "${top.b}", maxHops: 3) { hops } }`,
  topicTrends: `{ topicTrends(countries: ["${top.a}"], interval: YEAR) { topic total } }`,
  search: `{ search(text: "summit", first: 20) { id } }`,
  auditTrail: `{ auditTrail(first: 50) { kind } }`,
};

const profile = open({ database: server.connection.database, defaultAccessMode: neo4j.session.READ });
for (const [name, query] of Object.entries(QUERIES)) {
  ran.length = 0;
  await ask(query);
  console.log(`\n== ${name}: ${ran.length} statement(s)`);
  for (const { cypher, params } of ran) {
    const res = await profile.run(`PROFILE ${cypher}`, params);
    const plan = res.summary.profile as unknown as PlanNode;
    console.log(`  db hits ${totalHits(plan)}, rows ${res.records.length}:\n    ${operators(plan).join('\n    ')}`);
  }
}
await profile.close();
app.close();
await store.close();
