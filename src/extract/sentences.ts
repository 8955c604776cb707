/** Sentence splitting with offsets; knows the abbreviations news copy uses. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

// Words that end with a period without ending the sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'sen', 'rep', 'gov',
  'pres', 'st', 'mt', 'ft', 'jr', 'sr', 'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'est', 'approx',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed',
  'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'hon', 'rev', 'fr', 'gov', 'amb', 'sec', 'h.e', 'e.g', 'i.e', 'al', 'md', 'asst', 'mohd', 'muh', 'brig', 'sh',
]);

const BOUNDARY = /([.!?]+)(["')\]]*)(\s+)(?=["'([]?[\p{Lu}\p{N}])|\n\s*\n|\n(?=\s*[\p{Lu}"'])/gu;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text)) !== null) {
    const punct = m[1];
    if (punct === '.' && !endsSentence(text, m.index)) continue;
    const end = punct ? m.index + punct.length + (m[2]?.length ?? 0) : m.index;
    push(out, text, start, end);
    start = m.index + m[0].length;
  }
  push(out, text, start, text.length);
  return out;
}

function endsSentence(text: string, dot: number): boolean {
  // The word before the period.
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i] ?? '')) i--;
  const word = text.slice(i + 1, dot);
  if (word.length === 0) return true;
  // Single capital initial ("Joe R. Biden", "U.S.") or dotted acronym.
  if (/^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    // "U.S." at the end of a sentence is common; only keep going when a capitalised
    // name-like word follows.
    return /^(?:\p{L}\.)+\p{L}$/u.test(word) && word.length > 3 ? true : false;
  }
  return !ABBREVIATIONS.has(word.toLowerCase());
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e - s < 2) return;
  out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
}
