/**
 * The results a run leaves: bench/results.json (machine-readable, one entry per benchmark)
 * and bench/RESULTS.md (the same figures as a table, targets beside them).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Machine } from './machine.js';
import { round, type Latency, type Spread } from './stats.js';

export type Status = 'ok' | 'partial' | 'unavailable' | 'failed' | 'skipped';

/** One line of the table: a figure, its spread, and the target it is held to, if any. */
export interface Check {
  measure: string;
  value: number | null;
  unit: string;
  spread: string;
  target: string | null;
  pass: boolean | null;
}

export interface BenchResult {
  status: Status;
  /** What was not measured and why, or what the reader should know about the figures. */
  notes: string[];
  params: Record<string, unknown>;
  figures: Record<string, unknown>;
  checks: Check[];
}

export interface ResultsFile {
  timestamp: string;
  mode: 'quick' | 'full';
  machine: Machine;
  [name: string]: unknown;
}

export function emptyResult(params: Record<string, unknown> = {}): BenchResult {
  return { status: 'ok', notes: [], params, figures: {}, checks: [] };
}

export function spreadText(s: Spread, digits = 0): string {
  return `min ${s.min.toFixed(digits)} / max ${s.max.toFixed(digits)}, IQR ${s.q1.toFixed(digits)}-${s.q3.toFixed(digits)} (${s.runs} runs)`;
}

export function latencyText(l: Latency): string {
  return `p50 ${l.p50.toFixed(1)} / p95 ${l.p95.toFixed(1)} / p99 ${l.p99.toFixed(1)} ms (${l.count} requests)`;
}

export function atLeast(measure: string, value: number | null, unit: string, target: number, spread = ''): Check {
  return { measure, value, unit, spread, target: `>= ${target} ${unit}`, pass: value === null ? null : value >= target };
}

export function below(measure: string, value: number | null, unit: string, target: number, spread = ''): Check {
  return { measure, value, unit, spread, target: `< ${target} ${unit}`, pass: value === null ? null : value < target };
}

export function info(measure: string, value: number | null, unit: string, spread = ''): Check {
  return { measure, value, unit, spread, target: null, pass: null };
}

/** Rounds numbers deeply so the JSON stays readable and diffs stay small. */
export function tidy(x: unknown): unknown {
  if (typeof x === 'number') return Number.isInteger(x) ? x : round(x, Math.abs(x) >= 100 ? 0 : 2);
  if (Array.isArray(x)) return x.map(tidy);
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, tidy(v)]));
  return x;
}

/** Keeps the entries of benchmarks this run did not execute (`--only`), replaces the rest. */
export function mergeResults(file: string, run: ResultsFile): ResultsFile {
  if (!existsSync(file)) return run;
  try {
    const prior = JSON.parse(readFileSync(file, 'utf8')) as Partial<ResultsFile>;
    // A run without Neo4j (--only extraction or browser) keeps the version the kept entries ran on.
    const machine = run.machine.neo4j === null && prior.machine?.neo4j
      ? { ...run.machine, neo4j: prior.machine.neo4j, neo4jHeap: prior.machine.neo4jHeap, neo4jPageCache: prior.machine.neo4jPageCache }
      : run.machine;
    return { ...prior, ...run, machine } as ResultsFile;
  } catch {
    return run;
  }
}

function fmt(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '—';
  return Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1);
}

export function renderMarkdown(results: ResultsFile, order: string[]): string {
  const m = results.machine;
  const lines: string[] = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (see docs/benchmarks.md for what each figure means and how it is measured).`,
    '',
    '| machine | |',
    '|---|---|',
    `| CPU | ${m.cpuModel}, ${m.cores} cores |`,
    `| memory | ${m.memoryGiB} GiB |`,
    `| OS | ${m.platform} |`,
    `| Node | ${m.node} |`,
    `| Neo4j | ${m.neo4j ?? '—'} (heap ${m.neo4jHeap ?? '—'}, page cache ${m.neo4jPageCache ?? '—'}) |`,
    `| load average at start | ${m.loadAverageAtStart} |`,
    '',
    '| benchmark | measure | figure | spread | target | |',
    '|---|---|---|---|---|---|',
  ];
  const notes: string[] = [];
  for (const name of order) {
    const r = results[name] as
      | (BenchResult & { timestamp?: string; mode?: string; seconds?: number; loadAverage?: [number, number] })
      | undefined;
    if (!r) continue;
    const load = r.loadAverage ? `, load average ${r.loadAverage[0].toFixed(1)} -> ${r.loadAverage[1].toFixed(1)}` : '';
    const took = r.seconds !== undefined ? `, ${r.seconds} s` : '';
    const when = r.timestamp ? ` (${r.mode ?? '?'} run ${r.timestamp.slice(0, 16).replace('T', ' ')}${took}${load})` : '';
    if (r.checks.length === 0) lines.push(`| ${name} | — | ${r.status} | | | |`);
    for (const c of r.checks) {
      const verdict = c.pass === null ? (c.target ? 'not measured' : '') : c.pass ? 'pass' : '**miss**';
      lines.push(
        `| ${name} | ${c.measure} | ${fmt(c.value)} ${c.value === null ? '' : c.unit} | ${c.spread} | ${c.target ?? ''} | ${verdict} |`,
      );
    }
    for (const n of r.notes) notes.push(`- **${name}**${when}: ${n}`);
    if (r.notes.length === 0 && when) notes.push(`- **${name}**${when}: ${r.status}.`);
  }
  lines.push('', '## Notes', '', ...notes, '');
  return `${lines.join('\n')}\n`;
}

export function writeResults(jsonFile: string, mdFile: string, results: ResultsFile, order: string[]): void {
  writeFileSync(jsonFile, `${JSON.stringify(tidy(results), null, 2)}\n`);
  writeFileSync(mdFile, renderMarkdown(results, order));
}
