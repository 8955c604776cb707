/**
 * Publication dates from any source format to the model's shape: "YYYY-MM-DD" when only the
 * day is known, an ISO date-time when the time is known. A stated UTC offset is kept (not
 * converted to Z) so the local publication day, which the extract stage reasons from, survives.
 * A time without an offset stays without one: we do not invent a zone.
 */
// The English entry: the package's main one also loads its 15 other locales (~0.2 s).
import * as chrono from 'chrono-node/en';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
// "15.10.2025", "09.11.2023, 11:40": day first, as everywhere dots are used (chrono would read 09.11 as September).
const DAY_MONTH_YEAR = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?$/;

// Plausible years for a news article; anything else is a misparse (a number that is not a year).
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/**
 * A value written as a numeric date (ISO, or day.month.year) that names no real day or time
 * ("2025-02-31", "31.02.2025", a year outside 1900-2200): a sender's error to refuse, not a
 * missing date to ignore.
 */
export function isImpossibleDate(input: string): boolean {
  const raw = input.trim().replace(/\s+/g, ' ');
  return (ISO.test(raw) || DAY_MONTH_YEAR.test(raw)) && normalizeDate(raw) === null;
}

export function normalizeDate(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const raw = input.trim().replace(/\s+/g, ' ');
  if (raw === '') return null;

  const iso = ISO.exec(raw);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    return formatDate(Number(y), Number(mo), Number(d), h === undefined ? null : {
      hour: Number(h),
      minute: Number(mi),
      second: Number(s ?? 0),
      offsetMinutes: zone === undefined ? null : parseOffset(zone),
    });
  }

  const dmy = DAY_MONTH_YEAR.exec(raw);
  if (dmy) {
    const [, d, mo, y, h, mi] = dmy;
    const time = h === undefined ? null : { hour: Number(h), minute: Number(mi), second: 0, offsetMinutes: null };
    return formatDate(Number(y), Number(mo), Number(d), time);
  }

  return parseWithChrono(raw);
}

interface Time {
  hour: number;
  minute: number;
  second: number;
  offsetMinutes: number | null;
}

function formatDate(year: number, month: number, day: number, time: Time | null): string | null {
  if (!isValidDay(year, month, day)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (time === null) return date;
  const { hour, minute, second, offsetMinutes } = time;
  if (hour > 23 || minute > 59 || second > 60) return null;
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${formatOffset(offsetMinutes)}`;
}

function isValidDay(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function parseOffset(zone: string): number | null {
  if (zone.toUpperCase() === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (minutes > 14 * 60) return null;
  return m[1] === '-' ? -minutes : minutes;
}

function formatOffset(offsetMinutes: number | null): string {
  if (offsetMinutes === null) return '';
  if (offsetMinutes === 0) return 'Z';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * RFC 822 dates of RSS ("Wed, 15 Oct 2025 10:00:00 +0300"), "October 15, 2025" and the like.
 * Strict mode and the checks below keep relative words ("yesterday") and partial dates out:
 * the match must cover the whole value and spell out a four-digit year.
 */
function parseWithChrono(raw: string): string | null {
  // JavaScript's Date#toString adds "(Coordinated Universal Time)": not part of the date.
  const value = raw.replace(/\s*\([^)]*\)\s*$/, '');
  const result = chrono.strict.parse(value)[0];
  if (!result) return null;
  const rest = value.slice(0, result.index) + value.slice(result.index + result.text.length);
  if (/[\p{L}\p{N}]/u.test(rest)) return null;
  if (!/\d{4}/.test(result.text)) return null;
  const { start } = result;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  const year = start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (year === null || month === null || day === null) return null;
  if (!start.isCertain('hour')) return formatDate(year, month, day, null);
  return formatDate(year, month, day, {
    hour: start.get('hour') ?? 0,
    minute: start.get('minute') ?? 0,
    second: start.get('second') ?? 0,
    offsetMinutes: start.isCertain('timezoneOffset') ? (start.get('timezoneOffset') ?? null) : null,
  });
}
