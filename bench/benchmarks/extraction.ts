/**
 * Benchmark 1: extraction articles/s on one core (target >= 200/s for ~3 KB articles).
 * Runs bench/extract.ts in a child process pinned to one CPU with taskset,
 * so neither the JIT's nor the GC's helper threads borrow the second core.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import type { ExtractionReport } from '../extract.js';
import { runTimed } from '../lib/child.js';
import { log } from '../lib/log.js';
import { atLeast, emptyResult, info, spreadText, type BenchResult } from '../lib/results.js';
import { spread } from '../lib/stats.js';
import type { RunOptions } from '../lib/options.js';

export const EXTRACTION_TARGET = 200;

export async function extractionBenchmark(opts: RunOptions): Promise<BenchResult> {
  const passes = opts.quick ? 5 : 9;
  const articles = opts.quick ? 400 : 1000;
  const result = emptyResult({ passes, articlesPerPass: articles, pinnedToOneCpu: existsSync('/usr/bin/taskset') });
  const script = [process.execPath, '--import', 'tsx', path.join(PROJECT_ROOT, 'bench', 'extract.ts'), '--json',
    '--passes', String(passes), '--articles', String(articles)];
  // The last CPU: the orchestrator and Neo4j (idle now) are left the others.
  const cpu = String(Math.max(0, os.availableParallelism() - 1));
  const [cmd, ...args] = existsSync('/usr/bin/taskset') ? ['/usr/bin/taskset', '-c', cpu, ...script] : script;
  log(`extraction: ${passes} timed passes of ${articles} articles on CPU ${cpu}`);
  const done = await runTimed(cmd as string, args, process.env, PROJECT_ROOT);
  if (done.code !== 0) {
    result.status = 'failed';
    result.notes.push(`bench/extract.ts exited with ${done.code}: ${done.stderrTail.trim().split('\n').slice(-5).join(' | ')}`);
    return result;
  }
  const report = JSON.parse(done.stdout.trim().split('\n').pop() ?? '{}') as ExtractionReport;
  result.figures.knowledgeLoadMs = report.knowledgeLoadMs;
  for (const run of report.runs) {
    const s = spread(run.rates);
    const cpu = spread(run.cpuRates);
    const key = run.set === 'synthetic' ? 'synthetic' : run.set === 'real news' ? 'realNews' : 'devSet';
    result.figures[key] = {
      unit: 'articles/s',
      rate: s,
      cpuRate: cpu,
      articles: run.articles,
      meanKiB: run.meanBytes / 1024,
      firstPassMs: run.firstPassMs,
      meetingsPerArticle: run.meetingsPerArticle,
    };
    const label = `${run.set} (${(run.meanBytes / 1024).toFixed(1)} KB articles)`;
    result.checks.push(
      run.set === 'synthetic'
        ? atLeast(`articles/s, one core, ${label}`, s.median, 'articles/s', EXTRACTION_TARGET, spreadText(s))
        : info(`articles/s, one core, ${label}`, s.median, 'articles/s', spreadText(s)),
      info(`articles per CPU-second, ${run.set}`, cpu.median, 'articles/s', spreadText(cpu)),
    );
  }
  result.notes.push(...report.skipped.map((s) => `skipped ${s}`));
  if (!result.params.pinnedToOneCpu) result.notes.push('taskset not found: the child was not pinned to one CPU.');
  return result;
}
