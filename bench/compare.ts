/**
 * Two running servers compared on one question, the load alternating between them in short
 * slices (bench/lib/alternating.ts), for telling a change from the machine's drift:
 *
 *   NEO4J_URI=... NEO4J_PASSWORD=... node --import tsx bench/compare.ts \
 *     --a http://127.0.0.1:4101/graphql --b http://127.0.0.1:4102/graphql --only meetings \
 *     [--cpu-a SERVER_PID,NEO4J_PID] [--cpu-b SERVER_PID,NEO4J_PID] [--rounds 20] [--slice 3]
 *
 * Both servers must serve the same graph (the one at NEO4J_URI, where the questions are
 * picked); give each its own Neo4j to compare Neo4j settings, or one Neo4j to compare servers.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { createStore } from '../src/store/driver.js';
import { CLIENTS, pickFromGraph } from './benchmarks/graphql.js';
import { roundOrder, tally, type Slice } from './lib/alternating.js';
import { procCpuSeconds, type BenchNeo4j } from './lib/bench-neo4j.js';
import { askOnce, runLoad } from './lib/http-load.js';
import { QUESTIONS, requestsFor, type Question } from './queries.js';

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    only: { type: 'string', default: 'meetings' },
    'cpu-a': { type: 'string' },
    'cpu-b': { type: 'string' },
    rounds: { type: 'string', default: '20' },
    slice: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '30' },
  },
});
if (!values.a || !values.b) throw new Error('bench/compare.ts: give both servers, --a URL and --b URL');
const q = values.only as Question;
if (!QUESTIONS.includes(q)) throw new Error(`bench/compare.ts: --only ${q}: not a question; one of ${QUESTIONS.join(', ')}`);
const conn = loadConfig().external;
if (!conn) throw new Error('bench/compare.ts: set NEO4J_URI (and NEO4J_PASSWORD) to the graph the servers read');

const store = createStore(conn);
const picks = await pickFromGraph({ store } as BenchNeo4j);
await store.close();

const requests = requestsFor('dkg', q, picks);
const sides = [
  { name: 'A', url: values.a, pids: values['cpu-a']?.split(',').map(Number) ?? [] },
  { name: 'B', url: values.b, pids: values['cpu-b']?.split(',').map(Number) ?? [] },
];
for (const side of sides) {
  const first = await askOnce(side.url, requests[0]!);
  if (first.problem) throw new Error(`bench/compare.ts: server ${side.name} (${side.url}): ${first.problem}`);
}
const cpuOf = (pid: number | undefined): number | null => (pid === undefined ? null : procCpuSeconds(pid));
const load = (url: string, durationMs: number) => runLoad({ url, requests, clients: CLIENTS, durationMs, maxRequests: 1e7 });

for (const side of sides) await load(side.url, Number(values.warmup) * 1000);
const slices: Slice[][] = [[], []];
const rounds = Number(values.rounds);
for (let k = 0; k < rounds; k++) {
  for (const i of roundOrder(k)) {
    const side = sides[i]!;
    const server0 = cpuOf(side.pids[0]);
    const neo0 = cpuOf(side.pids[1]);
    const r = await load(side.url, Number(values.slice) * 1000);
    const server1 = cpuOf(side.pids[0]);
    const neo1 = cpuOf(side.pids[1]);
    slices[i]!.push({
      requests: r.requests,
      elapsedMs: r.elapsedMs,
      latenciesMs: r.latenciesMs,
      serverCpu: server0 === null || server1 === null ? null : server1 - server0,
      neo4jCpu: neo0 === null || neo1 === null ? null : neo1 - neo0,
    });
  }
  process.stderr.write(`\rround ${k + 1}/${rounds}`);
}
process.stderr.write('\n');
const ms = (x: number | null): string => (x === null ? '?' : x.toFixed(3));
sides.forEach((side, i) => {
  const f = tally(slices[i]!);
  console.log(
    `${side.name} ${side.url} ${q}: ${f.requestsPerSecond.toFixed(0)} req/s, p50 ${f.latency.p50.toFixed(1)} ` +
      `p99 ${f.latency.p99.toFixed(1)} ms; CPU ms per request: server ${ms(f.serverCpuMs)}, Neo4j ${ms(f.neo4jCpuMs)}`,
  );
});
