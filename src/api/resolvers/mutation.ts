/**
 * Mutations: each checks the API key first. Curation records the key's fingerprint and
 * the analyst's note; the result is read back in a second transaction.
 */
import { AppError, isAppError } from '../../domain/errors.js';
import { isImpossibleDate, normalizeDate } from '../../ingest/index.js';
import { removeArticles } from '../../store/article-removal.js';
import { ingestDocuments, type Document, type IngestFailure, type ItemOutcome } from '../../pipeline/ingest-pipeline.js';
import { meetingById } from '../../store/queries/entity-details.js';
import { ALL_PARTS } from '../../store/queries/meeting-projection.js';
import { personById } from '../../store/queries/person-details.js';
import { correctMeeting, type MeetingPatch } from '../../store/queries/meeting-correction.js';
import { splitMeeting } from '../../store/queries/meeting-split.js';
import { mergePeople } from '../../store/queries/person-merge.js';
import { requireKey } from '../auth.js';
import type { ApiContext } from '../context.js';
import type { ArticleInput, ArticleOutcome as Outcome, InputError, MutationResolvers } from '../generated/schema-types.js';
import { stderrLog } from '../plugins/error-masking.js';
import * as v from '../validate.js';

/** Inputs per ingestArticles call. */
export const MAX_ARTICLES = 100;

/** What a write just made must read back; its absence is our fault, not the client's. */
function readBack<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what} was not found after the write`);
  return value;
}

function curator(ctx: ApiContext, note: string | null | undefined): { keyFingerprint: string; note: string | null } {
  return { keyFingerprint: requireKey(ctx.key), note: v.text(note, 'note', 1000) };
}

/** The input as the pipeline reads it; the values given beside the text are checked here, the text by the readers. */
function toDocument(input: ArticleInput, index: number, source: string): Document {
  let publishedAt: string | null = null;
  if (input.publishedAt) {
    const iso = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(input.publishedAt) ? normalizeDate(input.publishedAt) : null;
    if (isImpossibleDate(input.publishedAt)) {
      throw new AppError('BAD_USER_INPUT', `publishedAt "${input.publishedAt}" is not a real date`, source);
    }
    if (!iso) throw new AppError('BAD_USER_INPUT', `publishedAt must be an ISO date or date-time, got "${input.publishedAt}"`, source);
    publishedAt = iso;
  }
  if (input.url && !/^https?:\/\/\S+$/i.test(input.url)) {
    throw new AppError('BAD_USER_INPUT', `url must be an http(s) URL, got "${input.url}"`, source);
  }
  return {
    text: input.text,
    format: input.format ?? 'text',
    source,
    meta: {
      title: v.text(input.title, `articles[${index}].title`, 1000),
      url: input.url ?? null,
      publishedAt,
      publisher: v.text(input.publisher, `articles[${index}].publisher`, 200),
    },
  };
}

/** What a client may see of a failure: its input's fault in full, ours only by kind (the details go to the log). */
function publicError(f: IngestFailure): InputError {
  if (!f.internal) return { code: f.code, message: f.message };
  stderrLog(new Error(f.message));
  if (f.code === 'INPUT_MALFORMED') return { code: f.code, message: 'extraction failed on this article' };
  if (f.code === 'NEO4J_UNAVAILABLE') return { code: f.code, message: 'Neo4j is not reachable' };
  return { code: 'NEO4J_QUERY_FAILED', message: 'the write failed' };
}

function outcomeOf(index: number, o: ItemOutcome): Outcome {
  return {
    index,
    source: o.failure?.input ?? o.source,
    id: o.id,
    outcome: o.outcome,
    meetings: o.meetings,
    merged: o.merged,
    error: o.failure ? publicError(o.failure) : null,
    notes: o.notes,
  };
}

function refused(index: number, source: string, e: unknown): Outcome {
  if (!isAppError(e)) throw e;
  return { index, source, id: null, outcome: 'failed', meetings: 0, merged: 0, error: { code: e.code, message: e.message }, notes: [] };
}

export const Mutation = {
  ingestArticles: async (_, a, ctx) => {
    requireKey(ctx.key);
    if (a.articles.length === 0 || a.articles.length > MAX_ARTICLES) {
      throw new AppError('BAD_USER_INPUT', `must hold 1 to ${MAX_ARTICLES} articles, got ${a.articles.length}`, 'articles');
    }
    const outcomes: Outcome[] = [];
    const docs: { index: number; doc: Document }[] = [];
    for (const [index, input] of a.articles.entries()) {
      const label = input.source ?? `api#${index}`;
      try {
        const source = v.text(input.source, `articles[${index}].source`, 200) ?? label;
        docs.push({ index, doc: toDocument(input, index, source) });
      } catch (e) {
        outcomes.push(refused(index, label, e));
      }
    }
    if (docs.length) {
      const read = await ingestDocuments(ctx.store, docs.map((d) => d.doc), ctx.settings, (article, today) => ctx.records.record(article, today));
      read.outcomes.forEach((items, i) => outcomes.push(...items.map((o) => outcomeOf(docs[i]!.index, o))));
    }
    // Stable: the articles of one input keep their order.
    outcomes.sort((x, y) => x.index - y.index);
    return {
      written: outcomes.filter((o) => o.outcome === 'new' || o.outcome === 'replaced').length,
      failed: outcomes.filter((o) => o.outcome === 'failed').length,
      articles: outcomes,
    };
  },

  removeArticle: async (_, a, ctx) => {
    requireKey(ctx.key);
    const r = await removeArticles(ctx.store, [v.id(a.id, 'id')]);
    return { removed: r.removed > 0, meetingsTouched: r.meetingsTouched };
  },

  mergePeople: async (_, a, ctx) => {
    const who = curator(ctx, a.note);
    await mergePeople(ctx.store, v.id(a.keep, 'keep'), v.id(a.remove, 'remove'), who);
    // Its lists are read by the field resolvers, a page each.
    return readBack(await personById(ctx.store, a.keep), `person ${a.keep}`);
  },

  correctMeeting: async (_, a, ctx) => {
    const who = curator(ctx, a.note);
    const patch: MeetingPatch = {
      ...a.patch,
      date: v.isoDate(a.patch.date, 'patch.date'),
      placeId: a.patch.placeId ? v.id(a.patch.placeId, 'patch.placeId') : null,
      settingEvent: v.text(a.patch.settingEvent, 'patch.settingEvent', 200),
    };
    await correctMeeting(ctx.store, v.id(a.id, 'id'), patch, who);
    return readBack(await meetingById(ctx.store, a.id, ALL_PARTS), `meeting ${a.id}`);
  },

  splitMeeting: async (_, a, ctx) => {
    const who = curator(ctx, a.note);
    const articleIds = v.ids(a.articleIds, 'articleIds', 500) ?? [];
    const r = await splitMeeting(ctx.store, v.id(a.id, 'id'), articleIds, who);
    const [original, split] = await Promise.all([meetingById(ctx.store, r.original, ALL_PARTS), meetingById(ctx.store, r.split, ALL_PARTS)]);
    return { original: readBack(original, `meeting ${r.original}`), split: readBack(split, `meeting ${r.split}`) };
  },
} satisfies MutationResolvers;
