/** Stable ids: the same fact from any article or process gets the same key, so MERGE converges. */
import { createHash } from 'node:crypto';
import { foldAccents } from '../domain/fold.js';

/** An id part: `foldAccents`, lower case, every run of other than a-z and 0-9 as one hyphen. */
export function slug(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function hash(text: string, length = 16): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/**
 * An article's text as its identity sees it: Unicode form NFC and whitespace runs as one
 * space, nothing folded (a changed accent is a changed text).
 */
function identityText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function textHash(text: string): string {
  return hash(identityText(text), 64);
}

/** An article is its URL when it has one (scheme, case of host, fragment and trailing slash aside), else its text. */
export function articleId(url: string | null, text: string): string {
  if (url) {
    const u = url.trim().replace(/#.*$/, '').replace(/\/+$/, '').replace(/^https?:\/\//i, '').toLowerCase();
    return `a-${hash(`url:${u}`)}`;
  }
  return `a-${hash(`text:${identityText(text)}`)}`;
}

export function personId(canonicalName: string): string {
  return `p-${slug(canonicalName)}`;
}

export function placeId(city: string, country: string | null): string {
  return `pl-${slug(city)}-${(country ?? 'xx').toLowerCase()}`;
}

/** A new meeting's id from who met and when (or where and around when): order-independent. */
export function meetingId(personIds: string[], anchor: string): string {
  return `m-${hash(`${[...personIds].sort().join(',')}|${anchor}`)}`;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date (UTC), for "within a day" comparisons. */
export function epochDay(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return null;
  return Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000);
}
