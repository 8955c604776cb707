/**
 * Extraction speed on one core: articles per second for ~3 KB articles, timed around
 * extractArticle only (reading and parsing the files is done before the clock starts).
 * Three sets: the synthetic corpus (bench/corpus.ts, 24 background sentences, ~3 KB), the
 * dev set (samples) cut or repeated to ~3 KB, and the real-news corpus
 * (../shared/eval/real-news, DKG_REAL_NEWS_DIR) as published, when it is there.
 * `npm run bench` runs this file in a child pinned to one CPU (taskset) with --json;
 * on its own it prints a summary:
 *   node --import tsx bench/extract.ts [--passes N] [--articles N]
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { config, PROJECT_ROOT } from '../src/config.js';
import type { Article } from '../src/domain/model.js';
import { extractArticle } from '../src/extract/index.js';
import { readArticles } from '../src/ingest/index.js';
import type { KnowledgeBase } from '../src/knowledge/knowledge-types.js';
import { loadKnowledge } from '../src/knowledge/knowledge.js';
import { generateCorpus, writeCorpus } from './corpus.js';

const TARGET_BYTES = 3 * 1024;

export interface ExtractionRun {
  set: string;
  articles: number;
  meanBytes: number;
  /** The first pass builds lazy structures (gazetteer tries, chrono parsers): shown apart. */
  firstPassMs: number;
  /** Articles per second of wall-clock time, one entry per timed pass. */
  rates: number[];
  /**
   * Articles per second of CPU time the process used (user + system) in the same passes:
   * what the code costs, robust to other programs taking turns on the core.
   */
  cpuRates: number[];
  meetingsPerArticle: number;
}

export interface ExtractionReport {
  knowledgeLoadMs: number;
  runs: ExtractionRun[];
  /** Why a set was left out (the real-news corpus is not in every checkout). */
  skipped: string[];
}

async function readDir(dir: string, map: (a: Article) => Article = (a) => a): Promise<Article[]> {
  const out: Article[] = [];
  for (const f of readdirSync(dir).sort()) {
    for await (const item of readArticles(path.join(dir, f))) {
      if (item.ok) out.push(map(item.article));
    }
  }
  return out;
}

/** Repeat or cut a body to about TARGET_BYTES, at a sentence end where possible. */
function toSize(text: string): string {
  let t = text;
  while (Buffer.byteLength(t) < TARGET_BYTES && t.length > 0) t = `${t}\n\n${text}`;
  if (t.length > TARGET_BYTES) {
    const cut = t.lastIndexOf('. ', TARGET_BYTES);
    t = t.slice(0, cut > TARGET_BYTES / 2 ? cut + 1 : TARGET_BYTES);
  }
  return t;
}

async function syntheticArticles(kb: KnowledgeBase, size: number): Promise<Article[]> {
  // Written and read back through the real reader, so the text is what ingestion sees.
  const dir = path.join(PROJECT_ROOT, '.dkg', 'bench', `extract-corpus-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  try {
    writeCorpus(dir, generateCorpus(kb, { size, seed: 7, fillerSentences: 24 }));
    return await readDir(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function measure(set: string, articles: Article[], kb: KnowledgeBase, passes: number, minPerPass: number): ExtractionRun {
  if (articles.length === 0) throw new Error(`bench: no articles in the ${set} set`);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const t0 = performance.now();
  let meetings = 0;
  for (const a of articles) meetings += extractArticle(a, kb).meetings.length;
  const firstPassMs = performance.now() - t0;
  // Warm-up: let the JIT settle before anything is timed.
  for (let i = 0; i < 2; i++) for (const a of articles) extractArticle(a, kb);
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let p = 0; p < passes; p++) {
    let n = 0;
    const start = performance.now();
    const cpu0 = process.cpuUsage();
    while (n < minPerPass) {
      for (const a of articles) extractArticle(a, kb);
      n += articles.length;
    }
    rates.push(n / ((performance.now() - start) / 1000));
    const cpu = process.cpuUsage(cpu0);
    cpuRates.push(n / ((cpu.user + cpu.system) / 1e6));
  }
  return {
    set,
    articles: articles.length,
    meanBytes: bytes / articles.length,
    firstPassMs,
    rates,
    cpuRates,
    meetingsPerArticle: meetings / articles.length,
  };
}

export async function measureExtraction(opts: { passes: number; articles: number }): Promise<ExtractionReport> {
  const t0 = performance.now();
  const kb = loadKnowledge();
  const knowledgeLoadMs = performance.now() - t0;
  const synthetic = await syntheticArticles(kb, opts.articles);
  const devSet = await readDir(path.join(PROJECT_ROOT, 'samples'), (a) => ({ ...a, text: toSize(a.text) }));
  const runs = [
    measure('synthetic', synthetic, kb, opts.passes, opts.articles),
    measure('dev set', devSet, kb, opts.passes, opts.articles),
  ];
  const skipped: string[] = [];
  // Real articles at their published length (wire copy to long readouts), read as `dkg extract` reads them.
  const realNewsDir = config().realNewsDir;
  if (existsSync(realNewsDir)) runs.push(measure('real news', await readDir(realNewsDir), kb, opts.passes, opts.articles));
  else skipped.push(`real news: no corpus at ${realNewsDir}`);
  return { knowledgeLoadMs, runs, skipped };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      passes: { type: 'string', default: '7' },
      articles: { type: 'string', default: '1000' },
      json: { type: 'boolean', default: false },
    },
  });
  const report = await measureExtraction({ passes: Number(values.passes) || 7, articles: Number(values.articles) || 1000 });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  console.log(`knowledge base load: ${report.knowledgeLoadMs.toFixed(0)} ms`);
  for (const note of report.skipped) console.log(`skipped ${note}`);
  for (const r of report.runs) {
    const s = [...r.rates].sort((a, b) => a - b);
    const median = s[Math.floor(s.length / 2)] ?? 0;
    console.log(
      `${r.set}: ${r.articles} articles of ${(r.meanBytes / 1024).toFixed(1)} KB; first pass ${r.firstPassMs.toFixed(0)} ms; ` +
        `${median.toFixed(0)} articles/s (median of ${s.length}; min ${s[0]?.toFixed(0)}, max ${s[s.length - 1]?.toFixed(0)})`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
