/**
 * Parties as analysts write them: ISO codes (alpha-2 or alpha-3), country names and common
 * forms ("UK", "Britain", "Russia", "Türkiye", "Turkey", "Ivory Coast"), organisation codes and
 * names ("NATO", "African Union"), and region groups ("group:EU", the member states).
 *
 * Countries and organisations are separate namespaces. A prefix chooses one: `country:AU` is
 * Australia, `org:AU` the African Union, `group:AU` its member states. Without a prefix a text
 * naming exactly one party is that party; one naming both a country and an organisation (only
 * "AU") is a BAD_USER_INPUT whose suggestions give both prefixed forms, never a silent pick.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AppError } from '../domain/errors.js';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { closestMatches, matchKey, type NamedCandidate } from './name-match.js';

export type PartyKind = 'COUNTRY' | 'ORGANIZATION';

export interface ResolvedParty {
  code: string;
  kind: PartyKind;
  name: string;
}

/** States counted together, e.g. the EU's member states (data/region-groups.json). */
export interface RegionGroup {
  code: string;
  name: string;
  /** ISO alpha-2 codes of the member states, current membership. */
  members: string[];
}

export type PartyOrGroup = { party: ResolvedParty; group?: undefined } | { group: RegionGroup; party?: undefined };

interface PartyIndex {
  /** matchKey of every name, code and alias -> the parties answering to it. */
  byKey: Map<string, ResolvedParty[]>;
  candidates: NamedCandidate<ResolvedParty>[];
  groups: Map<string, RegionGroup>;
  groupsAsOf: string;
}

// world-countries is JSON behind an ESM entry Node 20 refuses to import: require() it.
const require = createRequire(import.meta.url);

let index: PartyIndex | undefined;

function add(ix: PartyIndex, name: string, party: ResolvedParty): void {
  const key = matchKey(name);
  if (!key) return;
  const list = ix.byKey.get(key) ?? [];
  if (!list.some((p) => p.code === party.code && p.kind === party.kind)) list.push(party);
  ix.byKey.set(key, list);
  ix.candidates.push({ key, name, value: party });
}

function readGroups(): { asOf: string; groups: RegionGroup[] } {
  const file = fileURLToPath(new URL('./data/region-groups.json', import.meta.url));
  return JSON.parse(readFileSync(file, 'utf8')) as { asOf: string; groups: RegionGroup[] };
}

function partyIndex(): PartyIndex {
  if (index) return index;
  const kb = loadKnowledge();
  const groups = readGroups();
  const ix: PartyIndex = {
    byKey: new Map(),
    candidates: [],
    groups: new Map(groups.groups.map((g) => [g.code.toUpperCase(), g])),
    groupsAsOf: groups.asOf,
  };
  const alpha3 = new Map((require('world-countries') as { cca2: string; cca3: string }[]).map((c) => [c.cca2, c.cca3]));
  for (const c of kb.countries) {
    const party: ResolvedParty = { code: c.code, kind: 'COUNTRY', name: c.name };
    for (const n of [c.code, alpha3.get(c.code) ?? '', c.name, ...c.names, ...c.demonyms]) if (n) add(ix, n, party);
  }
  for (const o of kb.organizations) {
    if (o.kind !== 'intergovernmental') continue;
    const party: ResolvedParty = { code: o.code, kind: 'ORGANIZATION', name: o.name };
    for (const n of [o.code, o.name, ...o.names]) add(ix, n, party);
  }
  index = ix;
  return ix;
}

const label = (p: ResolvedParty): string => p.name;
const identity = (p: ResolvedParty): string => `${p.kind}:${p.code}`;
const prefixed = (p: ResolvedParty): string => `${p.kind === 'COUNTRY' ? 'country' : 'org'}:${p.code}`;

function unknown(argument: string, text: string, what: string, pool: NamedCandidate<ResolvedParty>[]): AppError {
  const near = closestMatches(text, pool, identity, { take: 3, min: 0.6 });
  // Only those about as close as the best: "Rusia" suggests Russia, not every 60% match.
  const top = near[0]?.score ?? 0;
  const suggestions = near.filter((m) => m.score >= top - 0.1).map((m) => label(m.value));
  const hint = suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '';
  return new AppError('BAD_USER_INPUT', `no ${what} is known as "${text}"${hint}`, argument, { suggestions });
}

function ofKind(found: ResolvedParty[], kind: PartyKind | null): ResolvedParty[] {
  return kind ? found.filter((p) => p.kind === kind) : found;
}

function resolveGroup(ix: PartyIndex, code: string, text: string, argument: string): RegionGroup {
  const group = ix.groups.get(code.trim().toUpperCase());
  if (group) return group;
  const codes = [...ix.groups.keys()].map((c) => `group:${c}`);
  throw new AppError('BAD_USER_INPUT', `no region group "${text}"; groups are ${codes.join(', ')}`, argument, {
    suggestions: codes,
  });
}

/**
 * The party (or, where `groups` allows, the region group) a text names. Throws BAD_USER_INPUT
 * naming `argument`, with suggestions, when it names none or is ambiguous.
 */
export function resolvePartyOrGroup(text: string, argument: string, opts: { groups: boolean; kind?: PartyKind }): PartyOrGroup {
  const ix = partyIndex();
  const raw = text.trim();
  const prefix = /^(org|country|group):/i.exec(raw)?.[1]?.toLowerCase() ?? null;
  const body = prefix ? raw.slice(prefix.length + 1).trim() : raw;
  if (!body) throw new AppError('BAD_USER_INPUT', 'must name a country or an organisation', argument);
  if (prefix === 'group') {
    if (!opts.groups) {
      throw new AppError('BAD_USER_INPUT', `a region group ("${raw}") is allowed only in MeetingFilter.countries and anyCountries`, argument);
    }
    return { group: resolveGroup(ix, body, raw, argument) };
  }
  const kind: PartyKind | null = prefix === 'org' ? 'ORGANIZATION' : prefix === 'country' ? 'COUNTRY' : (opts.kind ?? null);
  const found = ofKind(ix.byKey.get(matchKey(body)) ?? [], kind);
  const [only] = found;
  if (found.length === 1 && only) return { party: only };
  if (found.length > 1) {
    const options = found.map((p) => `${prefixed(p)} (${p.name})`).join(' or ');
    throw new AppError('BAD_USER_INPUT', `"${raw}" names more than one party: write ${options}`, argument, {
      suggestions: found.map(prefixed),
    });
  }
  const pool = kind ? ix.candidates.filter((c) => c.value.kind === kind) : ix.candidates;
  throw unknown(argument, raw, kind === 'ORGANIZATION' ? 'organisation' : kind === 'COUNTRY' ? 'country' : 'country or organisation', pool);
}

/** A country or an organisation (no group). */
export function resolveParty(text: string, argument: string): ResolvedParty {
  const r = resolvePartyOrGroup(text, argument, { groups: false });
  return r.party as ResolvedParty;
}

/** A country only: an organisation is a BAD_USER_INPUT that says so. */
export function resolveCountry(text: string, argument: string): ResolvedParty {
  if (/^org:/i.test(text.trim())) throw new AppError('BAD_USER_INPUT', `must be a country; "${text}" is an organisation`, argument);
  return resolvePartyOrGroup(text, argument, { groups: false, kind: 'COUNTRY' }).party as ResolvedParty;
}

/** Every party whose name, code or alias is like `text`, best first: for type-ahead. */
export function partiesLike(text: string, take: number): { party: ResolvedParty; matched: string; score: number }[] {
  return closestMatches(text, partyIndex().candidates, identity, { take, min: 0.6 }).map((m) => ({
    party: m.value,
    matched: m.name,
    score: m.score,
  }));
}

/** The region groups, by code: for documentation and errors. */
export function regionGroups(): RegionGroup[] {
  return [...partyIndex().groups.values()];
}
