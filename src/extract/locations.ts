/**
 * Places named in a sentence: cities after a preposition ("in Moscow", "to Baku"),
 * metonyms and residences from the KB ("the Kremlin", "Novo-Ogaryovo"), capitals
 * described ("the Russian capital"), and countries ("a visit to Azerbaijan").
 */
import type { Chunk } from './chunks.js';
import { fold } from '../domain/fold.js';
import type { Gazetteer } from './gazetteer.js';
import { REGIONS } from './lexicon/regions.js';
import type { Token } from './tokens.js';

export interface PlaceMention {
  city: string | null;
  country: string | null;
  offset: number;
  kind: 'city' | 'metonym' | 'capital' | 'country';
}

const PREPS = new Set(['in', 'to', 'at', 'near', 'outside', 'into', 'visited', 'visiting', 'visit', 'visits', 'toured', 'reached', 'welcomed', 'hosted', 'arrived', 'capital']);
// Nouns after which "in <Country>" names the subject of a topic, not the meeting place ("the war in Ukraine").
const TOPIC_NOUNS = new Set(['war', 'conflict', 'situation', 'crisis', 'peace', 'investment', 'investments', 'fighting', 'elections', 'election', 'operation', 'presence', 'interests', 'influence', 'stability', 'developments', 'settlement', 'ceasefire', 'violence', 'attacks', 'invasion', 'role', 'projects', 'interest', 'embassy', 'ambassador', 'people', 'sanctions', 'security']);
// A city of at least this many people, or a capital, may be a meeting place (GeoNames populations).
const MIN_POPULATION = 40_000;

export function findPlaces(chunks: Chunk[], tokens: Token[], gaz: Gazetteer): PlaceMention[] {
  const out: PlaceMention[] = [];
  const kb = gaz.kb;
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i] as Chunk;
    const offset = (tokens[c.start] as Token).start;
    if (c.kind === 'metonym') {
      const e = c.entries.find((x) => x.kind === 'metonym');
      if (e && e.kind === 'metonym') {
        const prevKey = prevWord(chunks, i);
        // "the Kremlin said" is the government speaking, not a place, unless a preposition precedes.
        if (!e.metonym.government || PREPS.has(prevKey) || c.key.startsWith('the ') && PREPS.has(prevWord(chunks, i))) {
          out.push({ city: e.metonym.city, country: e.metonym.country, offset, kind: 'metonym' });
        }
      }
      continue;
    }
    const prev = prevWord(chunks, i);
    // "the Amazonian city of Belem", "the city of Samarkand": named as a city.
    if ((c.kind === 'name' || c.kind === 'word' && c.cap) && prev === 'of' && /\bcity$/i.test(chunks[i - 2]?.key ?? '')) {
      const city = kb.city(c.text);
      if (city) {
        out.push({ city: city.name, country: city.country, offset, kind: 'city' });
        continue;
      }
    }
    // "in Kazakhstan's capital", "the Russian capital"
    if ((c.kind === 'country' && c.poss) || (c.kind === 'demonym' && chunks[i - 1]?.key === 'the')) {
      if (chunks[i + 1]?.key === 'capital') {
        const e = c.entries.find((x) => x.kind === 'demonym' || x.kind === 'country');
        if (e && (e.kind === 'demonym' || e.kind === 'country') && e.country.capital) {
          out.push({ city: e.country.capital, country: e.country.code, offset, kind: 'capital' });
          continue;
        }
      }
    }
    if (!PREPS.has(prev)) {
      // "the Russian capital", "Azerbaijan's capital"
      if ((c.kind === 'demonym' || (c.kind === 'country' && c.poss)) && chunks[i + 1]?.key === 'capital' && prev === 'the' || (c.kind === 'country' && c.poss && chunks[i + 1]?.key === 'capital')) {
        const e = c.entries.find((x) => x.kind === 'demonym' || x.kind === 'country');
        if (e && (e.kind === 'demonym' || e.kind === 'country') && e.country.capital) {
          out.push({ city: e.country.capital, country: e.country.code, offset, kind: 'capital' });
        }
      }
      continue;
    }
    if (c.kind === 'name' || c.kind === 'word' && c.cap || c.kind === 'country' || c.kind === 'person') {
      // A name after a preposition: a city (possibly "City, Country"), else a country.
      let countryHint: string | null = null;
      const nxt = chunks[i + 1];
      if (c.after === ',' && nxt?.kind === 'country') {
        const e = nxt.entries.find((x) => x.kind === 'country');
        if (e && e.kind === 'country') countryHint = e.country.code;
      }
      const region = c.kind !== 'country' ? REGIONS.get(fold(c.text)) : undefined;
      if (region) {
        out.push({ city: null, country: region, offset, kind: 'country' });
        continue;
      }
      if (c.kind !== 'country') {
        const city = kb.city(c.text, countryHint) ?? (c.end - c.start > 1 ? kb.city(tokens.slice(c.start, c.start + 2).map((t) => t.text).join(' '), countryHint) : undefined);
        if (city && (city.isCapital || city.population >= MIN_POPULATION || countryHint)) {
          out.push({ city: city.name, country: city.country, offset, kind: 'city' });
          continue;
        }
      }
      if (c.kind === 'country' && !TOPIC_NOUNS.has(prevWord(chunks, i - 1)) && prev !== 'at') {
        const e = c.entries.find((x) => x.kind === 'country');
        if (e && e.kind === 'country') {
          // A capital that shares its country's name (Singapore, Kuwait, Djibouti) is a city.
          const city = e.country.capital && e.country.capital === e.country.name ? e.country.capital : null;
          out.push({ city, country: e.country.code, offset, kind: city ? 'city' : 'country' });
        }
      }
    }
  }
  return out;
}

/**
 * The place named right before ", where <meeting>" ("travel on to Rio and then to Brasilia on
 * Thursday, where Lula will host him"; "arrived in Doha from Riyadh, where he held talks"),
 * whatever preposition introduced it.
 */
export function placeBeforeWhere(text: string, chunks: Chunk[], tokens: Token[], gaz: Gazetteer): PlaceMention | null {
  const m = WHERE_MEETING.exec(text);
  if (!m) return null;
  for (let i = chunks.length - 1; i >= 0; i--) {
    const c = chunks[i] as Chunk;
    const offset = (tokens[c.start] as Token).start;
    if (offset >= m.index) continue;
    if (c.kind === 'metonym') {
      const e = c.entries.find((x) => x.kind === 'metonym');
      return e && e.kind === 'metonym' ? { city: e.metonym.city, country: e.metonym.country, offset, kind: 'metonym' } : null;
    }
    if (c.kind !== 'name' && c.kind !== 'person') continue;
    const city = gaz.kb.city(c.text);
    if (city && (city.isCapital || city.population >= MIN_POPULATION)) return { city: city.name, country: city.country, offset, kind: 'city' };
    return null;
  }
  return null;
}

const WHERE_MEETING = /,\s+where\b(?=[^.]*?\b(?:met|meet|meets|held talks|hold talks|talks with|host|hosts|hosted|received|receive|will be received)\b)/i;

function prevWord(chunks: Chunk[], i: number): string {
  let j = i - 1;
  while (j >= 0 && ['the', 'a', 'an'].includes((chunks[j] as Chunk).key)) j--;
  const c = chunks[j];
  return c && c.kind === 'word' ? c.key : '';
}
