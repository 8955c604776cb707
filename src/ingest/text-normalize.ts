/**
 * Whitespace normalisation shared by every reader: one text shape for the extract stage,
 * whatever the input format. Paragraphs are separated by exactly one blank line ("\n\n").
 * Not a fold: the text keeps its case and accents for display; comparisons fold with
 * src/domain/fold.ts.
 */

// Invisible characters with no meaning in news prose: zero-width space, word joiner, BOM,
// soft hyphen, and the direction marks and embeddings (LRM, RLM, ALM, LRE..RLO, LRI..PDI).
// Left in, they cut names in two ("Emma\u200Fnuel Macron" is no known name).
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;
// ZWNJ/ZWJ (U+200C/U+200D) are spelling in Persian, Indic scripts and emoji sequences: they go
// only where they touch Latin, Greek or Cyrillic letters, spaces or an end of line.
const JOINERS = /(?<=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\s]|^)[\u200C\u200D]+|[\u200C\u200D]+(?=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\s]|$)/gmu;
// Every Unicode space separator (NBSP, en/em/thin spaces, narrow NBSP, ideographic space) and tabs.
const SPACES = /[\t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Remaining C0/C1 controls except "\n".
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u0084\u0086-\u009F]/g;

export function normalizeWhitespace(input: string): string {
  const text = input
    .replace(/\r\n?/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(/[\u2028\u0085]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(JOINERS, '')
    .replace(SPACES, ' ')
    .replace(CONTROLS, '');
  return text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A one-line value (title, publisher): all whitespace collapsed to single spaces. */
export function normalizeInline(input: string): string {
  return normalizeWhitespace(input).replace(/\s+/g, ' ');
}

/** `normalizeInline`, with null for an empty result or a non-string. */
export function inlineOrNull(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const value = normalizeInline(input);
  return value === '' ? null : value;
}
