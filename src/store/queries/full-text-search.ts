/**
 * Ranked full-text search over the article, person, place and meeting indexes, as one page
 * of hits and their total: one round trip. The indexes fold accents (schema/neo4j/005), and
 * the terms arrive folded (src/api/search-syntax.ts), since Lucene leaves prefix terms unanalysed.
 */
import type { Store } from '../driver.js';
import { readCard } from '../meeting-cards.js';
import { int } from './run.js';

export type SearchKind = 'ARTICLE' | 'PERSON' | 'PLACE' | 'MEETING';

export const SEARCH_KINDS: readonly SearchKind[] = ['ARTICLE', 'PERSON', 'PLACE', 'MEETING'];

/** One required term: a word, a word's beginning, or words in this order. */
export type SearchTerm = { kind: 'word' | 'prefix'; text: string } | { kind: 'phrase'; words: string[] };

export interface SearchHit {
  kind: SearchKind;
  id: string;
  label: string;
  score: number;
}

export interface SearchPage {
  totalCount: number;
  hits: SearchHit[];
}

// Lucene scores of different indexes are not strictly comparable, but all are BM25 over
// short fields here, which ranks well enough for a search box.
const BRANCH: Record<SearchKind, string> = {
  ARTICLE: `CALL db.index.fulltext.queryNodes('article_fulltext', $q) YIELD node, score
  RETURN 'ARTICLE' AS kind, node.id AS id, coalesce(node.title, node.url, node.id) AS label, null AS card, score`,
  PERSON: `CALL db.index.fulltext.queryNodes('person_fulltext', $q) YIELD node, score
  RETURN 'PERSON' AS kind, node.id AS id, node.name AS label, null AS card, score`,
  PLACE: `CALL db.index.fulltext.queryNodes('place_fulltext', $q) YIELD node, score
  RETURN 'PLACE' AS kind, node.id AS id, node.name AS label, null AS card, score`,
  MEETING: `CALL db.index.fulltext.queryNodes('meeting_fulltext', $q) YIELD node, score
  RETURN 'MEETING' AS kind, node.id AS id, null AS label, node.card AS card, score`,
};

const searchQuery = (kinds: readonly SearchKind[]): string => `
CALL () {
  ${kinds.map((k) => BRANCH[k]).join('\n  UNION ALL\n  ')}
}
WITH kind, id, label, card, score ORDER BY score DESC, kind, id
WITH collect({kind: kind, id: id, label: label, card: card, score: score}) AS hits
RETURN size(hits) AS totalCount, hits[$skip..$end] AS page`;

/**
 * Escapes Lucene's operators so user text is searched as words. AND, OR and NOT are operators
 * only in capitals: in lower case they are words ("not" a stop word), so a query of nothing
 * but operator words is no syntax error.
 */
export function luceneText(text: string): string {
  return text
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&')
    .replace(/\b(AND|OR|NOT)\b/g, (w) => w.toLowerCase())
    .trim();
}

/** Every term required: `+word`, `+beginning*`, `+"two words"`. */
export function luceneQuery(terms: SearchTerm[]): string {
  return terms
    .map((t) =>
      t.kind === 'phrase' ? `+"${t.words.map(luceneText).join(' ')}"` : `+${luceneText(t.text)}${t.kind === 'prefix' ? '*' : ''}`,
    )
    .join(' ');
}

/** "2024-10-23: Ilham Aliyev, Vladimir Putin (Kazan)" */
function meetingLabel(json: string): string {
  const c = readCard(json);
  const who = c.participants.map((p) => p.person.name).join(', ') || c.parties.map((p) => p.name ?? p.code).join(', ');
  return `${c.date ?? 'undated'}: ${who}${c.place ? ` (${c.place.name})` : ''}`;
}

export async function fullTextSearch(
  store: Store,
  terms: SearchTerm[],
  kinds: readonly SearchKind[],
  skip: number,
  take: number,
): Promise<SearchPage> {
  const [row] = await store.query<{ totalCount: number; page: (SearchHit & { card: string | null })[] }>(searchQuery(kinds), {
    q: luceneQuery(terms),
    skip: int(skip),
    end: int(skip + take),
  });
  return {
    totalCount: row?.totalCount ?? 0,
    hits: (row?.page ?? []).map(({ card, ...h }) => ({ ...h, label: card ? meetingLabel(card) : h.label })),
  };
}
