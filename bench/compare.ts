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
import { CLIENTS, cpuBetween, cpuSampler, pickFromGraph, pidCpu } from './benchmarks/graphql.js';
import { roundOrder, tally, type Slice } from './lib/alternating.js';
import type { BenchNeo4j } from './lib/bench-neo4j.js';
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
const side = (name: string, url: string, cpu: string | undefined) => {
  const pids = cpu?.split(',').map(Number) ?? [];
  return { name, url, cpu: cpuSampler(pids[0], pidCpu(pids[1])), slices: [] as Slice[] };
};
const sides = [side('A', values.a, values['cpu-a']), side('B', values.b, values['cpu-b'])];
for (const s of sides) {
  const first = await askOnce(s.url, requests[0]!);
  if (first.problem) throw new Error(`bench/compare.ts: server ${s.name} (${s.url}): ${first.problem}`);
}
const load = (url: string, durationMs: number) => runLoad({ url, requests, clients: CLIENTS, durationMs, maxRequests: 1e7 });

for (const s of sides) await load(s.url, Number(values.warmup) * 1000);
const rounds = Number(values.rounds);
for (let k = 0; k < rounds; k++) {
  for (const i of roundOrder(k)) {
    const s = sides[i]!;
    const before = s.cpu();
    const r = await load(s.url, Number(values.slice) * 1000);
    const used = cpuBetween(before, s.cpu());
    s.slices.push({ requests: r.requests, elapsedMs: r.elapsedMs, latenciesMs: r.latenciesMs, serverCpu: used.server, neo4jCpu: used.neo4j });
  }
  process.stderr.write(`\rround ${k + 1}/${rounds}`);
}
process.stderr.write('\n');
const ms = (x: number | null): string => (x === null ? '?' : x.toFixed(3));
for (const s of sides) {
  const f = tally(s.slices);
  console.log(
    `${s.name} ${s.url} ${q}: ${f.requestsPerSecond.toFixed(0)} req/s, p50 ${f.latency.p50.toFixed(1)} ` +
      `p99 ${f.latency.p99.toFixed(1)} ms; CPU ms per request: server ${ms(f.serverCpuMs)}, Neo4j ${ms(f.neo4jCpuMs)}`,
  );
}
