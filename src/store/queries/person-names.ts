/**
 * People as analysts name them: by id (a merged person's old id leads to the kept one), and
 * the people whose name or alias is near a text (the person full-text index, fuzzy words), for
 * src/resolve/person-names.ts to match exactly or suggest from. One round trip for all texts.
 */
import type { Store } from '../driver.js';
import { int } from './run.js';

export interface PersonNameRow {
  id: string;
  name: string;
  aliases: string[];
}

export interface PersonCandidates {
  /** The person with this id, or the one a merged id now leads to. */
  byId: PersonNameRow[];
  /** People whose name or aliases share a word (fuzzily) with the text. */
  near: PersonNameRow[];
}

const PEOPLE_NAMED = `
UNWIND $items AS item
CALL (item) {
  OPTIONAL MATCH (direct:Person {id: item.text})
  OPTIONAL MATCH (:PersonMerge {removedId: item.text})-[:INTO]->(merged:Person)
  RETURN [x IN collect(DISTINCT direct) + collect(DISTINCT merged) | x {.id, .name, aliases: coalesce(x.aliases, [])}] AS byId
}
CALL (item) {
  WITH item WHERE item.lucene IS NOT NULL
  CALL db.index.fulltext.queryNodes('person_fulltext', item.lucene) YIELD node
  WITH node LIMIT $near
  RETURN collect(node {.id, .name, aliases: coalesce(node.aliases, [])}) AS near
}
RETURN item.i AS i, byId, near
ORDER BY i`;

/** Lucene words of a name: letters and digits only (no operator survives), fuzzy when long enough to be typo-prone. */
export function fuzzyWords(folded: string): string | null {
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2);
  if (!words.length) return null;
  return words.map((w) => (w.length >= 4 ? `${w}~` : w)).join(' OR ');
}

export async function peopleNamed(store: Store, texts: { text: string; folded: string }[], near = 30): Promise<PersonCandidates[]> {
  if (!texts.length) return [];
  const items = texts.map((t, i) => ({ i, text: t.text, lucene: fuzzyWords(t.folded) }));
  const found = await store.query<{ i: number; byId: PersonNameRow[]; near: PersonNameRow[] }>(PEOPLE_NAMED, {
    items,
    near: int(near),
  });
  return texts.map((_, i) => {
    const row = found.find((r) => Number(r.i) === i);
    return { byId: row?.byId ?? [], near: row?.near ?? [] };
  });
}
