/**
 * Streams articles through extraction and resolution into batched writes. Memory stays
 * bounded by the batch size; one batch is written while the next is being extracted.
 */
import type { Article } from '../domain/model.js';
import { AppError, isAppError } from '../domain/errors.js';
import { extractArticle } from '../extract/index.js';
import type { ReadResult } from '../ingest/index.js';
import type { KnowledgeBase } from '../resolve/knowledge-types.js';
import { toArticleRecord, type ArticleRecord } from '../resolve/records.js';
import type { Store } from './driver.js';
import { articleId, textHash } from '../resolve/ids.js';
import { storedHashes, writeArticles, type BatchResult } from './article-writes.js';

export interface IngestFailure {
  input: string;
  code: string;
  message: string;
}

export interface IngestSummary {
  articles: number;
  new: number;
  unchanged: number;
  replaced: number;
  meetings: number;
  mergedMeetings: number;
  failed: IngestFailure[];
  ids: { id: string; source: string; outcome: string }[];
}

export interface IngestOptions {
  batchSize: number;
  /** Called after each written batch with the number of inputs handled so far. */
  onProgress?: (done: number, summary: IngestSummary) => void;
  /** Keep per-article ids in the summary (for small runs and the API). */
  keepIds?: boolean;
}

export function emptySummary(): IngestSummary {
  return { articles: 0, new: 0, unchanged: 0, replaced: 0, meetings: 0, mergedMeetings: 0, failed: [], ids: [] };
}

function failure(input: string, e: unknown): IngestFailure {
  if (isAppError(e)) return { input, code: e.code, message: e.input ? e.message : `${input}: ${e.message}` };
  const message = e instanceof Error ? e.message : String(e);
  return { input, code: 'INTERNAL', message: `${input}: ${message}` };
}

export function recordFor(article: Article, kb: KnowledgeBase): ArticleRecord {
  return toArticleRecord(article, extractArticle(article, kb), kb);
}

/** Longest stretch of extraction before pending database work gets its turn. */
const YIELD_MS = 4;

interface Pending {
  article: Article;
  id: string;
  hash: string;
}

export async function ingestStream(
  store: Store,
  kb: KnowledgeBase,
  items: AsyncIterable<ReadResult>,
  opts: IngestOptions,
): Promise<IngestSummary> {
  const summary = emptySummary();
  let batch: Pending[] = [];
  let writing: Promise<void> = Promise.resolve();
  let done = 0;

  const absorb = (res: BatchResult): void => {
    for (const a of res.articles) {
      summary.articles += 1;
      summary[a.outcome] += 1;
      summary.meetings += a.meetings;
      summary.mergedMeetings += a.merged;
      if (opts.keepIds) summary.ids.push({ id: a.id, source: a.source, outcome: a.outcome });
    }
  };
  const skipUnchanged = (unchanged: Pending[]): void => {
    absorb({ articles: unchanged.map((p) => ({ id: p.id, source: p.article.source, outcome: 'unchanged', meetings: 0, merged: 0 })) });
  };
  const flush = async (): Promise<void> => {
    const items = batch;
    batch = [];
    if (items.length === 0) return;
    // A re-run after an interruption skips what is already stored without extracting it again.
    const stored = await storedHashes(store, items.map((p) => p.id)).catch(() => new Map<string, string>());
    skipUnchanged(items.filter((p) => stored.get(p.id) === p.hash));
    const records: ArticleRecord[] = [];
    let ran = performance.now();
    for (const p of items) {
      if (stored.get(p.id) === p.hash) continue;
      // The previous batch's transaction sends its next query only when this loop lets it:
      // without a pause, its queries would wait for the whole batch to be extracted.
      if (performance.now() - ran > YIELD_MS) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        ran = performance.now();
      }
      try {
        records.push(recordFor(p.article, kb));
      } catch (e) {
        summary.failed.push(failure(p.article.source, new AppError('INPUT_MALFORMED', `extraction failed: ${String(e)}`)));
      }
    }
    const count = items.length;
    // One write at a time, so batches commit in input order.
    await writing;
    if (records.length === 0) {
      done += count;
      opts.onProgress?.(done, summary);
      return;
    }
    // The write runs while the next batch is read and extracted.
    writing = writeArticles(store, records).then(
      (res) => {
        absorb(res);
        done += count;
        opts.onProgress?.(done, summary);
      },
      (e: unknown) => {
        // The batch's transaction rolled back: name every article in it, then go on.
        for (const r of records) summary.failed.push(failure(r.source, e));
        done += count;
        opts.onProgress?.(done, summary);
      },
    );
  };

  for await (const item of items) {
    if (!item.ok) {
      summary.failed.push(failure(item.error.input ?? 'input', item.error));
      continue;
    }
    const a = item.article;
    batch.push({ article: a, id: articleId(a.url, a.text), hash: textHash(a.text) });
    if (batch.length >= opts.batchSize) await flush();
  }
  await flush();
  await writing;
  return summary;
}
