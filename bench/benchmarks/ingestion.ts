/**
 * Benchmark 2: end-to-end ingestion (read + extract + resolve + write), as a user runs it:
 * `node bin/dkg.js ingest DIR` in a child process against the bench Neo4j, timed from
 * spawn to exit, into an empty graph. Peak memory is the child's own getrusage maxRSS,
 * written at exit by bench/hooks/max-rss.mjs. Target: >= 300 articles/s for
 * 10,000 articles on this 2-core machine.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import type { BenchNeo4j, GraphCounts } from '../lib/bench-neo4j.js';
import { BENCH_HOME } from '../lib/bench-neo4j.js';
import { runTimed } from '../lib/child.js';
import { log } from '../lib/log.js';
import { spread, type Spread } from '../lib/stats.js';

export const INGESTION_TARGET = 300;

export interface IngestRun {
  articles: number;
  wallMs: number;
  rate: number;
  peakRssMiB: number | null;
  /** CPU seconds of the ingest process and of Neo4j during the run. */
  cpu: { ingest: number | null; neo4j: number | null };
  summary: string;
}

export interface IngestAtSize {
  size: number;
  runs: IngestRun[];
  rate: Spread;
  /** Rate with the fixed start-up cost (Node, tsx, knowledge base, connect) taken out. */
  steadyRate: Spread;
  /**
   * CPU milliseconds per article, ingest process and Neo4j together: what an article costs
   * whoever else is using the machine; 2 cores / cost is the rate an idle machine could reach.
   */
  cpuMsPerArticle: Spread | null;
  peakRssMiB: Spread | null;
  fixedCostMs: number;
  graph: GraphCounts;
  neo4jMemory: { rssMiB: number | null; peakMiB: number | null };
}

const HOOK = path.join(PROJECT_ROOT, 'bench', 'hooks', 'max-rss.mjs');
const DKG = path.join(PROJECT_ROOT, 'bin', 'dkg.js');

async function ingestOnce(neo: BenchNeo4j, dir: string, tag: string): Promise<IngestRun> {
  const work = path.join(BENCH_HOME, 'ingest-runs');
  mkdirSync(work, { recursive: true });
  const rssFile = path.join(work, `rss-${tag}.json`);
  const report = path.join(work, `report-${tag}.json`);
  rmSync(rssFile, { force: true });
  const neoCpu0 = neo.cpuSeconds();
  const done = await runTimed(
    process.execPath,
    ['--import', HOOK, DKG, 'ingest', dir, '--report', report],
    neo.env({ DKG_BENCH_RSS_FILE: rssFile, DKG_SAMPLES: 'off', NODE_ENV: 'production' }),
    PROJECT_ROOT,
  );
  const summary = /^(\d+) articles: .*$/m.exec(done.stderrTail);
  if (done.code !== 0 || !summary) {
    throw new Error(`dkg ingest ${dir} exited with ${done.code}: ${done.stderrTail.trim().split('\n').slice(-6).join(' | ')}`);
  }
  const neoCpu1 = neo.cpuSeconds();
  let peak: number | null;
  let cpu: number | null;
  try {
    const usage = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRssKiB: number; cpuMicros: number };
    peak = usage.maxRssKiB / 1024;
    cpu = usage.cpuMicros / 1e6;
  } catch {
    peak = null;
    cpu = null;
  }
  const articles = Number(summary[1]);
  return {
    articles,
    wallMs: done.wallMs,
    rate: articles / (done.wallMs / 1000),
    peakRssMiB: peak,
    cpu: { ingest: cpu, neo4j: neoCpu0 !== null && neoCpu1 !== null ? neoCpu1 - neoCpu0 : null },
    summary: summary[0],
  };
}

let fixedCost: number | null = null;

/** Start-up cost of `dkg ingest` with nothing to read: Node, tsx, the knowledge base, connecting. */
async function measureFixedCost(neo: BenchNeo4j): Promise<number> {
  if (fixedCost !== null) return fixedCost;
  const empty = path.join(BENCH_HOME, 'empty-input');
  mkdirSync(empty, { recursive: true });
  const times: number[] = [];
  for (let i = 0; i < 3; i++) times.push((await ingestOnce(neo, empty, 'empty')).wallMs);
  fixedCost = spread(times).median;
  return fixedCost;
}

let warmedUp = false;

/** Ingests the corpus `reps` times, each into an emptied graph; leaves the last one in place. */
export async function ingestAtSize(neo: BenchNeo4j, dir: string, size: number, reps: number, warmDir: string): Promise<IngestAtSize> {
  const fixed = await measureFixedCost(neo);
  if (!warmedUp) {
    // Neo4j's query plans, page cache and JIT warm up on a first, unrecorded ingest.
    log('ingestion: warm-up run');
    await neo.wipe();
    await ingestOnce(neo, warmDir, 'warmup');
    warmedUp = true;
  }
  const runs: IngestRun[] = [];
  for (let r = 0; r < reps; r++) {
    await neo.wipe();
    const run = await ingestOnce(neo, dir, `${size}-${r}`);
    log(`ingestion: ${size} articles, run ${r + 1}/${reps}: ${run.rate.toFixed(0)} articles/s, ` +
      `peak RSS ${run.peakRssMiB?.toFixed(0) ?? '?'} MiB, CPU ${run.cpu.ingest?.toFixed(1) ?? '?'} s node + ` +
      `${run.cpu.neo4j?.toFixed(1) ?? '?'} s neo4j (${(run.wallMs / 1000).toFixed(1)} s)`);
    runs.push(run);
  }
  const peaks = runs.map((r) => r.peakRssMiB).filter((x): x is number => x !== null);
  const costs = runs
    .filter((r) => r.cpu.ingest !== null && r.cpu.neo4j !== null && r.articles > 0)
    .map((r) => (((r.cpu.ingest ?? 0) + (r.cpu.neo4j ?? 0)) * 1000) / r.articles);
  return {
    size,
    runs,
    rate: spread(runs.map((r) => r.rate)),
    steadyRate: spread(runs.map((r) => r.articles / (Math.max(1, r.wallMs - fixed) / 1000))),
    peakRssMiB: peaks.length ? spread(peaks) : null,
    cpuMsPerArticle: costs.length ? spread(costs) : null,
    fixedCostMs: fixed,
    graph: await neo.counts(),
    neo4jMemory: neo.memory(),
  };
}
