/**
 * Matching what an analyst typed against known names: one key for comparing ("Türkiye",
 * "turkiye" and "the Türkiye" are equal; "Côte d'Ivoire" = "Cote dIvoire"), and a
 * similarity for "did you mean" when nothing is equal.
 */
import { fold } from '../domain/fold.js';

/** Folded, lower-cased, without dots, commas and apostrophes, hyphens as spaces, no leading "the". */
export function matchKey(text: string): string {
  return fold(text)
    .replace(/[.,']/g, '')
    .replace(/[-_/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** 1 - edit distance / longer length; 0 without computing when the lengths alone rule out `floor`. */
function ratio(a: string, b: string, floor: number): number {
  const longer = Math.max(a.length, b.length);
  if (1 - Math.abs(a.length - b.length) / longer < floor) return 0;
  return 1 - editDistance(a, b) / longer;
}

/**
 * 0 to 1: how alike two keys are. A key that starts the other scores high ("ivory" for
 * "ivory coast"), as does one word of a longer name ("erdogan" for "recep tayyip erdogan").
 * Scores under `floor` may come back as 0.
 */
export function similarity(query: string, candidate: string, floor = 0): number {
  if (!query || !candidate) return 0;
  if (query === candidate) return 1;
  if (candidate.startsWith(query) && query.length >= 3) return 0.9;
  const words = candidate.split(' ');
  if (query.length >= 3 && words.includes(query)) return 0.85;
  let best = ratio(query, candidate, floor);
  for (const w of words) if (w !== candidate) best = Math.max(best, 0.9 * ratio(query, w, floor / 0.9));
  return best;
}

export interface NamedCandidate<T> {
  /** A `matchKey` of one of its names. */
  key: string;
  /** The name the key is of, as written. */
  name: string;
  value: T;
}

export interface ScoredMatch<T> extends NamedCandidate<T> {
  score: number;
}

/**
 * Candidates alike to `query`, best first, at most one per `identity` (the best of its names),
 * those scoring under `min` left out.
 */
export function closestMatches<T>(
  query: string,
  candidates: Iterable<NamedCandidate<T>>,
  identity: (value: T) => string,
  opts: { take: number; min: number },
): ScoredMatch<T>[] {
  const key = matchKey(query);
  const best = new Map<string, ScoredMatch<T>>();
  for (const c of candidates) {
    const score = similarity(key, c.key, opts.min);
    if (score < opts.min) continue;
    const id = identity(c.value);
    const had = best.get(id);
    if (!had || score > had.score) best.set(id, { ...c, score });
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, opts.take);
}
