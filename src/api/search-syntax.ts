/**
 * What a search box's text means: every word is required; "quoted words" must stand in that
 * order; `word*` matches words beginning so. Everything else (brackets, ~ ^ : + - ! and the
 * like) only separates words, and an unmatched quote is ignored, so no text reaches Lucene as
 * an operator. Upper-case AND is dropped (words are ANDed already); OR and NOT are refused,
 * since searching them as words would silently answer another question.
 * Terms are folded with the one `fold` (src/domain/fold.ts), so "Erdoğan" and "Erdogan" are one term.
 */
import { AppError } from '../domain/errors.js';
import { fold } from '../domain/fold.js';
import type { SearchTerm } from '../store/queries/full-text-search.js';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*(\*)?/gu;
const MAX_TERMS = 20;
const MIN_PREFIX = 2;

function words(segment: string, field: string, allowPrefix: boolean): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const m of segment.matchAll(WORD)) {
    const raw = m[0].replace(/\*$/, '');
    if (raw === 'AND') continue;
    if (raw === 'OR' || raw === 'NOT') {
      throw new AppError('BAD_USER_INPUT', `search has no ${raw} operator: every word must match; put "${raw}" in quotes to search for the word`, field);
    }
    const text = fold(raw);
    if (allowPrefix && m[1]) {
      if (text.length < MIN_PREFIX) throw new AppError('BAD_USER_INPUT', `a prefix search needs at least ${MIN_PREFIX} letters before *`, field);
      terms.push({ kind: 'prefix', text });
    } else terms.push({ kind: 'word', text });
  }
  return terms;
}

function phrase(segment: string): SearchTerm[] {
  const inner = [...segment.matchAll(WORD)].map((m) => fold(m[0].replace(/\*$/, '')));
  if (inner.length === 0) return [];
  return inner.length === 1 ? [{ kind: 'word', text: inner[0] as string }] : [{ kind: 'phrase', words: inner }];
}

export function parseSearch(text: string, field = 'text'): SearchTerm[] {
  const parts = text.split('"');
  // An odd number of quotes leaves the last part unclosed: it is read as plain words.
  const closed = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  const terms = parts.flatMap((part, i) => (i % 2 === 1 && i < closed ? phrase(part) : words(part, field, true)));
  if (terms.length === 0) throw new AppError('BAD_USER_INPUT', 'has no words to search for', field);
  if (terms.length > MAX_TERMS) throw new AppError('BAD_USER_INPUT', `at most ${MAX_TERMS} words or phrases, got ${terms.length}`, field);
  return terms;
}
