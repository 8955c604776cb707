/**
 * Input checks with messages that name the argument and say what is expected. They throw
 * AppError('BAD_USER_INPUT', message, field); the error masking turns it into
 * `extensions: {code: 'BAD_USER_INPUT', field}`.
 */
import { createRequire } from 'node:module';
import { AppError } from '../domain/errors.js';
import { TOPICS } from '../domain/model.js';
import type { PartyCode } from '../store/queries/meeting-filter.js';

// world-countries is JSON behind an ESM entry Node 20 refuses to import: require() it.
const require = createRequire(import.meta.url);
const ISO_CODES: ReadonlySet<string> = new Set(
  (require('world-countries') as { cca2: string }[]).map((c) => c.cca2),
);

export const MAX_FIRST = 500;

function bad(field: string, message: string): AppError {
  return new AppError('BAD_USER_INPUT', message, field);
}

/** A page size or list length: an integer from 1 to `max`. */
export function count(n: number, field: string, max = MAX_FIRST): number {
  if (!Number.isInteger(n) || n < 1 || n > max) throw bad(field, `must be an integer from 1 to ${max}, got ${n}`);
  return n;
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD", a real calendar date. */
export function isoDate(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  const month = m?.[2] ? Number(m[2]) : 1;
  const day = m?.[3] ? Number(m[3]) : 1;
  const valid =
    m !== null &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  if (!valid) throw bad(field, `must be an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), got "${value}"`);
  return value;
}

export function dateRange(from: string | null | undefined, to: string | null | undefined): { from: string | null; to: string | null } {
  const range = { from: isoDate(from, 'from'), to: isoDate(to, 'to') };
  if (range.from && range.to && range.from.slice(0, range.to.length) > range.to) {
    throw bad('from', `must not be after "to" (${range.from} > ${range.to})`);
  }
  return range;
}

/** An ISO 3166-1 alpha-2 country code, upper-cased. */
export function countryCode(value: string, field: string): string {
  const code = value.trim().toUpperCase();
  if (!ISO_CODES.has(code)) throw bad(field, `must be an ISO 3166-1 alpha-2 country code such as "AZ", got "${value}"`);
  return code;
}

/**
 * A country (ISO code) or an international organisation ("UN", "NATO"). "org:" forces an
 * organisation where the code is also a country's ("org:AU" is the African Union).
 */
export function party(value: string, field: string): PartyCode {
  const v = value.trim();
  const forced = /^org:/i.test(v);
  const code = forced ? v.slice(4).trim() : v;
  if (!/^[A-Za-z][A-Za-z0-9&.-]{1,29}$/.test(code)) {
    throw bad(field, `must be an ISO country code ("AZ") or an organisation code ("UN", "org:AU"), got "${value}"`);
  }
  if (!forced && ISO_CODES.has(code.toUpperCase())) return { code: code.toUpperCase(), kind: 'COUNTRY' };
  return { code: /^[a-z]+$/.test(code) ? code.toUpperCase() : code, kind: 'ORGANIZATION' };
}

export function parties(values: string[] | null | undefined, field: string): PartyCode[] | null {
  if (!values?.length) return null;
  if (values.length > 20) throw bad(field, `at most 20, got ${values.length}`);
  return values.map((v, i) => party(v, `${field}[${i}]`));
}

export function topics(values: string[] | null | undefined, field: string): string[] | null {
  if (!values?.length) return null;
  for (const t of values) {
    if (!(TOPICS as readonly string[]).includes(t)) throw bad(field, `unknown topic "${t}"; topics are ${TOPICS.join(', ')}`);
  }
  return values;
}

/** Ids are short: refuse anything that cannot be one before it reaches a query. */
export function id(value: string, field: string): string {
  if (value.length === 0 || value.length > 200) throw bad(field, 'must be an id of 1 to 200 characters');
  return value;
}

export function ids(values: string[] | null | undefined, field: string, max = 50): string[] | null {
  if (!values?.length) return null;
  if (values.length > max) throw bad(field, `at most ${max}, got ${values.length}`);
  return values.map((v, i) => id(v, `${field}[${i}]`));
}

export function text(value: string | null | undefined, field: string, max = 500): string | null {
  if (value === null || value === undefined) return null;
  const t = value.trim();
  if (t.length === 0) throw bad(field, 'must not be empty');
  if (t.length > max) throw bad(field, `must be at most ${max} characters, got ${t.length}`);
  return t;
}

export function range(n: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(n) || n < min || n > max) throw bad(field, `must be an integer from ${min} to ${max}, got ${n}`);
  return n;
}
