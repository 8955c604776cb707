/**
 * Dates in a sentence, resolved against the publication date. chrono-node reads the
 * words ("on Monday", "last month", "October 2023"); numeric dates are day-first
 * (en.GB: "05.10.2025" is 5 October); a bare year ("in 2023") is read here.
 * Precision follows what the text states: day, month or year.
 */
// The English entry: the package's main one also loads its 15 other locales (~0.2 s).
import * as chrono from 'chrono-node/en';

export interface DateMention {
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
  value: string;
  /** Offset in the sentence. */
  index: number;
  text: string;
  /** Relative to the reference ("next week", "on Friday") rather than absolute. */
  relative: boolean;
}

const NUMERIC = /\b\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\b/;
const NUMERIC_ALL = new RegExp(NUMERIC.source, 'g');
const HAS_DATE_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|yesterday|tomorrow|tonight|this (?:week|month|year|morning|afternoon|evening)|last (?:week|month|year)|next (?:week|month|year)|earlier this|later this)\b|\b(?:19|20)\d\d\b/i;
const YEAR = /\b(?:in|since|during|of|early|late|mid-?|by)\s+((?:19|20)\d\d)\b/gi;
// Words chrono reads as dates that are not ("may" the modal verb, "the second meeting").
const FALSE_DATE = /^(?:may|march|now|second|sat|sun|mon|a|the day|one|two)$/i;

const parser = chrono.casual;
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));
const gbParser = chrono.GB;

export function findDates(text: string, ref: Date | null): DateMention[] {
  const hasNumeric = NUMERIC.test(text);
  if (!hasNumeric && !HAS_DATE_WORD.test(text)) return [];
  // A fixed stand-in when there is no reference: only dates that state their year are kept then.
  const refDate = ref ?? NO_REFERENCE;
  const out: DateMention[] = [];
  let words = text;
  if (hasNumeric) {
    NUMERIC_ALL.lastIndex = 0;
    let n: RegExpExecArray | null;
    while ((n = NUMERIC_ALL.exec(text)) !== null) {
      const r = gbParser.parse(n[0], refDate)[0];
      if (r && r.start.isCertain('day') && r.start.isCertain('month')) {
        const s = r.start;
        out.push({ value: ymd(s.get('year') as number, s.get('month') as number, s.get('day') as number), index: n.index, text: n[0], relative: false });
      }
    }
    words = text.replace(NUMERIC_ALL, (m) => ' '.repeat(m.length));
  }
  for (const r of parser.parse(words, refDate)) {
    const t = r.text.trim();
    // Without a publication date, only dates that state their year can be trusted.
    if (!ref && !r.start.isCertain('year')) continue;
    // "in May", "since March": a preposition makes the word the month.
    const monthNamed = /^(?:May|March)$/.test(t) && /\b(?:in|since|until|by|early|late|mid|last|next|this)\s+$/i.test(words.slice(Math.max(0, r.index - 8), r.index));
    if (FALSE_DATE.test(t) && !monthNamed) continue;
    // A duration ("pause for one month", "for two weeks") is no date.
    if (/^(?:for|within|over)\s/i.test(t) || /\b(?:for|within|over)\s+$/i.test(words.slice(Math.max(0, r.index - 8), r.index))) continue;
    // "may" the modal verb, unless a day goes with it or a preposition makes it the month ("in May").
    if (/\bmay\b/i.test(t) && !/\bmay\s+\d|\d(?:st|nd|rd|th)?\s+(?:of\s+)?may\b/i.test(t) && !monthNamed) continue;
    const s = r.start;
    const y = s.get('year');
    const mo = s.get('month');
    const d = s.get('day');
    if (y === null || mo === null || d === null) continue;
    const dayLike = s.isCertain('day') || s.isCertain('weekday') || /\b(?:today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening))\b/i.test(t);
    if (!dayLike && !s.isCertain('month') && !s.isCertain('year') && !/\bweek\b/i.test(t)) continue;
    const relative = !s.isCertain('year') || /\b(?:today|yesterday|tomorrow|tonight|week|month|year|ago)\b|day\b/i.test(t);
    // Never the machine's clock: without a publication date a relative date stays unresolved.
    if (!ref && relative) continue;
    let value: string;
    if (dayLike && !/\bweek\b/i.test(t)) value = ymd(y, mo, d);
    else if (s.isCertain('month') || /\bweek\b/i.test(t)) value = `${y}-${pad(mo)}`;
    else value = String(y);
    out.push({ value, index: r.index, text: r.text, relative });
  }
  YEAR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR.exec(text)) !== null) {
    const at = m.index;
    if (out.some((o) => at >= o.index - 12 && at <= o.index + o.text.length + 2)) continue;
    out.push({ value: m[1] as string, index: at, text: m[0], relative: false });
  }
  out.sort((a, b) => a.index - b.index);
  return out;
}

/**
 * Weekday names resolve to the past for held meetings and to the future for planned ones; so
 * does a month or day written without its year ("in February": a held meeting is never dated
 * after the article, a planned one never before it).
 */
export function adjustWeekday(mention: DateMention, ref: Date | null, planned: boolean): string {
  if (!ref) return mention.value;
  if (!/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(mention.text)) return adjustYear(mention, ref, planned);
  if (/\b(?:last|next|this)\b/i.test(mention.text)) return mention.value;
  const d = new Date(`${mention.value}T12:00:00Z`);
  const r = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate(), 12));
  const day = 86_400_000;
  let t = d.getTime();
  if (planned) {
    while (t < r.getTime()) t += 7 * day;
    while (t - 7 * day >= r.getTime()) t -= 7 * day;
  } else {
    while (t > r.getTime()) t -= 7 * day;
    while (t + 7 * day <= r.getTime()) t += 7 * day;
  }
  return new Date(t).toISOString().slice(0, 10);
}

export function adjustYear(mention: DateMention, ref: Date, planned: boolean): string {
  const m = /^(\d{4})(-\d{2}(?:-\d{2})?)$/.exec(mention.value);
  // Only a month or day named without a year ("in February", "on March 3") is moved.
  if (!m || /\b(?:19|20)\d\d\b|\b(?:today|yesterday|tomorrow|tonight|week|month|year|ago|last|next|this)\b/i.test(mention.text)) return mention.value;
  const refMonth = `${ref.getUTCFullYear()}-${String(ref.getUTCMonth() + 1).padStart(2, '0')}`;
  const month = mention.value.slice(0, 7);
  const year = Number(m[1]);
  if (!planned && month > refMonth) return `${year - 1}${m[2]}`;
  if (planned && month < refMonth) return `${year + 1}${m[2]}`;
  return mention.value;
}

/**
 * A date in the page furniture above the body ("March 5, 2024 4:12 PM GMT+5 Updated 2 hours
 * ago"), for articles whose reader found no publication date. Short lines only.
 */
export function headerDate(text: string): string | null {
  const lines = text.slice(0, 600).split('\n').slice(0, 6);
  for (const line of lines) {
    if (line.length > 90 || !/\b(?:19|20)\d\d\b/.test(line)) continue;
    const r = parser.parse(line, NO_REFERENCE)[0];
    if (r && r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day')) {
      return ymd(r.start.get('year') as number, r.start.get('month') as number, r.start.get('day') as number);
    }
  }
  return null;
}

/** The reference date of an article: its publication date, else null. */
export function referenceDate(publishedAt: string | null): Date | null {
  if (!publishedAt) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
}

export function ymd(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
