/** Case- and accent-insensitive key for gazetteer lookups ("Erdoğan" -> "erdogan"). */
const COMBINING = /[\u0300-\u036f]/g;
const SPECIAL: Record<string, string> = { 'ı': 'i', 'ø': 'o', 'đ': 'd', 'ł': 'l', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', '’': "'", '‘': "'" };
const SPECIAL_RE = /[ıøđłßæœ’‘]/g;

export function fold(text: string): string {
  let s = text.toLowerCase();
  if (/[^ -~\s]/.test(s)) {
    s = s.normalize('NFD').replace(COMBINING, '').replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
  }
  return s;
}
