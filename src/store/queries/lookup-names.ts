/** People and places whose names share a (fuzzy) word with a text: type-ahead candidates. */
import type { Store } from '../driver.js';
import { fuzzyWords } from './person-names.js';
import { int } from './run.js';

export interface NamedNode {
  kind: 'PERSON' | 'PLACE';
  id: string;
  name: string;
  aliases: string[];
}

const NODES_NAMED = `
CALL (*) {
  WITH 1 AS one WHERE 'PERSON' IN $kinds
  CALL db.index.fulltext.queryNodes('person_fulltext', $lucene) YIELD node
  WITH node LIMIT $take
  RETURN {kind: 'PERSON', id: node.id, name: node.name, aliases: coalesce(node.aliases, [])} AS x
  UNION ALL
  WITH 1 AS one WHERE 'PLACE' IN $kinds
  CALL db.index.fulltext.queryNodes('place_fulltext', $lucene) YIELD node
  WITH node LIMIT $take
  RETURN {kind: 'PLACE', id: node.id, name: node.name, aliases: []} AS x
}
RETURN x`;

/** Prefixes count: what was typed so far ("erdo") is the start of a word. */
function typeAheadQuery(folded: string): string | null {
  const fuzzy = fuzzyWords(folded);
  if (!fuzzy) return null;
  const last = folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2).pop();
  return last ? `${fuzzy} OR ${last}*` : fuzzy;
}

export async function nodesNamed(store: Store, folded: string, kinds: ('PERSON' | 'PLACE')[], take: number): Promise<NamedNode[]> {
  const lucene = typeAheadQuery(folded);
  if (!lucene || !kinds.length) return [];
  const found = await store.query<{ x: NamedNode }>(NODES_NAMED, { lucene, kinds, take: int(take) });
  return found.map((r) => r.x);
}
