/**
 * A quick look at one GraphQL question against a server that is already running, for
 * working on the API between full benchmark runs (which build a fresh graph every time):
 *
 *   NEO4J_URI=... NEO4J_PASSWORD=... node --import tsx bench/probe.ts --url http://127.0.0.1:4000/graphql
 *
 * Picks its questions from the graph at NEO4J_URI the way `npm run bench` does, then prints
 * p50/p99 and throughput per question for 20 clients and for one; with `--cpu PID,PID` (the
 * server's and Neo4j's), the CPU each used per request under load.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { createStore } from '../src/store/driver.js';
import { CLIENTS, FULL_TIMING, cpuPerRequest, cpuSampler, pickFromGraph, pidCpu, warmUp } from './benchmarks/graphql.js';
import type { BenchNeo4j } from './lib/bench-neo4j.js';
import { askOnce, runLoad } from './lib/http-load.js';
import { latency } from './lib/stats.js';
import { QUESTIONS, requestsFor, type Question, type Server } from './queries.js';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4000/graphql' },
    server: { type: 'string', default: 'dkg' },
    only: { type: 'string' },
    seconds: { type: 'string', default: '5' },
    // Untimed load first (bench/benchmarks/graphql.ts, FULL_TIMING: why a minute).
    warmup: { type: 'string', default: String(FULL_TIMING.warmupMs / 1000) },
    clients: { type: 'string', default: String(CLIENTS) },
    // Process ids (the server, Neo4j) whose CPU per request to show: steadier than latency.
    cpu: { type: 'string' },
  },
});

const pids = values.cpu?.split(',').map(Number) ?? [];
const cpuOf = cpuSampler(pids[0], pidCpu(pids[1]));

const conn = loadConfig().external;
if (!conn) throw new Error('bench/probe.ts: set NEO4J_URI (and NEO4J_PASSWORD) to the graph the server reads');
const store = createStore(conn);
const picks = await pickFromGraph({ store } as BenchNeo4j);
await store.close();

const questions = (values.only?.split(',') ?? QUESTIONS) as Question[];
const url = values.url as string;
const durationMs = Number(values.seconds) * 1000;
for (const q of questions) {
  const requests = requestsFor(values.server as Server, q, picks);
  const first = await askOnce(url, requests[0]!);
  if (first.problem) {
    console.log(`${q}: ${first.problem}`);
    continue;
  }
  const warmupMs = Number(values.warmup) * 1000;
  const warm = await warmUp({ url, requests, clients: Number(values.clients), maxRequests: 1e6 }, { ...FULL_TIMING, warmupMs, maxWarmupMs: warmupMs * 1.5 });
  const before = cpuOf();
  const many = await runLoad({ url, requests, clients: Number(values.clients), durationMs, maxRequests: 1e6 });
  const used = cpuPerRequest(before, cpuOf(), many.requests);
  const cpu = [used.server, used.neo4j].slice(0, pids.length).map((c) => c?.toFixed(2) ?? '?');
  const one = await runLoad({ url, requests, clients: 1, durationMs: Math.min(durationMs, 3000), maxRequests: 1e6 });
  const l = latency(many.latenciesMs);
  const s = latency(one.latenciesMs);
  console.log(
    `${q.padEnd(10)} ${values.clients} clients: p50 ${l.p50.toFixed(1)} p99 ${l.p99.toFixed(1)} ms, ` +
      `${(many.requests / (many.elapsedMs / 1000)).toFixed(0)} req/s, errors ${many.errors}; ` +
      `1 client: p50 ${s.p50.toFixed(1)} p99 ${s.p99.toFixed(1)} ms; ${first.bytes} B; ` +
      `warm-up ${(warm.ms / 1000).toFixed(0)} s${warm.steady ? '' : ' (still rising)'}` +
      (pids.length ? `; CPU ms per request (${pids.join(', ')}): ${cpu.join(', ')}` : ''),
  );
}
