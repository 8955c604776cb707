/**
 * The one text fold every comparison uses (gazetteer, knowledge base, ids, scorer, name
 * matching, search): accents and letters such as ø ł đ ß ı spelled in plain Latin, curly and
 * modifier apostrophes as "'", dashes as "-". `foldAccents` keeps case and spacing (the
 * knowledge base's keys and id slugs build on it); `fold` also lower-cases and collapses
 * whitespace, and is what two texts are compared by.
 */

const EXTRA_FOLDS: Record<string, string> = {
  ı: 'i', İ: 'I', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th',
  ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ə: 'e', Ə: 'E', ħ: 'h', Ħ: 'H',
  '’': "'", '‘': "'", 'ʼ': "'", 'ʻ': "'", '`': "'", '´': "'", 'ʿ': "'", 'ʾ': "'",
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-',
};

const NEEDS_FOLDING = /[`\u0080-\uffff]/;

function foldChar(ch: string): string {
  const mapped = EXTRA_FOLDS[ch];
  if (mapped !== undefined) return mapped;
  if (ch.charCodeAt(0) < 0x80) return ch;
  return ch.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Accents, special letters, apostrophes and dashes folded, case and spacing kept:
 * "Erdoğan" -> "Erdogan", "Nuku‘alofa" -> "Nuku'alofa", "Əliyev" -> "Eliyev". Folding a
 * text character by character gives the same result as folding it whole.
 */
export function foldAccents(text: string): string {
  // Most names are plain ASCII, where only the backtick folds: skip the per-character walk.
  if (!NEEDS_FOLDING.test(text)) return text;
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

/** The comparison key of a text: `foldAccents`, lower case, whitespace runs as one space, trimmed. */
export function fold(text: string): string {
  return foldAccents(text).toLowerCase().replace(/\s+/g, ' ').trim();
}
