/**
 * `npm run bench`: every benchmark against a fresh Neo4j started for the run,
 * results in bench/results.json and bench/RESULTS.md. See docs/benchmarks.md.
 *   npm run bench -- [--quick] [--only NAME] [--skip-100k]
 */
import os from 'node:os';
import path from 'node:path';
import { buildDist, isFresh } from '../scripts/build.js';
import { PROJECT_ROOT } from '../src/config.js';
import { loadKnowledge } from '../src/knowledge/knowledge.js';
import { browserBenchmark } from './benchmarks/browser.js';
import { extractionBenchmark } from './benchmarks/extraction.js';
import { graphqlResult, ingestionResult, scalingResult, type SizePoint } from './benchmarks/report.js';
import { FULL_TIMING, QUICK_TIMING, measureServer, pickFromGraph, startDkg, startNeo4jGraphql, type Timing } from './benchmarks/graphql.js';
import { ingestAtSize } from './benchmarks/ingestion.js';
import { settle, startBenchNeo4j, type BenchNeo4j } from './lib/bench-neo4j.js';
import { corpusDir } from './lib/corpus-files.js';
import { log } from './lib/log.js';
import { machineFacts } from './lib/machine.js';
import { BENCHMARKS, HELP, parseOptions, type BenchmarkName, type RunOptions } from './lib/options.js';
import { emptyResult, mergeResults, writeResults, type BenchResult, type ResultsFile } from './lib/results.js';

// A quick run writes beside the full results, never over them: its 1k-article figures are
// not comparable with the 10k-article ones that get committed.
function resultFiles(quick: boolean): { json: string; md: string } {
  const suffix = quick ? '-quick' : '';
  return {
    json: path.join(PROJECT_ROOT, 'bench', `results${suffix}.json`),
    md: path.join(PROJECT_ROOT, 'bench', `RESULTS${suffix}.md`),
  };
}

function failed(e: unknown): BenchResult {
  const r = emptyResult();
  r.status = 'failed';
  r.notes.push(e instanceof Error ? e.message.split('\n').slice(0, 6).join(' | ') : String(e));
  return r;
}

/** Ingests one corpus size and asks the three questions over it. */
async function measureSize(
  neo: BenchNeo4j,
  opts: RunOptions,
  size: number,
  reps: number,
  servers: { dkg: boolean; neo4jGraphql: boolean },
  timing: Timing,
): Promise<SizePoint> {
  const kb = loadKnowledge();
  // Warm-up corpus: another seed, so the timed runs never re-read what the warm-up wrote.
  const warmDir = corpusDir(kb, opts.quick ? 300 : 1000, opts.seed + 1);
  const dir = corpusDir(kb, size, opts.seed);
  const ingest = await ingestAtSize(neo, dir, size, reps, warmDir);
  log(`graph after ingesting ${size}: ${JSON.stringify(ingest.graph)}`);
  await settle(neo);
  const picks = await pickFromGraph(neo);
  const dkg = servers.dkg ? await measureServer('dkg', () => startDkg(neo, opts.dkgPort), picks, timing, () => neo.cpuSeconds()) : null;
  const n4g = servers.neo4jGraphql
    ? await measureServer('neo4j-graphql', () => startNeo4jGraphql(neo, opts.neo4jGraphqlPort), picks, timing, () => neo.cpuSeconds())
    : null;
  return { size, ingest, picks, dkg, neo4jGraphql: n4g, timing };
}

async function main(): Promise<number> {
  const parsed = parseOptions(process.argv.slice(2));
  if (parsed === 'help') {
    console.log(HELP);
    return 0;
  }
  const opts = parsed;
  const want = (name: BenchmarkName): boolean => opts.only === null || opts.only.includes(name);
  const machine = machineFacts();
  const timestamp = new Date().toISOString();
  const mode = opts.quick ? 'quick' : 'full';
  const entries: Partial<Record<BenchmarkName, BenchResult>> = {};
  // When each benchmark started and ended, and how busy the machine was: other work on a
  // 2-core machine shows in every figure, so the reader is told how loaded it was.
  const context: Partial<Record<BenchmarkName, { seconds: number; loadAverage: [number, number] }>> = {};
  const started = new Map<BenchmarkName, [number, number]>();
  const begin = (name: BenchmarkName): void => {
    if (want(name)) started.set(name, [Date.now(), os.loadavg()[0] ?? 0]);
  };
  const end = (name: BenchmarkName): void => {
    const s = started.get(name);
    if (s) context[name] = { seconds: Math.round((Date.now() - s[0]) / 1000), loadAverage: [s[1], os.loadavg()[0] ?? 0] };
  };
  log(`${mode} run${opts.only ? `, only ${opts.only.join(', ')}` : ''} on ${machine.cpuModel} (${machine.cores} cores), Node ${machine.node}`);

  // `dkg ingest` and `dkg serve` run as users run them: compiled, not through tsx.
  if (!isFresh()) {
    log('building dist/ (npm run build)');
    const built = buildDist();
    if (!built.ok) throw new Error(`npm run build failed:\n${built.diagnostics}`);
  }

  // Extraction first, while nothing else of ours runs.
  if (want('extraction')) {
    begin('extraction');
    entries.extraction = await extractionBenchmark(opts).catch(failed);
    end('extraction');
  }

  if (want('ingestion') || want('graphql') || want('scaling')) {
    const neo = await startBenchNeo4j(opts.neo4jPort);
    machine.neo4j = neo.version;
    machine.neo4jHeap = neo.settings.heap;
    machine.neo4jPageCache = neo.settings.pageCache;
    try {
      const headline = opts.quick ? 1000 : 10_000;
      const timing = opts.quick ? QUICK_TIMING : FULL_TIMING;
      const points = new Map<number, SizePoint>();
      if (want('ingestion') || want('graphql')) {
        begin('ingestion');
        begin('graphql');
        const reps = want('ingestion') ? 3 : 1;
        // The scaling curve reuses this point, questions included.
        const ask = want('graphql') || want('scaling');
        const point = await measureSize(neo, opts, headline, reps, { dkg: ask, neo4jGraphql: ask }, timing)
          .catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
        if (point instanceof Error) {
          if (want('ingestion')) entries.ingestion = failed(point);
          if (want('graphql')) entries.graphql = failed(point);
        } else {
          points.set(headline, point);
          if (want('ingestion')) entries.ingestion = ingestionResult(point, opts);
          if (want('graphql')) entries.graphql = graphqlResult(point, opts);
        }
        end('ingestion');
        end('graphql');
      }
      if (want('scaling')) {
        begin('scaling');
        const sizes = opts.quick ? [300, 1000] : opts.skip100k ? [1000, 10_000] : [1000, 10_000, 100_000];
        const scalingTiming: Timing = opts.quick ? QUICK_TIMING : { warmupMs: 30_000, maxWarmupMs: 45_000, windows: 3, windowMs: 3000 };
        for (const size of sizes) {
          if (points.has(size)) continue;
          const reps = opts.quick || size >= 100_000 ? 1 : 3;
          const point = await measureSize(neo, opts, size, reps, { dkg: true, neo4jGraphql: !opts.quick }, scalingTiming).catch(
            (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
          );
          if (point instanceof Error) {
            log(`scaling: ${size} articles failed: ${point.message}`);
            continue;
          }
          points.set(size, point);
        }
        entries.scaling = scalingResult([...points.values()].filter((p) => sizes.includes(p.size)), opts, sizes);
        end('scaling');
      }
    } finally {
      log('stopping the bench Neo4j');
      await neo.stop();
    }
  }

  if (want('browser')) {
    begin('browser');
    entries.browser = await browserBenchmark(opts).catch(failed);
    end('browser');
  }

  const run: ResultsFile = { timestamp, mode, machine };
  for (const [name, r] of Object.entries(entries)) run[name] = { ...r, timestamp, mode, ...context[name as BenchmarkName] };
  const files = resultFiles(opts.quick);
  const merged = mergeResults(files.json, run);
  writeResults(files.json, files.md, merged, [...BENCHMARKS]);
  log(`wrote ${path.relative(process.cwd(), files.json)} and ${path.relative(process.cwd(), files.md)}`);
  const bad = Object.entries(entries).filter(([, r]) => r.status === 'failed');
  for (const [name, r] of bad) log(`${name} failed: ${r.notes.join(' ')}`);
  return bad.length ? 1 : 0;
}

process.exitCode = await main();
