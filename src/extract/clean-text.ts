/**
 * Same-length clean-up of a body text: typographic quotes become ASCII and lines of
 * page furniture ("2 minutes ago", "Reporting by ...", share buttons) are blanked, so that
 * offsets into the cleaned text are offsets into the original.
 */
const FURNITURE_LINE = new RegExp(
  [
    String.raw`^\s*(?:special offer|join the conversation|advertisement|sponsored|share( this)?( article)?|share on \w+|read more|related( stories| articles| coverage)?:?|sign up|subscribe|follow us|listen to (this|the) article|skip to (main )?content|image caption|photo:|getty images|reuters/|file photo)\b.*$`,
    String.raw`^\s*\d+\s*(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?)\s*(?:ago|read)\s*$`,
    String.raw`^\s*(?:reporting|writing|editing|additional reporting) by\b.*$`,
    String.raw`^\s*(?:our standards|the thomson reuters trust principles)\b.*$`,
    String.raw`^\s*(?:updated|published|posted|last updated)\s*[:\-]?\s*\d.*$`,
  ].join('|'),
  'i',
);

const QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
const DQUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

export function cleanText(text: string): string {
  const s = text.replace(QUOTES, "'").replace(DQUOTES, '"').replace(SPACES, ' ');
  if (!s.includes('\n')) return s;
  return s
    .split('\n')
    .map((line) => (FURNITURE_LINE.test(line) ? ' '.repeat(line.length) : line))
    .join('\n');
}
