/** `dkg ingest PATH...`: files, folders and globs into the graph, with progress and a failure report. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { config } from '../config.js';
import { listInputs, readArticles, type ReadResult } from '../ingest/index.js';
import { loadKnowledge } from '../resolve/knowledge.js';
import { openStore } from '../store/connect.js';
import { ingestStream, type IngestSummary } from '../store/ingest-pipeline.js';
import type { Store } from '../store/driver.js';
import { migrate } from '../store/migrations.js';
import { info } from './output.js';
import { progress } from './progress.js';

export const INGEST_HELP = `Usage: dkg ingest PATH... [--report FILE] [--batch N]

Reads every article under PATH (files, folders recursively, globs such as "news/**/*.json")
in any supported format (.txt, .json, .jsonl, .html, RSS/Atom .xml), extracts meetings and
writes them to Neo4j. Safe to re-run or interrupt: unchanged articles are skipped, changed
ones replaced. Failed inputs are listed in the report file (default ./dkg-ingest-report.json)
and make the exit status 1, after everything else has been written.`;

export function formatSummary(s: IngestSummary): string {
  return [
    `${s.articles} articles: ${s.new} new, ${s.unchanged} unchanged, ${s.replaced} replaced;`,
    `${s.meetings} meeting reports, ${s.mergedMeetings} merged into existing meetings;`,
    `${s.failed.length} failed.`,
  ].join(' ');
}

async function countFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for await (const f of listInputs(paths)) files.push(f);
  return files;
}

export interface IngestFilesOptions {
  /** Where to list failed inputs; null to only print them. */
  report: string | null;
  batch?: number;
}

/** Lists, reads, extracts and writes; prints progress and the summary. Used by `ingest` and `serve`. */
export async function ingestFiles(store: Store, paths: string[], opts: IngestFilesOptions): Promise<IngestSummary> {
  const cfg = config();
  const files = await countFiles(paths);
  const kb = loadKnowledge({ extraPeopleFile: cfg.peopleFile });
  const bar = progress('ingest', files.length, 'files');
  let filesDone = 0;
  async function* items(): AsyncGenerator<ReadResult> {
    for (const file of files) {
      yield* readArticles(file, { maxBytes: cfg.maxInputBytes });
      filesDone += 1;
    }
  }
  const summary = await ingestStream(store, kb, items(), {
    batchSize: opts.batch ?? cfg.ingestBatchSize,
    onProgress: (_done, s) => bar.update(filesDone, `${s.articles} articles, ${s.failed.length} failed`),
  });
  bar.update(files.length, `${summary.articles} articles, ${summary.failed.length} failed`);
  bar.finish();
  info(formatSummary(summary));
  if (summary.failed.length) {
    for (const f of summary.failed.slice(0, 10)) info(`  failed: ${f.message}`);
    if (summary.failed.length > 10) info(`  ... and ${summary.failed.length - 10} more`);
    if (opts.report) {
      writeFileSync(opts.report, `${JSON.stringify({ failed: summary.failed }, null, 2)}\n`);
      info(`Failures listed in ${opts.report}`);
    }
  }
  return summary;
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
    return summary.failed.length ? 1 : 0;
  } finally {
    await opened.close();
  }
}
