/** `dkg ingest PATH...`: files, folders and globs into the graph, with progress and a failure report. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { config } from '../config.js';
import { openStore } from '../store/connect.js';
import { ingestPaths, type IngestSummary } from '../pipeline/ingest-pipeline.js';
import type { Store } from '../store/driver.js';
import { migrate } from '../store/migrations.js';
import { info } from './output.js';
import { progress, type Progress } from './progress.js';

export const INGEST_HELP = `Usage: dkg ingest PATH... [--report FILE] [--batch N]

Reads every article under PATH (files, folders recursively, globs such as "news/**/*.json")
in any supported format (.txt, .json, .jsonl, .html, RSS/Atom .xml), extracts meetings and
writes them to Neo4j. Safe to re-run or interrupt: unchanged articles are skipped, changed
ones replaced. Of two texts with one URL the later publication is kept, the other reported
superseded. Failed inputs are listed in the report file (default ./dkg-ingest-report.json)
and make the exit status 1, after everything else has been written. If Neo4j goes away the
ingest stops at once (exit status 1); run the same command again to resume.`;

export function formatSummary(s: IngestSummary): string {
  return [
    `${s.articles} articles: ${s.new} new, ${s.unchanged} unchanged, ${s.replaced} replaced${s.superseded ? `, ${s.superseded} superseded` : ''};`,
    `${s.meetings} meeting reports, ${s.mergedMeetings} merged into existing meetings;`,
    `${s.failed.length} failed.`,
  ].join(' ');
}

export interface IngestFilesOptions {
  /** Where to list failed inputs; null to only print them. */
  report: string | null;
  batch?: number;
}

/** The ingest pipeline over paths, with a progress bar and the summary. Used by `ingest` and `serve`. */
export async function ingestFiles(store: Store, paths: string[], opts: IngestFilesOptions): Promise<IngestSummary> {
  const cfg = config();
  // Set once the paths are listed: the bar needs the number of files.
  const shown: { bar: Progress | null; files: number } = { bar: null, files: 0 };
  const summary = await ingestPaths(store, paths, { ...cfg, ingestBatchSize: opts.batch ?? cfg.ingestBatchSize }, {
    onListed: (files) => {
      shown.files = files;
      shown.bar = progress('ingest', files, 'files');
    },
    onProgress: (filesDone, s) => shown.bar?.update(filesDone, `${s.articles} articles, ${s.failed.length} failed`),
  });
  if (!summary.stopped) shown.bar?.update(shown.files, `${summary.articles} articles, ${summary.failed.length} failed`);
  shown.bar?.finish();
  info(formatSummary(summary));
  for (const n of summary.notes.slice(0, 10)) info(`  ${n.code.toLowerCase().replace('_', ' ')}: ${n.message}`);
  if (summary.notes.length > 10) info(`  ... and ${summary.notes.length - 10} more notes`);
  if (summary.failed.length) {
    for (const f of summary.failed.slice(0, 10)) info(`  failed: ${f.message}`);
    if (summary.failed.length > 10) info(`  ... and ${summary.failed.length - 10} more`);
  }
  if (summary.stopped) info(stoppedMessage(summary));
  if (opts.report && (summary.failed.length || summary.notes.length || summary.stopped)) {
    const { failed, notes, stopped } = summary;
    writeFileSync(opts.report, `${JSON.stringify({ stopped, failed, notes }, null, 2)}\n`);
    info(`${summary.failed.length || summary.stopped ? 'Failures' : 'Notes'} listed in ${opts.report}`);
  }
  return summary;
}

/** One message however many articles were waiting: what happened, what is kept, how to go on. */
function stoppedMessage(s: IngestSummary): string {
  const reason = s.stopped?.code === 'NEO4J_UNAVAILABLE' ? 'Neo4j stopped answering' : (s.stopped?.message ?? 'the database failed');
  return (
    `Stopped: ${reason}. The ${s.articles} article(s) above are written; nothing after them was. ` +
    'Once Neo4j runs again (npx dkg db start, or your NEO4J_URI server), run the same command to resume: ' +
    'what is already written is skipped.'
  );
}

export async function runIngest(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      report: { type: 'string' },
      batch: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length === 0) {
    info(INGEST_HELP);
    return values.help ? 0 : 2;
  }
  const batch = values.batch === undefined ? undefined : Number(values.batch);
  if (batch !== undefined && (!Number.isInteger(batch) || batch < 1)) {
    info(`dkg ingest: --batch must be a positive integer, got "${values.batch}"`);
    return 2;
  }
  const cfg = config();
  const opened = await openStore(cfg.external, cfg.local, info, cfg.neo4jPoolSize);
  try {
    await migrate(opened.store);
    const summary = await ingestFiles(opened.store, positionals, {
      report: path.resolve(values.report ?? 'dkg-ingest-report.json'),
      batch,
    });
    return summary.failed.length || summary.stopped ? 1 : 0;
  } finally {
    await opened.close();
  }
}
