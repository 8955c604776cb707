/**
 * Input checks with messages that name the argument and say what is expected. They throw
 * AppError('BAD_USER_INPUT', message, field); the error masking turns it into
 * `extensions: {code: 'BAD_USER_INPUT', field}`.
 */
import { AppError } from '../domain/errors.js';
import { TOPICS } from '../domain/model.js';

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
