/** Turns measured size points into the benchmark entries of the results files. */
import type { RunOptions } from '../lib/options.js';
import { atLeast, below, emptyResult, info, latencyText, spreadText, type BenchResult } from '../lib/results.js';
import { P99_TARGET_MS, QUESTIONS, type Picks, type Question } from '../queries.js';
import { CLIENTS, type QuestionFigures, type ServerFigures, type Timing } from './graphql.js';
import { INGESTION_TARGET, type IngestAtSize } from './ingestion.js';

export interface SizePoint {
  size: number;
  ingest: IngestAtSize;
  picks: Picks;
  dkg: ServerFigures | null;
  neo4jGraphql: ServerFigures | null;
  timing: Timing;
}

const TARGET_SIZE = 10_000;

export function ingestionResult(p: SizePoint, opts: RunOptions): BenchResult {
  const i = p.ingest;
  const r = emptyResult({ articles: p.size, runs: i.runs.length, corpusSeed: opts.seed, articleKiB: 3 });
  r.figures = {
    rate: { unit: 'articles/s', ...i.rate },
    steadyRate: { unit: 'articles/s', ...i.steadyRate },
    cpuMsPerArticle: i.cpuMsPerArticle ? { unit: 'ms', ...i.cpuMsPerArticle } : null,
    fixedCostMs: i.fixedCostMs,
    peakRssMiB: i.peakRssMiB ? { unit: 'MiB', ...i.peakRssMiB } : null,
    neo4jMemoryMiB: i.neo4jMemory,
    graph: i.graph,
    runs: i.runs,
  };
  const label = `${p.size.toLocaleString('en')} articles, end to end`;
  r.checks.push(
    p.size === TARGET_SIZE
      ? atLeast(`articles/s, ${label}`, i.rate.median, 'articles/s', INGESTION_TARGET, spreadText(i.rate))
      : info(`articles/s, ${label} (target is for 10,000)`, i.rate.median, 'articles/s', spreadText(i.rate)),
    info(`articles/s without the ${(i.fixedCostMs / 1000).toFixed(1)} s start-up`, i.steadyRate.median, 'articles/s', spreadText(i.steadyRate)),
    info(
      'CPU per article (ingest process + Neo4j)',
      i.cpuMsPerArticle?.median ?? null,
      'ms',
      i.cpuMsPerArticle ? `${spreadText(i.cpuMsPerArticle, 1)}; an idle 2-core machine could reach ~${(2000 / i.cpuMsPerArticle.median).toFixed(0)} articles/s` : '',
    ),
    info('peak RSS of the ingest process', i.peakRssMiB?.median ?? null, 'MiB', i.peakRssMiB ? spreadText(i.peakRssMiB) : ''),
    info('Neo4j JVM resident memory after ingest', i.neo4jMemory.rssMiB, 'MiB', `peak ${i.neo4jMemory.peakMiB ?? '?'} MiB`),
  );
  if (p.size !== TARGET_SIZE) r.notes.push(`quick run: ${p.size} articles; the target is stated for 10,000 (full run).`);
  return r;
}

function questionRows(r: BenchResult, server: string, figs: ServerFigures | null, withTargets: boolean, suffix = ''): void {
  if (figs === null) return;
  if ('unavailable' in figs) {
    r.status = 'partial';
    r.notes.push(`${server}: not measured: ${figs.unavailable}`);
    for (const q of QUESTIONS) {
      r.checks.push(withTargets ? below(`${q} p99 (${server})${suffix}`, null, 'ms', P99_TARGET_MS[q]) : info(`${q} p99 (${server})${suffix}`, null, 'ms'));
    }
    return;
  }
  for (const q of QUESTIONS) {
    const f: QuestionFigures = figs[q];
    if (!f.latencyMs) {
      r.status = 'partial';
      r.notes.push(`${server} ${q}: ${f.problem ?? 'failed'}`);
      r.checks.push(withTargets ? below(`${q} p99 (${server})${suffix}`, null, 'ms', P99_TARGET_MS[q]) : info(`${q} p99 (${server})${suffix}`, null, 'ms'));
      continue;
    }
    if (f.problem) r.notes.push(`${server} ${q}: ${f.problem}`);
    const l = f.latencyMs;
    const spreadP99 = f.p99PerWindow ? `p99 per window ${f.p99PerWindow.min.toFixed(1)}-${f.p99PerWindow.max.toFixed(1)}; ` : '';
    const warm = f.warmup
      ? `warm-up ${(f.warmup.ms / 1000).toFixed(0)} s${f.warmup.steady ? '' : ', throughput still rising'}; `
      : '';
    const size = f.answerSize ? `; answer: ${f.answerSize}` : '';
    const row = `${q} p99 (${server})${suffix}`;
    const single = f.singleClientMs ? `1 client alone: p50 ${f.singleClientMs.p50.toFixed(1)} / p99 ${f.singleClientMs.p99.toFixed(1)} ms; ` : '';
    const c = f.cpuMsPerRequest;
    const cpu =
      c && c.server !== null && c.neo4j !== null ? `CPU per request: server ${c.server.toFixed(2)} ms, Neo4j ${c.neo4j.toFixed(2)} ms; ` : '';
    const detail = `${latencyText(l)}; ${spreadP99}${warm}${single}${cpu}${(f.answerBytes ?? 0) / 1024 >= 1 ? `${((f.answerBytes ?? 0) / 1024).toFixed(0)} KiB` : `${f.answerBytes ?? 0} B`}${size}`;
    r.checks.push(withTargets ? below(row, l.p99, 'ms', P99_TARGET_MS[q], detail) : info(row, l.p99, 'ms', detail));
    if (f.throughput) {
      r.checks.push(info(`${q} throughput (${server})${suffix}`, f.throughput.median, 'req/s', spreadText(f.throughput)));
    }
  }
}

export function graphqlResult(p: SizePoint, opts: RunOptions): BenchResult {
  const r = emptyResult({ articles: p.size, clients: CLIENTS, timing: p.timing, corpusSeed: opts.seed });
  r.figures = { picks: p.picks, dkg: p.dkg, neo4jGraphql: p.neo4jGraphql, graph: p.ingest.graph };
  questionRows(r, 'dkg', p.dkg, true);
  questionRows(r, '@neo4j/graphql', p.neo4jGraphql, false);
  if (p.size !== TARGET_SIZE) r.notes.push(`quick run: a graph of ${p.size} articles; the targets are stated for 10,000 (full run).`);
  return r;
}

function p99Of(figs: ServerFigures | null, q: Question): number | null {
  if (!figs || 'unavailable' in figs) return null;
  return figs[q].latencyMs?.p99 ?? null;
}

export function scalingResult(points: SizePoint[], opts: RunOptions, sizes: number[]): BenchResult {
  const sorted = [...points].sort((a, b) => a.size - b.size);
  const r = emptyResult({ sizes, quick: opts.quick });
  r.figures = {
    curve: sorted.map((p) => ({
      articles: p.size,
      ingestRate: p.ingest.rate,
      steadyIngestRate: p.ingest.steadyRate,
      peakRssMiB: p.ingest.peakRssMiB?.median ?? null,
      graph: p.ingest.graph,
      p99Ms: Object.fromEntries(
        QUESTIONS.map((q) => [q, { dkg: p99Of(p.dkg, q), neo4jGraphql: p99Of(p.neo4jGraphql, q) }]),
      ),
    })),
  };
  for (const p of sorted) {
    const n = p.size.toLocaleString('en');
    r.checks.push(info(`${n} articles: ingestion`, p.ingest.rate.median, 'articles/s', spreadText(p.ingest.rate)));
    for (const q of QUESTIONS) {
      const d = p99Of(p.dkg, q);
      const o = p99Of(p.neo4jGraphql, q);
      r.checks.push(info(`${n} articles: ${q} p99 (dkg)`, d, 'ms', o === null ? '' : `@neo4j/graphql: ${o.toFixed(1)} ms`));
    }
  }
  const missing = sizes.filter((s) => !points.some((p) => p.size === s));
  if (missing.length) {
    r.status = 'partial';
    r.notes.push(`no figures for ${missing.join(', ')} articles (see the log of the run).`);
  }
  if (!opts.quick && opts.skip100k) r.notes.push('--skip-100k: the 100,000-article step was left out.');
  if (opts.quick) r.notes.push('quick run: 300 and 1,000 articles only, dkg only; the full run measures 1,000, 10,000 and 100,000, with @neo4j/graphql beside dkg.');
  return r;
}
