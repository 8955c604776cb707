import type { Article } from '../domain/model.js';
import { AppError } from '../domain/errors.js';

/** One item of a reader's output: an article, or the error that stopped that file or item. */
export type ReadResult = { ok: true; article: Article } | { ok: false; error: AppError };

export function articleResult(article: Article): ReadResult {
  return { ok: true, article };
}

export function errorResult(error: AppError): ReadResult {
  return { ok: false, error };
}

/** The nth (1-based) item of a multi-article file. */
export function itemSource(file: string, n: number): string {
  return `${file}#${n}`;
}

/** An article with every optional field null unless given. */
export function makeArticle(fields: Partial<Article> & Pick<Article, 'source' | 'text'>): Article {
  return {
    source: fields.source,
    title: fields.title ?? null,
    text: fields.text,
    publishedAt: fields.publishedAt ?? null,
    publisher: fields.publisher ?? null,
    section: fields.section ?? null,
    url: fields.url ?? null,
  };
}

/** An absolute http(s) URL or null: links in articles are untrusted (javascript:, data:). */
export function safeUrl(value: unknown, base?: string | null): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = base ? new URL(value.trim(), base) : new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
