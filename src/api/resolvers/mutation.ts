/**
 * Mutations: each checks the API key first. Curation records the key's fingerprint and
 * the analyst's note; the result is read back in a second transaction.
 */
import type { Article } from '../../domain/model.js';
import { AppError, isAppError } from '../../domain/errors.js';
import { writeArticles } from '../../store/article-writes.js';
import { removeArticles } from '../../store/article-removal.js';
import { recordFor } from '../../store/ingest-pipeline.js';
import type { ArticleRecord } from '../../resolve/records.js';
import { meetingById } from '../../store/queries/entity-details.js';
import { personById } from '../../store/queries/person-details.js';
import { correctMeeting, type MeetingPatch } from '../../store/queries/meeting-correction.js';
import { splitMeeting } from '../../store/queries/meeting-split.js';
import { mergePeople } from '../../store/queries/person-merge.js';
import { requireKey } from '../auth.js';
import type { ApiContext } from '../context.js';
import * as v from '../validate.js';

/** Articles per ingestArticles call: one write transaction each call. */
export const MAX_ARTICLES = 100;

interface ArticleInput {
  text: string;
  title?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  publisher?: string | null;
  source?: string | null;
}

interface Outcome {
  index: number;
  source: string;
  id: string | null;
  outcome: 'new' | 'unchanged' | 'replaced' | 'failed';
  meetings: number;
  merged: number;
  error: { code: string; message: string } | null;
}

function curator(ctx: ApiContext, note: string | null | undefined): { keyFingerprint: string; note: string | null } {
  return { keyFingerprint: requireKey(ctx.key), note: v.text(note, 'note', 1000) };
}

function toArticle(input: ArticleInput, index: number, maxBytes: number): Article {
  const source = v.text(input.source, `articles[${index}].source`, 200) ?? `api#${index}`;
  if (input.text.trim().length === 0) throw new AppError('INPUT_EMPTY', 'the article text is empty', source);
  const bytes = Buffer.byteLength(input.text);
  if (bytes > maxBytes) {
    throw new AppError('INPUT_TOO_LARGE', `the text is ${bytes} bytes, more than the limit of ${maxBytes} (DKG_MAX_INPUT_BYTES)`, source);
  }
  if (input.publishedAt && !/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(input.publishedAt)) {
    throw new AppError('BAD_REQUEST', `publishedAt must be an ISO date or date-time, got "${input.publishedAt}"`, source);
  }
  if (input.url && !/^https?:\/\/\S+$/i.test(input.url)) {
    throw new AppError('BAD_REQUEST', `url must be an http(s) URL, got "${input.url}"`, source);
  }
  return {
    source,
    title: v.text(input.title, `articles[${index}].title`, 1000),
    text: input.text,
    publishedAt: input.publishedAt ?? null,
    publisher: v.text(input.publisher, `articles[${index}].publisher`, 200),
    section: null,
    url: input.url ?? null,
  };
}

function failure(index: number, source: string, e: unknown): Outcome {
  const error = isAppError(e)
    ? { code: e.code, message: e.message }
    : { code: 'INPUT_MALFORMED', message: 'extraction failed on this article' };
  return { index, source, id: null, outcome: 'failed', meetings: 0, merged: 0, error };
}

export const Mutation = {
  ingestArticles: async (_: unknown, a: { articles: ArticleInput[] }, ctx: ApiContext) => {
    requireKey(ctx.key);
    if (a.articles.length === 0 || a.articles.length > MAX_ARTICLES) {
      throw new AppError('BAD_REQUEST', `must hold 1 to ${MAX_ARTICLES} articles, got ${a.articles.length}`, 'articles');
    }
    const outcomes: Outcome[] = [];
    const records: { index: number; record: ArticleRecord }[] = [];
    for (const [index, input] of a.articles.entries()) {
      const source = input.source ?? `api#${index}`;
      try {
        records.push({ index, record: recordFor(toArticle(input, index, ctx.settings.maxInputBytes), ctx.knowledge()) });
      } catch (e) {
        outcomes.push(failure(index, source, e));
      }
    }
    if (records.length) {
      try {
        const result = await writeArticles(ctx.store, records.map((r) => r.record));
        const byId = new Map(result.articles.map((r) => [r.id, r]));
        for (const { index, record } of records) {
          const r = byId.get(record.id);
          outcomes.push({
            index,
            source: record.source,
            id: record.id,
            outcome: r?.outcome ?? 'unchanged',
            meetings: r?.meetings ?? 0,
            merged: r?.merged ?? 0,
            error: null,
          });
        }
      } catch (e) {
        // The batch's transaction rolled back: every article in it failed alike.
        const error = isAppError(e) && e.code === 'NEO4J_UNAVAILABLE' ? e : new AppError('NEO4J_QUERY_FAILED', 'the write failed');
        for (const { index, record } of records) outcomes.push(failure(index, record.source, error));
      }
    }
    outcomes.sort((x, y) => x.index - y.index);
    return {
      written: outcomes.filter((o) => o.outcome === 'new' || o.outcome === 'replaced').length,
      failed: outcomes.filter((o) => o.outcome === 'failed').length,
      articles: outcomes,
    };
  },

  removeArticle: async (_: unknown, a: { id: string }, ctx: ApiContext) => {
    requireKey(ctx.key);
    const r = await removeArticles(ctx.store, [v.id(a.id, 'id')]);
    return { removed: r.removed > 0, meetingsTouched: r.meetingsTouched };
  },

  mergePeople: async (_: unknown, a: { keep: string; remove: string; note?: string }, ctx: ApiContext) => {
    const who = curator(ctx, a.note);
    await mergePeople(ctx.store, v.id(a.keep, 'keep'), v.id(a.remove, 'remove'), who);
    // Its lists are fetched by the field resolvers, for the scopes the selection asks.
    return personById(ctx.store, a.keep, { scopes: [], take: 20, today: ctx.today() });
  },

  correctMeeting: async (_: unknown, a: { id: string; patch: MeetingPatch; note?: string }, ctx: ApiContext) => {
    const who = curator(ctx, a.note);
    const patch: MeetingPatch = {
      ...a.patch,
      date: v.isoDate(a.patch.date, 'patch.date'),
      placeId: a.patch.placeId ? v.id(a.patch.placeId, 'patch.placeId') : null,
      settingEvent: v.text(a.patch.settingEvent, 'patch.settingEvent', 200),
    };
    await correctMeeting(ctx.store, v.id(a.id, 'id'), patch, who);
    return meetingById(ctx.store, a.id);
  },

  splitMeeting: async (_: unknown, a: { id: string; articleIds: string[]; note?: string }, ctx: ApiContext) => {
    const who = curator(ctx, a.note);
    const articleIds = v.ids(a.articleIds, 'articleIds', 500) ?? [];
    const r = await splitMeeting(ctx.store, v.id(a.id, 'id'), articleIds, who);
    const [original, split] = await Promise.all([meetingById(ctx.store, r.original), meetingById(ctx.store, r.split)]);
    return { original, split };
  },
};
