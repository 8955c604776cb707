/** Word tokens of a sentence, with folded keys, capitalisation and possessive marks. */
import { fold } from '../domain/fold.js';

export interface Token {
  /** Surface form without a trailing possessive "'s". */
  text: string;
  /** fold(text). */
  key: string;
  /** Offsets in the sentence text. */
  start: number;
  end: number;
  cap: boolean;
  /** Followed by "'s" / "'" (possessive). */
  poss: boolean;
  /** Punctuation right after the token (",", ".", ";", ":", "(", ...) or "". */
  after: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'.][\p{L}\p{M}\p{N}]+)*\.?/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    let t = m[0];
    const start = m.index;
    // Keep the final period only for dotted abbreviations ("U.S.", "St.").
    if (t.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(t) && !/^(?:St|Mr|Mrs|Ms|Dr|Gen|Sen|Jr|Sr)\.$/.test(t)) t = t.slice(0, -1);
    let poss = false;
    if (/'s$/i.test(t) && t.length > 2) {
      t = t.slice(0, -2);
      poss = true;
    } else if (text[start + t.length] === "'" && /s$/i.test(t)) {
      poss = true;
    }
    const end = start + m[0].length;
    let after = '';
    if (m[0].length > t.length + (poss ? 2 : 0) && m[0].endsWith('.')) after = '.';
    else {
      let j = end;
      while (j < text.length && text[j] === ' ') j++;
      const c = text[j] ?? '';
      if (/[,.;:()"\u2014\u2013!?]/.test(c) || (c === '-' && text[j + 1] === ' ')) after = c;
    }
    out.push({ text: t, key: fold(t), start, end, cap: /^[\p{Lu}]/u.test(t), poss, after });
  }
  return out;
}
