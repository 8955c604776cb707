/**
 * The one way articles enter the graph: read (any format, from files or from memory), clean,
 * extract, resolve and write. `dkg ingest`, the samples `npm start` loads and the
 * ingestArticles mutation all come through here, with the same knowledge base and limits, so
 * the same input gives the same article id and the same graph whichever way it arrives.
 */
import type { DatedRecord } from '../resolve/dated-record.js';
import type { Config } from '../config.js';
import { AppError } from '../domain/errors.js';
import type { Article } from '../domain/model.js';
import { listInputs, readArticles, readText, type InputFormat, type ReadResult } from '../ingest/index.js';
import { loadKnowledge } from '../knowledge/knowledge.js';
import type { Store } from '../store/driver.js';
import { ingestStream, type IngestSummary, type ItemOutcome } from './ingest-stream.js';

export { type IngestFailure, type IngestSummary, type ItemOutcome } from './ingest-stream.js';

/** What ingestion takes from the configuration: the people file, the input size limit, articles per write. */
export type IngestSettings = Pick<Config, 'peopleFile' | 'maxInputBytes' | 'ingestBatchSize'>;

/** Text as a file of `format` would hold it, from an API request. */
export interface Document {
  text: string;
  format: InputFormat;
  /** Names the document in outcomes and errors; items of a multi-article document get `#N`. */
  source: string;
  /** Values the sender gives for a one-article document; they replace what was read from the text. */
  meta: Partial<Pick<Article, 'title' | 'url' | 'publishedAt' | 'publisher'>>;
}

export interface PathHooks {
  /** Called once the paths are listed, with the number of files. */
  onListed?: (files: number) => void;
  /** Called after each written batch with the number of files read so far. */
  onProgress?: (filesDone: number, summary: IngestSummary) => void;
}

function knowledge(settings: IngestSettings) {
  return loadKnowledge({ extraPeopleFile: settings.peopleFile });
}

/** Files, folders (recursively) and globs. */
export async function ingestPaths(store: Store, paths: string[], settings: IngestSettings, hooks: PathHooks = {}): Promise<IngestSummary> {
  const files: string[] = [];
  for await (const f of listInputs(paths)) files.push(f);
  hooks.onListed?.(files.length);
  let filesDone = 0;
  async function* items(): AsyncGenerator<ReadResult> {
    for (const file of files) {
      yield* readArticles(file, { maxBytes: settings.maxInputBytes });
      filesDone += 1;
    }
  }
  return ingestStream(store, knowledge(settings), items(), {
    batchSize: settings.ingestBatchSize,
    onProgress: (_done, s) => hooks.onProgress?.(filesDone, s),
  });
}

/** A document's articles with the sender's values; with several articles those values would be ambiguous. */
function withMeta(doc: Document, results: ReadResult[]): ReadResult[] {
  const given = Object.entries(doc.meta).filter(([, v]) => v !== undefined && v !== null);
  if (given.length === 0) return results;
  const n = results.filter((r) => r.ok).length;
  const fields = given.map(([k]) => k).join(', ');
  return results.map((r): ReadResult => {
    if (!r.ok) return r;
    if (n === 1) return { ok: true, article: { ...r.article, ...Object.fromEntries(given) } };
    const message = `${fields} given, but this input holds ${n} articles: title, url, publishedAt and publisher are for an input of one`;
    return { ok: false, error: new AppError('BAD_USER_INPUT', message, r.article.source) };
  });
}

/** Documents from memory; the outcomes of each document's articles (or of its failure), in order. */
export async function ingestDocuments(
  store: Store,
  docs: Document[],
  settings: IngestSettings,
  extract?: (article: Article, today: string) => Promise<DatedRecord>,
): Promise<{ summary: IngestSummary; outcomes: ItemOutcome[][] }> {
  const read: ReadResult[][] = [];
  for (const doc of docs) {
    const results: ReadResult[] = [];
    for await (const r of readText(doc.text, doc.source, doc.format, { maxBytes: settings.maxInputBytes })) results.push(r);
    read.push(withMeta(doc, results));
  }
  const summary = await ingestStream(store, knowledge(settings), read.flat(), {
    batchSize: settings.ingestBatchSize,
    keepItems: true,
    ...(extract ? { extract } : {}),
  });
  let next = 0;
  const outcomes = read.map((results) => {
    const mine = summary.items.slice(next, next + results.length);
    next += results.length;
    return mine;
  });
  return { summary, outcomes };
}
