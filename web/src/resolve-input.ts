/**
 * Turns what an analyst types ("India", "in", "the UN", "Modi") into canonical ids, or says
 * clearly that it cannot: never a silent guess. The API's `lookup` does it when the server has
 * it; otherwise the page's own table of parties (the resolver's data, built in) and the API's
 * `search` for people and places give the same answers. This module holds no DOM.
 */
import { fold } from '../../src/domain/fold.js';

export type EntityKind = 'COUNTRY' | 'ORGANISATION' | 'PERSON' | 'PLACE';

export interface LookupHit {
  kind: EntityKind;
  /** Canonical id as the URL and the API take it: "IN", "UN", "org:AU", "p-narendra-modi". */
  id: string;
  name: string;
  /** The alias or code the text matched, when not the name itself. */
  matchedAlias: string | null;
  /** 0..1, 1 for an exact name or code. */
  score: number;
}

export type Resolution =
  | { status: 'resolved'; hit: LookupHit }
  | { status: 'ambiguous'; text: string; hits: LookupHit[] }
  | { status: 'unresolved'; text: string; suggestions: LookupHit[] };

/** [code, common name, other names] per party, as `virtual:dkg-parties` provides them. */
export interface PartyTable {
  countries: [string, string, string[]][];
  organisations: [string, string, string[]][];
}

/** Scores at or above this count as the text naming the thing exactly. */
const EXACT = 0.95;
/** A single hit this close is taken without asking (a unique prefix of every word). */
const CONFIDENT = 0.8;

/** The server's `fold` without a leading "the": "  The Élysée " -> "elysee". */
export function normalise(text: string): string {
  return fold(text).replace(/^the /, '');
}

/** How well `query` (normalised) names `form`: exact, prefix, word prefixes, or inside it. */
export function matchScore(query: string, form: string): number {
  const f = normalise(form);
  if (!query || !f) return 0;
  if (f === query) return 1;
  if (f.startsWith(query)) return 0.7 + 0.1 * (query.length / f.length);
  const words = f.split(/[\s,()-]+/);
  const parts = query.split(' ');
  // Whole words ("Tokayev" for "Kassym-Jomart Tokayev") are a confident match, word starts less so.
  if (parts.every((p) => words.includes(p))) return 0.85;
  if (parts.every((p) => words.some((w) => w.startsWith(p)))) return 0.6 + 0.2 * (query.length / f.length);
  if (query.length >= 3 && f.includes(query)) return 0.5;
  return 0;
}

/**
 * The id the API and URL take for a party: the bare code, except for a code both a country and
 * an organisation have ("AU"), which the API refuses bare: then "country:AU" or "org:AU".
 */
export function partyId(kind: 'COUNTRY' | 'ORGANISATION', code: string, countryCodes: ReadonlySet<string>, orgCodes: ReadonlySet<string> = new Set()): string {
  if (kind === 'ORGANISATION') return countryCodes.has(code.toUpperCase()) ? `org:${code}` : code;
  return orgCodes.has(code.toUpperCase()) ? `country:${code}` : code;
}

/** A party id as the API's lookup gives it ("country:GB", "org:UN") in the page's canonical form. */
export function canonicalPartyId(hit: Pick<LookupHit, 'kind' | 'id'>, countryCodes: ReadonlySet<string>, orgCodes: ReadonlySet<string>): string {
  if (hit.kind !== 'COUNTRY' && hit.kind !== 'ORGANISATION') return hit.id;
  return partyId(hit.kind, hit.id.replace(/^(country|org):/i, ''), countryCodes, orgCodes);
}

export interface PartyIndex {
  countryCodes: ReadonlySet<string>;
  orgCodes: ReadonlySet<string>;
  /** Hits for the text among countries and organisations, best first. */
  find(text: string, kinds: readonly EntityKind[], first?: number): LookupHit[];
  /** The party a canonical id names, or null when it names none. */
  byId(id: string): LookupHit | null;
}

export function createPartyIndex(table: PartyTable): PartyIndex {
  const countryCodes = new Set(table.countries.map(([code]) => code));
  const orgCodes = new Set(table.organisations.map(([code]) => code.toUpperCase()));
  const rows = [
    ...table.countries.map(([code, name, aliases]) => ({ kind: 'COUNTRY' as const, code, name, aliases })),
    ...table.organisations.map(([code, name, aliases]) => ({ kind: 'ORGANISATION' as const, code, name, aliases })),
  ].map((r) => ({ ...r, id: partyId(r.kind, r.code, countryCodes, orgCodes) }));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    countryCodes,
    orgCodes,
    find(text, kinds, first = 8) {
      const q = normalise(text);
      if (!q) return [];
      const hits: LookupHit[] = [];
      for (const r of rows) {
        if (!kinds.includes(r.kind)) continue;
        // A code counts only when typed whole: "in" is India, not every name with "in" in it.
        const codeHit = normalise(r.code) === q || normalise(r.id) === q ? 1 : 0;
        const nameScore = matchScore(q, r.name);
        let alias: string | null = null;
        let aliasScore = 0;
        for (const a of r.aliases) {
          const s = matchScore(q, a) * 0.97;
          if (s > aliasScore) [alias, aliasScore] = [a, s];
        }
        const score = Math.max(codeHit, nameScore, aliasScore);
        if (score <= 0) continue;
        const matched = codeHit >= nameScore && codeHit >= aliasScore ? r.code : nameScore >= aliasScore ? null : alias;
        hits.push({ kind: r.kind, id: r.id, name: r.name, matchedAlias: matched === r.name ? null : matched, score });
      }
      return rankHits(hits).slice(0, first);
    },
    byId(id) {
      const r = byId.get(id) ?? byId.get(id.toUpperCase());
      return r ? { kind: r.kind, id: r.id, name: r.name, matchedAlias: null, score: 1 } : null;
    },
  };
}

/** Best first; countries before organisations and shorter names first on a tie. */
export function rankHits(hits: LookupHit[]): LookupHit[] {
  const order: Record<EntityKind, number> = { COUNTRY: 0, ORGANISATION: 1, PERSON: 2, PLACE: 3 };
  return [...hits].sort((a, b) => b.score - a.score || order[a.kind] - order[b.kind] || a.name.length - b.name.length);
}

/**
 * What the text resolves to: one exact hit (or one confident hit and nothing else) is taken;
 * several exact hits are ambiguous; anything else is unresolved, with the hits as suggestions.
 */
export function decide(text: string, hits: LookupHit[]): Resolution {
  const ranked = rankHits(hits);
  const exact = ranked.filter((h) => h.score >= EXACT);
  const distinct = [...new Map(exact.map((h) => [`${h.kind}:${h.id}`, h])).values()];
  if (distinct.length === 1) return { status: 'resolved', hit: distinct[0]! };
  if (distinct.length > 1) return { status: 'ambiguous', text, hits: distinct };
  if (ranked.length === 1 && ranked[0]!.score >= CONFIDENT) return { status: 'resolved', hit: ranked[0]! };
  return { status: 'unresolved', text, suggestions: ranked.slice(0, 5) };
}

/** Scores a search hit's label against the text as the party table scores names. */
export function scoreLabel(text: string, label: string): number {
  return Math.max(matchScore(normalise(text), label), 0.4);
}

const KIND_WORDS: Record<EntityKind, string> = { COUNTRY: 'country', ORGANISATION: 'organisation', PERSON: 'person', PLACE: 'place' };

/** "country or organisation", for messages. */
export function kindsPhrase(kinds: readonly EntityKind[]): string {
  const words = kinds.map((k) => KIND_WORDS[k]);
  return words.length <= 1 ? (words[0] ?? 'thing') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** The sentence the page shows for a resolution that did not pick one thing. */
export function resolutionMessage(r: Exclude<Resolution, { status: 'resolved' }>, kinds: readonly EntityKind[]): string {
  if (r.status === 'ambiguous') return `“${r.text}” matches more than one ${kindsPhrase(kinds)}: choose one.`;
  const base = `No ${kindsPhrase(kinds)} matches “${r.text}”.`;
  return r.suggestions.length ? `${base} Did you mean one of these?` : `${base} Try a name, a code or another spelling.`;
}

export interface ResolverApi {
  /** The API's `lookup`; rejects with `unsupported` true when the server has no such field. */
  lookup(text: string, kinds: EntityKind[], first: number, signal?: AbortSignal): Promise<LookupHit[]>;
  /** The API's full-text `search`, for people and places. */
  search(text: string, signal?: AbortSignal): Promise<{ kind: string; id: string; label: string }[]>;
}

export interface Resolver {
  /** Suggestions for text being typed, best first. */
  suggest(text: string, kinds: EntityKind[], signal?: AbortSignal): Promise<LookupHit[]>;
  /** The decision for submitted text. */
  resolve(text: string, kinds: EntityKind[], signal?: AbortSignal): Promise<Resolution>;
  parties: PartyIndex;
}

/**
 * An error the API raised because it does not know `lookup` (a server without it): GraphQL
 * validation names the missing field, or first the missing argument type.
 */
export function isUnsupportedField(e: unknown): boolean {
  return e instanceof Error && /Cannot query field "lookup"|Unknown type "EntityKind"|Unknown type "LookupHit"/.test(e.message);
}

export function createResolver(parties: PartyIndex, api: ResolverApi): Resolver {
  // Unknown until the first request: a server that lacks `lookup` says so once, then we stop asking.
  let hasLookup: boolean | null = null;

  async function fallback(text: string, kinds: EntityKind[], signal?: AbortSignal): Promise<LookupHit[]> {
    const hits = parties.find(text, kinds);
    const wanted = kinds.filter((k): k is 'PERSON' | 'PLACE' => k === 'PERSON' || k === 'PLACE');
    if (wanted.length && normalise(text).length >= 2) {
      for (const h of await api.search(text, signal)) {
        if (!(wanted as string[]).includes(h.kind)) continue;
        hits.push({ kind: h.kind as EntityKind, id: h.id, name: h.label, matchedAlias: null, score: scoreLabel(text, h.label) });
      }
    }
    return rankHits(hits);
  }

  async function hitsFor(text: string, kinds: EntityKind[], signal?: AbortSignal): Promise<LookupHit[]> {
    if (hasLookup !== false) {
      try {
        const hits = await api.lookup(text, kinds, 10, signal);
        hasLookup = true;
        return rankHits(hits.map((h) => ({ ...h, id: canonicalPartyId(h, parties.countryCodes, parties.orgCodes) })));
      } catch (e) {
        if (!isUnsupportedField(e)) throw e;
        hasLookup = false;
      }
    }
    return fallback(text, kinds, signal);
  }

  return {
    parties,
    suggest: (text, kinds, signal) => (normalise(text).length < 1 ? Promise.resolve([]) : hitsFor(text, kinds, signal)),
    async resolve(text, kinds, signal) {
      const hits = normalise(text) ? await hitsFor(text, kinds, signal) : [];
      return decide(text.trim(), hits);
    },
  };
}
