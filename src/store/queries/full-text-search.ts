/** Ranked full-text search over the article, person and place indexes: one round trip. */
import type { Store } from '../driver.js';
import { int } from './run.js';

export interface SearchHit {
  kind: 'ARTICLE' | 'PERSON' | 'PLACE';
  id: string;
  label: string;
  score: number;
}

// Lucene scores of different indexes are not strictly comparable, but all are BM25 over
// short fields here, which ranks well enough for a search box.
const FULL_TEXT_SEARCH = `
CALL () {
  CALL db.index.fulltext.queryNodes('article_fulltext', $text, {limit: $take}) YIELD node, score
  RETURN 'ARTICLE' AS kind, node.id AS id, coalesce(node.title, node.url, node.id) AS label, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('person_fulltext', $text, {limit: $take}) YIELD node, score
  RETURN 'PERSON' AS kind, node.id AS id, node.name AS label, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('place_fulltext', $text, {limit: $take}) YIELD node, score
  RETURN 'PLACE' AS kind, node.id AS id, node.name AS label, score
}
RETURN kind, id, label, score
ORDER BY score DESC, kind, id
LIMIT $take`;

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

export async function fullTextSearch(store: Store, text: string, take: number): Promise<SearchHit[]> {
  return store.query<SearchHit>(FULL_TEXT_SEARCH, { text: luceneText(text), take: int(take) });
}
