/**
 * Datelines that open a body: "MOSCOW, Oct 15 (Reuters) -", "BAKU, Azerbaijan, October 15.",
 * "Tashkent (UzA - 5th March, 2021) -", "ANKARA —". They often carry the only place and
 * date of an article.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-types.js';
import { findDates } from './dates.js';

export interface Dateline {
  city: string | null;
  country: string | null;
  date: string | null;
  agency: string | null;
  /** Where the dateline starts in the body, and how many characters it occupies. */
  start: number;
  length: number;
}

// Place, optional ", Country" / ", Month Day", optional "(Agency ...)", then a dash, colon or period.
const DATELINE = /^\s*([A-Z][A-Za-z\u00C0-\u024F.'\- ]{1,40}?)((?:,\s*[A-Z][A-Za-z.\- ]{1,30}){0,2}?)(?:,?\s*((?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8})(?:,? \d{4})?))?\s*(\([^)]{1,80}\))?\s*(?:(?:[-\u2013\u2014:]+|\.(?=\s))\s+|(?<=\)\s*)(?=[A-Z]))/;

/**
 * The first dateline that opens one of the body's first lines: scraped pages keep a headline,
 * breadcrumbs or a byline above it ("Home > World", "3 min read", "By A. Writer").
 */
export function parseDateline(text: string, kb: KnowledgeBase, ref: Date | null): Dateline | null {
  let start = 0;
  for (let line = 0; line < 10 && start < 1200; line++) {
    const found = datelineAt(text, start, kb, ref);
    if (found) return found;
    const next = text.indexOf('\n', start);
    if (next < 0) return null;
    start = next + 1;
  }
  return null;
}

function datelineAt(text: string, start: number, kb: KnowledgeBase, ref: Date | null): Dateline | null {
  const head = text.slice(start, start + 200);
  const m = DATELINE.exec(head);
  if (!m) return null;
  const place = (m[1] ?? '').trim();
  const rest = (m[2] ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  const paren = (m[4] ?? '').slice(1, -1);
  // The place is written in capitals, or followed by a country / date / agency: otherwise
  // this is an ordinary sentence opening ("Moscow - the Kremlin said").
  const caps = place === place.toUpperCase() && /[A-Z]{3}/.test(place);
  if (!caps && rest.length === 0 && !m[3] && !paren) return null;
  const name = titleCase(place);
  let country: string | null = null;
  for (const r of rest) {
    const c = kb.countryByName(r) ?? kb.countryByName(titleCase(r));
    if (c) country = c.code;
  }
  const city = kb.city(name, country);
  if (!city) return null;
  let date: string | null = null;
  const dateText = [m[3] ?? '', ...rest, paren].join(' ');
  const found = findDates(dateText, ref);
  if (found[0]) date = found[0].value;
  let agency: string | null = null;
  if (paren) {
    const head = paren.split(/\s[-\u2013\u2014,/]\s?|\s*[-\u2013\u2014]\s*/)[0]?.trim() ?? '';
    const org = kb.organization(head);
    if (org && org.kind === 'news_agency') agency = org.code;
  }
  return { city: city.name, country: city.country, date, agency, start, length: m[0].length };
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s\-'])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}
