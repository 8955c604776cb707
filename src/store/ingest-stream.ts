/**
 * Streams read articles through extraction and resolution into batched writes. Memory stays
 * bounded by the batch size; one batch is written while the next is being extracted.
 * ingest-pipeline.ts is the entry every caller uses.
 */
import type { Article } from '../domain/model.js';
import { AppError, isAppError } from '../domain/errors.js';
import { extractArticle } from '../extract/index.js';
import type { ReadResult } from '../ingest/index.js';
import type { KnowledgeBase } from '../resolve/knowledge-types.js';
import { toArticleRecord, type ArticleRecord } from '../resolve/records.js';
import type { Store } from './driver.js';
import { articleId, textHash } from '../resolve/ids.js';
import { storedHashes, writeArticles, type ArticleOutcome, type BatchResult } from './article-writes.js';

export interface IngestFailure {
  input: string;
  code: string;
  message: string;
  /** Not the input's fault (extraction or the database failed): the message is for the operator. */
  internal: boolean;
}

/** What became of one read item (an article, or the error that stopped it), in input order. */
export interface ItemOutcome {
  source: string;
  id: string | null;
  outcome: ArticleOutcome | 'failed';
  meetings: number;
  merged: number;
  failure: IngestFailure | null;
}

export interface IngestSummary {
  articles: number;
  new: number;
  unchanged: number;
  replaced: number;
  meetings: number;
  mergedMeetings: number;
  failed: IngestFailure[];
  /** One per item read, in input order; only with `keepItems`. */
  items: ItemOutcome[];
}

export interface IngestOptions {
  batchSize: number;
  /** Called after each written batch with the number of inputs handled so far. */
  onProgress?: (done: number, summary: IngestSummary) => void;
  /** Keep every item's outcome in the summary (for small runs and the API). */
  keepItems?: boolean;
  /** Extracts elsewhere (worker threads, resolve/record-pool.ts); by default here, in turn. */
  extract?: (article: Article) => Promise<ArticleRecord>;
}

export function emptySummary(): IngestSummary {
  return { articles: 0, new: 0, unchanged: 0, replaced: 0, meetings: 0, mergedMeetings: 0, failed: [], items: [] };
}

function failure(input: string, e: unknown, internal = false): IngestFailure {
  if (isAppError(e)) return { input, code: e.code, message: e.input ? e.message : `${input}: ${e.message}`, internal };
  const message = e instanceof Error ? e.message : String(e);
  return { input, code: 'INTERNAL', message: `${input}: ${message}`, internal: true };
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
  /** Position among the items read. */
  slot: number;
}

export async function ingestStream(
  store: Store,
  kb: KnowledgeBase,
  items: AsyncIterable<ReadResult> | Iterable<ReadResult>,
  opts: IngestOptions,
): Promise<IngestSummary> {
  const summary = emptySummary();
  const outcomes: ItemOutcome[] = [];
  let batch: Pending[] = [];
  let writing: Promise<void> = Promise.resolve();
  let done = 0;

  const fail = (slot: number, source: string, f: IngestFailure): void => {
    summary.failed.push(f);
    outcomes[slot] = { source, id: null, outcome: 'failed', meetings: 0, merged: 0, failure: f };
  };
  const absorb = (pending: Pending[], res: BatchResult): void => {
    const byId = new Map(res.articles.map((a) => [a.id, a]));
    for (const a of res.articles) {
      summary.articles += 1;
      summary[a.outcome] += 1;
      summary.meetings += a.meetings;
      summary.mergedMeetings += a.merged;
    }
    const seen = new Set<string>();
    for (const p of pending) {
      const a = byId.get(p.id);
      // The same article twice in one batch is written once: the second copy changed nothing.
      const first = a !== undefined && !seen.has(p.id);
      seen.add(p.id);
      outcomes[p.slot] = {
        source: p.article.source,
        id: p.id,
        outcome: first ? a.outcome : 'unchanged',
        meetings: first ? a.meetings : 0,
        merged: first ? a.merged : 0,
        failure: null,
      };
    }
  };
  const skipUnchanged = (unchanged: Pending[]): void => {
    absorb(unchanged, { articles: unchanged.map((p) => ({ id: p.id, source: p.article.source, outcome: 'unchanged', meetings: 0, merged: 0 })) });
  };
  const flush = async (): Promise<void> => {
    const items = batch;
    batch = [];
    if (items.length === 0) return;
    // A re-run after an interruption skips what is already stored without extracting it again.
    const stored = await storedHashes(store, items.map((p) => p.id)).catch(() => new Map<string, string>());
    skipUnchanged(items.filter((p) => stored.get(p.id) === p.hash));
    const toWrite: Pending[] = [];
    const records: ArticleRecord[] = [];
    // Started together, so every worker has work; each is awaited in input order below.
    const elsewhere = new Map<Pending, Promise<ArticleRecord>>();
    for (const p of opts.extract ? items : []) {
      if (stored.get(p.id) === p.hash) continue;
      const started = opts.extract!(p.article);
      started.catch(() => undefined);
      elsewhere.set(p, started);
    }
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
        const started = elsewhere.get(p);
        records.push(started ? await started : recordFor(p.article, kb));
        toWrite.push(p);
      } catch (e) {
        if (isAppError(e)) {
          fail(p.slot, p.article.source, failure(p.article.source, e, e.code !== 'EXTRACT_TIMEOUT'));
          continue;
        }
        const error = new AppError('INPUT_MALFORMED', `extraction failed: ${String(e)}`, p.article.source, { cause: e });
        fail(p.slot, p.article.source, failure(p.article.source, error, true));
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
        absorb(toWrite, res);
        done += count;
        opts.onProgress?.(done, summary);
      },
      (e: unknown) => {
        // The batch's transaction rolled back: name every article in it, then go on.
        for (const p of toWrite) fail(p.slot, p.article.source, failure(p.article.source, e, true));
        done += count;
        opts.onProgress?.(done, summary);
      },
    );
  };

  let slot = 0;
  for await (const item of items) {
    if (!item.ok) {
      const input = item.error.input ?? 'input';
      fail(slot, input, failure(input, item.error));
      slot += 1;
      continue;
    }
    const a = item.article;
    batch.push({ article: a, id: articleId(a.url, a.text), hash: textHash(a.text), slot });
    slot += 1;
    if (batch.length >= opts.batchSize) await flush();
  }
  await flush();
  await writing;
  if (opts.keepItems) summary.items = outcomes;
  return summary;
}
