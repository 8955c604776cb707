/**
 * One token trie over everything the extractor looks up by name: people, countries,
 * demonyms, organisations, news agencies, metonyms and role phrases. Built once per
 * KnowledgeBase (cached), then matched in linear time over a sentence's tokens.
 */
import type {
  CountryEntry, KnowledgeBase, MetonymEntry, OrganizationEntry, PersonEntry,
} from '../knowledge/knowledge-types.js';
import { ROLE_BY_PHRASE } from './lexicon/roles.js';
import { tokenize, type Token } from './tokens.js';

export type GazEntry =
  | { kind: 'person'; person: PersonEntry }
  | { kind: 'country'; country: CountryEntry }
  | { kind: 'demonym'; country: CountryEntry }
  | { kind: 'org'; org: OrganizationEntry }
  | { kind: 'agency'; org: OrganizationEntry }
  | { kind: 'metonym'; metonym: MetonymEntry }
  | { kind: 'role'; role: string };

interface Node {
  next: Map<string, Node>;
  entries: GazEntry[] | null;
}

export interface GazMatch {
  start: number;
  /** Exclusive token index. */
  end: number;
  entries: GazEntry[];
}

export interface Gazetteer {
  kb: KnowledgeBase;
  /** Longest phrase starting at token i (never crossing a possessive). */
  matchAt(tokens: Token[], i: number): GazMatch | null;
  /** People by folded surname, from the KB's `surname` fields. */
  surnames: Map<string, PersonEntry[]>;
  /** People by folded single-token alias or surname form used alone ("lula", "mbs"). */
  countryByCode(code: string | null | undefined): CountryEntry | undefined;
}

const cache = new WeakMap<KnowledgeBase, Gazetteer>();

export function gazetteerFor(kb: KnowledgeBase): Gazetteer {
  let g = cache.get(kb);
  if (!g) {
    g = buildGazetteer(kb);
    cache.set(kb, g);
  }
  return g;
}

function newNode(): Node {
  return { next: new Map(), entries: null };
}

function buildGazetteer(kb: KnowledgeBase): Gazetteer {
  const root = newNode();
  const add = (phrase: string, entry: GazEntry): void => {
    const toks = tokenize(phrase);
    if (toks.length === 0) return;
    let node = root;
    for (const t of toks) {
      let n = node.next.get(t.key);
      if (!n) {
        n = newNode();
        node.next.set(t.key, n);
      }
      node = n;
    }
    if (!node.entries) node.entries = [];
    // One entry per kind and target.
    if (!node.entries.some((e) => sameEntry(e, entry))) node.entries.push(entry);
  };
  const addName = (phrase: string, entry: GazEntry): void => {
    add(phrase, entry);
    const bare = phrase.replace(/^the\s+/i, '');
    if (bare !== phrase) add(bare, entry);
  };

  // The KB settles surface forms shared by several entries ("Indian": India, not the
  // British Indian Ocean Territory), so each form is added once, as the KB resolves it.
  for (const c of kb.countries) {
    for (const n of [c.name, ...c.names]) addName(n, { kind: 'country', country: kb.countryByName(n) ?? c });
    for (const d of c.demonyms) add(d, { kind: 'demonym', country: kb.countryByDemonym(d) ?? c });
  }
  for (const o of kb.organizations) {
    const entry: GazEntry = o.kind === 'news_agency' ? { kind: 'agency', org: o } : { kind: 'org', org: o };
    addName(o.code, entry);
    addName(o.name, entry);
    for (const n of o.names) addName(n, entry);
  }
  for (const m of kb.metonyms) addName(m.phrase, { kind: 'metonym', metonym: m });
  for (const [phrase, role] of ROLE_BY_PHRASE) add(phrase, { kind: 'role', role });
  const surnames = new Map<string, PersonEntry[]>();
  for (const p of kb.people) {
    add(p.name, { kind: 'person', person: p });
    for (const a of p.aliases) {
      // A one-word alias that is also an English word would fire everywhere.
      if (!a.includes(' ') && a.length < 3) continue;
      add(a, { kind: 'person', person: p });
    }
    const key = tokenize(p.surname).map((t) => t.key).join(' ');
    if (key) {
      const list = surnames.get(key) ?? [];
      list.push(p);
      surnames.set(key, list);
    }
  }

  const byCode = new Map(kb.countries.map((c) => [c.code, c]));
  return {
    kb,
    surnames,
    countryByCode: (code) => (code ? byCode.get(code) ?? kb.countryByCode(code) : undefined),
    matchAt(tokens, i) {
      let node: Node | undefined = root;
      let best: GazMatch | null = null;
      for (let j = i; j < tokens.length; j++) {
        const t = tokens[j];
        if (!t) break;
        node = node.next.get(t.key);
        if (!node) break;
        if (node.entries) best = { start: i, end: j + 1, entries: node.entries };
        if (t.poss) break;
      }
      return best;
    },
  };
}

function sameEntry(a: GazEntry, b: GazEntry): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'person': return a.person === (b as typeof a).person;
    case 'country': case 'demonym': return a.country === (b as typeof a).country;
    case 'org': case 'agency': return a.org === (b as typeof a).org;
    case 'metonym': return a.metonym === (b as typeof a).metonym;
    case 'role': return a.role === (b as typeof a).role;
  }
}
