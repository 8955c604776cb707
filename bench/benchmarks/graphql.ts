/**
 * Benchmark 3: GraphQL latency and throughput with 20 concurrent clients for bilateral,
 * meetings (filtered, 50 per page) and graph(depth: 2), against `dkg serve` and, over the
 * same database, an @neo4j/graphql server (bench/neo4j-graphql). Targets: p99
 * < 50 ms for bilateral and meetings, < 150 ms for graph depth 2.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { procCpuSeconds, type BenchNeo4j } from '../lib/bench-neo4j.js';
import { runTimed, startServer, type Server as Child } from '../lib/child.js';
import { askOnce, runLoad, type GraphQLRequest, type LoadOptions } from '../lib/http-load.js';
import { log } from '../lib/log.js';
import { latency, msPerRequest, spread, type Latency, type Spread } from '../lib/stats.js';
import { QUESTIONS, requestsFor, type Picks, type Question, type Server } from '../queries.js';

export const CLIENTS = 20;

export interface QuestionFigures {
  status: 'ok' | 'failed';
  problem?: string;
  latencyMs?: Latency;
  /** Requests per second, one figure per timed window. */
  throughput?: Spread;
  /** p99 of each timed window, to show how stable the tail is. */
  p99PerWindow?: Spread;
  errors?: number;
  /**
   * Latency with one client asking one question at a time: the cost of the question itself.
   * With 20 clients in a closed loop, latency is about 20 / throughput (Little's law), so
   * the two together tell query cost from queueing.
   */
  singleClientMs?: Latency;
  answerBytes?: number;
  warmup?: WarmUp;
  /**
   * CPU each process spent per request over the timed windows, in ms. The same work costs
   * the same CPU on a quiet machine: when latency moves between runs, this tells a server
   * doing more work from a machine doing the same work more slowly.
   */
  cpuMsPerRequest?: { server: number | null; neo4j: number | null };
  /** For graph: how many nodes and edges (dkg) or meetings (@neo4j/graphql) an answer holds. */
  answerSize?: string;
}

/** How long the untimed warm-up ran, and whether throughput had stopped rising by then. */
export interface WarmUp {
  ms: number;
  steady: boolean;
  ratesPerSecond: number[];
}

export interface Timing {
  /** The warm-up runs at least this long, then until throughput stops rising ... */
  warmupMs: number;
  /** ... or this long at most. */
  maxWarmupMs: number;
  windows: number;
  windowMs: number;
}

export const QUICK_TIMING: Timing = { warmupMs: 500, maxWarmupMs: 2000, windows: 3, windowMs: 1000 };
/**
 * `dkg serve` and Neo4j both compile their hot paths under load, and a fresh pair of them
 * takes about a minute to get there: meetings ran at 334 requests/s (p99 229 ms) in its
 * first 10 s, 790 at 30 s and 1,010-1,050 (p99 35-41 ms) from 60 s on. A server in use has
 * long since warmed, so every question gets at least a minute.
 */
export const FULL_TIMING: Timing = { warmupMs: 60_000, maxWarmupMs: 90_000, windows: 5, windowMs: 5000 };

/** Seconds compared by `isSteady`: the last this many against the ones before them. */
const STEADY_SPAN = 5;

/**
 * Whether per-second throughput has stopped rising: the mean of the last five seconds no
 * more than 3% above the five before. Single seconds swing by 15% on this machine, so it
 * judges means; and as the rate can rest on a step for a while before the next compiled
 * path lifts it, it is asked only after the warm-up's minimum.
 */
export function isSteady(ratesPerSecond: readonly number[]): boolean {
  if (ratesPerSecond.length < 2 * STEADY_SPAN) return false;
  const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const last = mean(ratesPerSecond.slice(-STEADY_SPAN));
  const before = mean(ratesPerSecond.slice(-2 * STEADY_SPAN, -STEADY_SPAN));
  return last <= before * 1.03;
}

export async function warmUp(base: Omit<LoadOptions, 'durationMs'>, timing: Timing): Promise<WarmUp> {
  const rates: number[] = [];
  const started = performance.now();
  let steady = false;
  for (;;) {
    const elapsed = performance.now() - started;
    if (elapsed >= timing.maxWarmupMs || (elapsed >= timing.warmupMs && steady)) break;
    const r = await runLoad({ ...base, durationMs: Math.min(1000, timing.maxWarmupMs) });
    rates.push(Math.round(r.requests / (r.elapsedMs / 1000)));
    steady = isSteady(rates);
  }
  return { ms: Math.round(performance.now() - started), steady, ratesPerSecond: rates };
}

/** The busiest country pairs and countries, so every question has real work to do. */
export async function pickFromGraph(neo: BenchNeo4j): Promise<Picks> {
  return neo.store.read(async (tx) => {
    const pairs = await tx.run(
      'MATCH (a:Country)<-[:BETWEEN]-(m:Meeting)-[:BETWEEN]->(b:Country) WHERE a.code < b.code ' +
        'RETURN a.code AS a, b.code AS b, count(m) AS n ORDER BY n DESC, a, b LIMIT 10',
    );
    const countries = await tx.run(
      'MATCH (c:Country)<-[:BETWEEN]-(m:Meeting) RETURN c.code AS c, count(m) AS n ORDER BY n DESC, c LIMIT 10',
    );
    return {
      pairs: pairs.records.map((r) => [String(r.get('a')), String(r.get('b'))] as [string, string]),
      countries: countries.records.map((r) => String(r.get('c'))),
      // The corpus spans 2024-01-01 plus about 700 days: a range that holds most of it.
      from: '2024-03-01',
      to: '2025-06-30',
    };
  });
}

export async function startDkg(neo: BenchNeo4j, port: number): Promise<Child> {
  const url = `http://127.0.0.1:${port}`;
  return startServer({
    name: 'dkg serve',
    cmd: process.execPath,
    args: [path.join(PROJECT_ROOT, 'bin', 'dkg.js'), 'serve', '--port', String(port), '--host', '127.0.0.1'],
    env: neo.env({ DKG_SAMPLES: 'off', NODE_ENV: 'production' }),
    url: `${url}/graphql`,
    readyUrl: `${url}/health`,
  });
}

const N4G_DIR = path.join(PROJECT_ROOT, 'bench', 'neo4j-graphql');

export async function startNeo4jGraphql(neo: BenchNeo4j, port: number): Promise<Child> {
  if (!existsSync(path.join(N4G_DIR, 'node_modules', '@neo4j', 'graphql'))) {
    // Its own package (and lock file), so the app's dependencies never include it.
    log('installing @neo4j/graphql into bench/neo4j-graphql (first run only)');
    const done = await runTimed('npm', ['ci', '--no-audit', '--no-fund', '--prefix', N4G_DIR], process.env, N4G_DIR);
    if (done.code !== 0) throw new Error(`npm ci in bench/neo4j-graphql failed: ${done.stderrTail}`);
  }
  const url = `http://127.0.0.1:${port}/graphql`;
  return startServer({
    name: '@neo4j/graphql server',
    cmd: process.execPath,
    args: [path.join(N4G_DIR, 'server.mjs'), String(port)],
    // The pool dkg's server opens, so neither side gets more connections.
    env: neo.env({ NODE_ENV: 'production', DKG_NEO4J_POOL: String(loadConfig().neo4jPoolSize) }),
    url,
    readyUrl: url,
    readyBody: JSON.stringify({ query: '{ __typename }' }),
  });
}

function describeAnswer(q: Question, text: string): string | undefined {
  if (q !== 'graph') return undefined;
  try {
    const data = (JSON.parse(text) as { data: Record<string, unknown> }).data;
    if ('graph' in data) {
      const g = data.graph as { nodes: unknown[]; edges: unknown[]; truncated: boolean };
      return `${g.nodes.length} nodes, ${g.edges.length} edges${g.truncated ? ', truncated' : ''}`;
    }
    const ids = new Set<string>();
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        if (typeof o.id === 'string' && o.id.startsWith('m-')) ids.add(o.id);
        Object.values(o).forEach(walk);
      }
    };
    walk(data);
    return `${ids.size} distinct meetings`;
  } catch {
    return undefined;
  }
}

/** CPU seconds used so far by the GraphQL server and by Neo4j (null when unknown). */
export type CpuSampler = () => { server: number | null; neo4j: number | null };
type CpuSample = ReturnType<CpuSampler>;

/** A process's CPU seconds so far, read from its id (null without one, or once it is gone). */
export function pidCpu(pid: number | undefined): () => number | null {
  return () => (pid === undefined ? null : procCpuSeconds(pid));
}

/** The server's CPU read from its process id (null without one), Neo4j's from `neo4jCpu`. */
export function cpuSampler(serverPid: number | undefined, neo4jCpu: () => number | null): CpuSampler {
  const serverCpu = pidCpu(serverPid);
  return () => ({ server: serverCpu(), neo4j: neo4jCpu() });
}

/** CPU seconds each process spent between two samples. */
export function cpuBetween(before: CpuSample, after: CpuSample): CpuSample {
  const used = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : b - a);
  return { server: used(before.server, after.server), neo4j: used(before.neo4j, after.neo4j) };
}

/** Milliseconds of CPU each process spent per request between two samples. */
export function cpuPerRequest(before: CpuSample, after: CpuSample, requests: number): CpuSample {
  const used = cpuBetween(before, after);
  return { server: msPerRequest(used.server, requests), neo4j: msPerRequest(used.neo4j, requests) };
}

export async function measureQuestion(
  url: string,
  q: Question,
  requests: GraphQLRequest[],
  timing: Timing,
  cpu: CpuSampler = () => ({ server: null, neo4j: null }),
): Promise<QuestionFigures> {
  const first = await askOnce(url, requests[0] as GraphQLRequest);
  if (first.problem) return { status: 'failed', problem: first.problem };
  const base = { url, clients: CLIENTS, requests, maxRequests: 50_000 };
  const warmup = await warmUp(base, timing);
  const all: number[] = [];
  const rates: number[] = [];
  const p99s: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const cpuBefore = cpu();
  for (let w = 0; w < timing.windows; w++) {
    const r = await runLoad({ ...base, durationMs: timing.windowMs });
    all.push(...r.latenciesMs);
    rates.push(r.requests / (r.elapsedMs / 1000));
    p99s.push(latency(r.latenciesMs).p99);
    errors += r.errors;
    firstError ??= r.firstError;
  }
  const cpuMsPerRequest = cpuPerRequest(cpuBefore, cpu(), all.length);
  const single = await runLoad({ ...base, clients: 1, durationMs: timing.windowMs });
  errors += single.errors;
  firstError ??= single.firstError;
  const figures: QuestionFigures = {
    status: errors > 0 ? 'failed' : 'ok',
    latencyMs: latency(all),
    singleClientMs: latency(single.latenciesMs),
    throughput: spread(rates),
    p99PerWindow: spread(p99s),
    errors,
    answerBytes: first.bytes,
    warmup,
    cpuMsPerRequest,
  };
  const size = describeAnswer(q, first.text);
  if (size) figures.answerSize = size;
  if (firstError) figures.problem = `${errors} of ${all.length} requests failed, first: ${firstError}`;
  return figures;
}

export type ServerFigures = Record<Question, QuestionFigures> | { unavailable: string };

/** Asks every question of one server; `unavailable` when it cannot be started or has no API yet. */
export async function measureServer(
  name: Server,
  start: () => Promise<Child>,
  picks: Picks,
  timing: Timing,
  neo4jCpu: () => number | null,
  questions: readonly Question[] = QUESTIONS,
): Promise<ServerFigures> {
  let server: Child;
  try {
    server = await start();
  } catch (e) {
    return { unavailable: e instanceof Error ? e.message.split('\n').slice(0, 4).join(' | ') : String(e) };
  }
  try {
    const probe = await askOnce(server.url, { query: '{ __typename }', variables: {} });
    if (probe.problem) return { unavailable: `${server.url} does not answer GraphQL yet (${probe.problem.slice(0, 120)})` };
    const out = {} as Record<Question, QuestionFigures>;
    const cpu = cpuSampler(server.child.pid, neo4jCpu);
    for (const q of questions) {
      log(`graphql: ${name} ${q}, ${CLIENTS} clients`);
      out[q] = await measureQuestion(server.url, q, requestsFor(name, q, picks), timing, cpu);
      if (out[q].status === 'failed') {
        // A masked error tells the client nothing: keep the server's own account of it.
        const said = server.stderrTail().trim().split('\n').slice(-3).join(' | ').slice(0, 400);
        if (said) out[q].problem = `${out[q].problem ?? 'failed'} [server log: ${said}]`;
      }
      const l = out[q].latencyMs;
      log(
        l
          ? `graphql: ${name} ${q}: p50 ${l.p50.toFixed(1)} ms, p99 ${l.p99.toFixed(1)} ms, ` +
              `${out[q].throughput?.median.toFixed(0)} req/s${out[q].problem ? ` (${out[q].problem})` : ''}`
          : `graphql: ${name} ${q} failed: ${out[q].problem}`,
      );
    }
    return out;
  } finally {
    await server.stop();
  }
}
