/**
 * Streams read articles through extraction and resolution into batched writes. Memory stays
 * bounded by the batch size; one batch is written while the next is being extracted.
 * ingest-pipeline.ts is the entry every caller uses.
 */
import type { Article } from '../domain/model.js';
import { AppError, isAppError } from '../domain/errors.js';
import type { ReadResult } from '../ingest/index.js';
import { keepsOver, publishedLater, type ArticleVersion } from '../resolve/article-versions.js';
import { datedRecord, type DatedRecord } from '../resolve/dated-record.js';
import type { KnowledgeBase } from '../knowledge/knowledge-types.js';
import type { ArticleRecord } from '../resolve/records.js';
import type { Store } from '../store/driver.js';
import { articleId, textHash } from '../resolve/ids.js';
import { storedVersions, writeArticles, type ArticleOutcome, type BatchResult } from '../store/article-writes.js';

export interface IngestFailure {
  input: string;
  code: string;
  message: string;
  /** Not the input's fault (extraction or the database failed): the message is for the operator. */
  internal: boolean;
}

/** Something the operator should know about an article that was not refused. */
export interface IngestNote {
  input: string;
  /** SUPERSEDED: another version of its URL was kept; DATE_IMPLAUSIBLE: a meeting's date was dropped. */
  code: 'SUPERSEDED' | 'DATE_IMPLAUSIBLE';
  message: string;
}

/** What became of one read item (an article, or the error that stopped it), in input order. */
export interface ItemOutcome {
  source: string;
  id: string | null;
  outcome: ArticleOutcome | 'failed';
  meetings: number;
  merged: number;
  failure: IngestFailure | null;
  notes: string[];
}

export interface IngestSummary {
  articles: number;
  new: number;
  unchanged: number;
  replaced: number;
  superseded: number;
  meetings: number;
  mergedMeetings: number;
  failed: IngestFailure[];
  notes: IngestNote[];
  /**
   * Set when the run stopped early because Neo4j could not be reached: what was written
   * before stays, nothing after was read; running the same ingest again resumes.
   */
  stopped: IngestFailure | null;
  /** One per item read, in input order; only with `keepItems`. */
  items: ItemOutcome[];
}

export interface IngestOptions {
  batchSize: number;
  /** Called after each written batch with the number of inputs handled so far. */
  onProgress?: (done: number, summary: IngestSummary) => void;
  /** Keep every item's outcome in the summary (for small runs and the API). */
  keepItems?: boolean;
  /** The day far-future meeting dates are judged against when an article has no publication date. */
  today?: string;
  /** Extracts elsewhere (worker threads, resolve/record-pool.ts); by default here, in turn. */
  extract?: (article: Article, today: string) => Promise<DatedRecord>;
}

export function emptySummary(): IngestSummary {
  return {
    articles: 0,
    new: 0,
    unchanged: 0,
    replaced: 0,
    superseded: 0,
    meetings: 0,
    mergedMeetings: 0,
    failed: [],
    notes: [],
    stopped: null,
    items: [],
  };
}

function failure(input: string, e: unknown, internal = false): IngestFailure {
  if (isAppError(e)) return { input, code: e.code, message: e.input ? e.message : `${input}: ${e.message}`, internal };
  const message = e instanceof Error ? e.message : String(e);
  return { input, code: 'INTERNAL', message: `${input}: ${message}`, internal: true };
}

function lostDatabase(e: unknown): boolean {
  return isAppError(e) && e.code === 'NEO4J_UNAVAILABLE';
}

/** Longest stretch of extraction before pending database work gets its turn. */
const YIELD_MS = 4;

/** An article read and not yet written: what the run remembers of it is `Seen`. */
interface Seen extends ArticleVersion {
  id: string;
  source: string;
  /** Position among the items read. */
  slot: number;
}

interface Pending extends Seen {
  article: Article;
}

/** The version of an article this run keeps so far (its text is not held), and what the graph held before the run. */
interface Kept {
  item: Seen;
  before: ArticleVersion | undefined;
  /** A version of it was written in this run. */
  written: boolean;
}

function describeVersion(v: Seen): string {
  return `${v.source} (published ${v.publishedAt ?? 'undated'})`;
}

function seen(p: Pending): Seen {
  return { id: p.id, source: p.source, slot: p.slot, textHash: p.textHash, publishedAt: p.publishedAt };
}

export async function ingestStream(
  store: Store,
  kb: KnowledgeBase,
  items: AsyncIterable<ReadResult> | Iterable<ReadResult>,
  opts: IngestOptions,
): Promise<IngestSummary> {
  const summary = emptySummary();
  const outcomes: ItemOutcome[] = [];
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const kept = new Map<string, Kept>();
  const notesOf = new Map<number, string[]>();
  const sources: string[] = [];
  let batch: Pending[] = [];
  let writing: Promise<void> = Promise.resolve();
  let done = 0;

  const note = (p: Seen, code: IngestNote['code'], message: string): void => {
    summary.notes.push({ input: p.source, code, message: `${p.source}: ${message}` });
    notesOf.set(p.slot, [...(notesOf.get(p.slot) ?? []), message]);
  };
  const fail = (slot: number, source: string, f: IngestFailure): void => {
    summary.failed.push(f);
    outcomes[slot] = { source, id: null, outcome: 'failed', meetings: 0, merged: 0, failure: f, notes: [] };
  };
  const count = (o: ItemOutcome, sign: 1 | -1): void => {
    if (o.outcome === 'failed') return;
    summary.articles += sign;
    summary[o.outcome] += sign;
    summary.meetings += sign * o.meetings;
    summary.mergedMeetings += sign * o.merged;
  };
  const settle = (p: Seen, o: Omit<ItemOutcome, 'source' | 'notes' | 'failure'>): void => {
    outcomes[p.slot] = { source: p.source, failure: null, notes: notesOf.get(p.slot) ?? [], ...o };
    count(outcomes[p.slot] as ItemOutcome, 1);
  };
  const supersede = (loser: Seen, winner: string): void => {
    const prior = outcomes[loser.slot];
    if (prior) count(prior, -1);
    note(loser, 'SUPERSEDED', `same URL as ${winner}, which was published later or at the same time: that version is kept`);
    settle(loser, { id: loser.id, outcome: 'superseded', meetings: 0, merged: 0 });
  };
  const absorb = (pending: Pending[], res: BatchResult): void => {
    const byId = new Map(res.articles.map((a) => [a.id, a]));
    for (const p of pending) {
      const a = byId.get(p.id);
      if (!a) continue;
      const k = kept.get(p.id);
      const earlier = k?.written ?? false;
      if (k) k.written = true;
      // Displaced by a later version while its write was under way: already reported superseded.
      if (k && k.item.slot !== p.slot) continue;
      let outcome = a.outcome;
      // A version that displaced one written earlier in this run: say what it did to the graph as it was before the run.
      if (k && earlier && outcome !== 'superseded') {
        outcome = k.before === undefined ? 'new' : k.before.textHash === p.textHash ? 'unchanged' : 'replaced';
      }
      if (outcome === 'superseded') note(p, 'SUPERSEDED', 'the graph holds a version of the same URL published later: that version is kept');
      settle(p, { id: p.id, outcome, meetings: a.meetings, merged: a.merged });
    }
  };

  /**
   * One version per URL, whatever the order: within the batch, and against versions met in
   * earlier batches of this run (a later batch may displace one already written).
   */
  const oneVersionEach = (items: Pending[], stored: Map<string, ArticleVersion>): Pending[] => {
    for (const p of items) {
      const k = kept.get(p.id);
      if (!k) {
        kept.set(p.id, { item: seen(p), before: stored.get(p.id), written: false });
      } else if (k.item.textHash === p.textHash) {
        // The same text twice: the copy changes nothing.
        settle(p, { id: p.id, outcome: 'unchanged', meetings: 0, merged: 0 });
      } else if (keepsOver(p, k.item)) {
        supersede(k.item, describeVersion(p));
        kept.set(p.id, { ...k, item: seen(p) });
      } else {
        supersede(p, describeVersion(k.item));
      }
    }
    return items.filter((p) => kept.get(p.id)?.item.slot === p.slot && outcomes[p.slot] === undefined);
  };

  const flush = async (): Promise<void> => {
    const pending = batch;
    batch = [];
    if (pending.length === 0 || summary.stopped) return;
    // A re-run after an interruption skips what is already stored without extracting it again.
    let stored: Map<string, ArticleVersion>;
    try {
      stored = await storedVersions(store, pending.map((p) => p.id));
    } catch (e) {
      if (lostDatabase(e)) {
        summary.stopped ??= failure('neo4j', e, true);
        return;
      }
      stored = new Map();
    }
    const toWrite: Pending[] = [];
    const records: ArticleRecord[] = [];
    const chosen = oneVersionEach(pending, stored);
    // Started together, so every worker has work; each is awaited in input order below.
    const elsewhere = new Map<Pending, Promise<DatedRecord>>();
    for (const p of opts.extract ? chosen : []) {
      if (stored.get(p.id)?.textHash === p.textHash) continue;
      const started = opts.extract!(p.article, today);
      started.catch(() => undefined);
      elsewhere.set(p, started);
    }
    let ran = performance.now();
    for (const p of chosen) {
      const prior = stored.get(p.id);
      if (prior?.textHash === p.textHash) {
        settle(p, { id: p.id, outcome: 'unchanged', meetings: 0, merged: 0 });
        continue;
      }
      // The previous batch's transaction sends its next query only when this loop lets it:
      // without a pause, its queries would wait for the whole batch to be extracted.
      if (performance.now() - ran > YIELD_MS) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        ran = performance.now();
        if (summary.stopped) return;
      }
      if (prior && publishedLater(prior, p) && !kept.get(p.id)?.written) {
        note(p, 'SUPERSEDED', 'the graph holds a version of the same URL published later: that version is kept');
        settle(p, { id: p.id, outcome: 'superseded', meetings: 0, merged: 0 });
        continue;
      }
      try {
        const started = elsewhere.get(p);
        const { record, notes } = started ? await started : datedRecord(p.article, kb, today);
        for (const n of notes) note(p, 'DATE_IMPLAUSIBLE', n);
        records.push(record);
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
    // One write at a time, so batches commit in input order.
    await writing;
    if (summary.stopped) return;
    if (records.length === 0) {
      done += pending.length;
      opts.onProgress?.(done, summary);
      return;
    }
    // The write runs while the next batch is read and extracted.
    writing = writeArticles(store, records).then(
      (res) => {
        absorb(toWrite, res);
        done += pending.length;
        opts.onProgress?.(done, summary);
      },
      (e: unknown) => {
        // Without the database every later batch would fail alike: stop, and say so once.
        if (lostDatabase(e)) {
          summary.stopped ??= failure('neo4j', e, true);
          return;
        }
        // The batch's transaction rolled back: name every article in it, then go on.
        for (const p of toWrite) fail(p.slot, p.article.source, failure(p.article.source, e, true));
        done += pending.length;
        opts.onProgress?.(done, summary);
      },
    );
  };

  let slot = 0;
  for await (const item of items) {
    if (summary.stopped && !opts.keepItems) break;
    if (!item.ok) {
      const input = item.error.input ?? 'input';
      sources[slot] = input;
      fail(slot, input, failure(input, item.error));
      slot += 1;
      continue;
    }
    const a = item.article;
    const text = a.text;
    sources[slot] = a.source;
    batch.push({ article: a, source: a.source, id: articleId(a.url, text), textHash: textHash(text), publishedAt: a.publishedAt, slot });
    slot += 1;
    if (batch.length >= opts.batchSize) await flush();
  }
  await flush();
  await writing;
  if (opts.keepItems) {
    // After a stop, what was not written says why, so an API caller can send it again.
    for (let i = 0; i < slot; i++) {
      outcomes[i] ??= {
        source: sources[i] ?? 'input',
        id: null,
        outcome: 'failed',
        meetings: 0,
        merged: 0,
        failure: summary.stopped,
        notes: [],
      };
    }
    summary.items = outcomes;
  }
  return summary;
}
