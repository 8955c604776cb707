/**
 * The top of an article text: section label ("World", "Politics > Diplomacy"), headline, byline,
 * date line and furniture, before the first sentence of the body. Taking it off leaves the body
 * starting on its dateline, where the extract stage looks for one.
 */
import { isClutterLine, isHeadlineLike } from './clutter.js';
import { normalizeDate } from './dates.js';
import { SECTION_WORDS } from './publisher-line.js';
import { normalizeInline } from './text-normalize.js';

/** Header lines come before this many lines. */
const MAX_HEADER_LINES = 8;

export interface Header {
  title: string | null;
  publishedAt: string | null;
  section: string | null;
}

export interface HeaderOptions {
  /** Take a headline-like first line as the title (plain text, where nothing else gives one). */
  findTitle: boolean;
  /** The title from metadata: a line repeating it is dropped. */
  knownTitle?: string | null;
}

/**
 * Removes header lines from the top of `lines` (in place): furniture, a section label ("World",
 * "Politics > Diplomacy"), a date line ("24 OCT 2024, 17:52", "July 3, 2024 | 2 minutes ago")
 * and the headline: a short unpunctuated line followed by a blank line or another header line.
 */
export function takeHeader(lines: string[], options: HeaderOptions): Header {
  const header: Header = { title: null, publishedAt: null, section: null };
  const nextNonBlank = (from: number): number => {
    let j = from;
    while (j < lines.length && lines[j] === '') j += 1;
    return j;
  };
  let i = nextNonBlank(0);
  for (; i < lines.length && i < MAX_HEADER_LINES; i = nextNonBlank(i + 1)) {
    const line = lines[i]!;
    const section = sectionLabel(line);
    const date = header.publishedAt === null ? parseHeaderDate(line) : null;
    if (section !== null && header.section === null) {
      header.section = section;
    } else if (date !== null) {
      header.publishedAt = date;
      // "12 April 2024 | 09:31 | Politics"
      header.section ??= line.split(SEGMENT_SEPARATOR).find((part) => SECTION_WORDS.includes(part)) ?? null;
    } else if (isClutterLine(line)) {
      // dropped with the header
    } else if (options.knownTitle != null && normalizeInline(line) === options.knownTitle) {
      // The page repeats its title above the text.
    } else if (options.findTitle && header.title === null && isHeadlineLike(line) && endsHeadline(lines, i)) {
      header.title = normalizeInline(line.replace(/^#{1,6}\s+/, ''));
    } else {
      break;
    }
  }
  // Keep at least one line of body: a one-paragraph text is never all header.
  if (i >= lines.length) return { title: null, publishedAt: null, section: null };
  lines.splice(0, i);
  return header;
}

/** A headline ends at a blank line or at a header line (byline, date, furniture). */
function endsHeadline(lines: string[], i: number): boolean {
  const next = lines[i + 1];
  if (next === undefined) return false;
  return next === '' || isClutterLine(next) || parseHeaderDate(next) !== null;
}

/** "World", "Politics > Diplomacy": a line of section words only; the last one is the section. */
function sectionLabel(line: string): string | null {
  const parts = line.split(/\s*[>›»/|]\s*/);
  return parts.every((p) => SECTION_WORDS.includes(p)) ? parts[parts.length - 1]! : null;
}

const SEGMENT_SEPARATOR = /\s+[|·•]\s+/;
const DATE_PREFIX = /^(?:(?:published|updated|posted)(?:\s+on)?\s*:?|date\s*:|on)\s*/i;

/** Footer date lines: "on15.10.2025", "on 15.10.2025", "15.10.2025", "2025-10-15", "Published: October 15, 2025". */
export function parseDateLine(line: string): string | null {
  if (line.length > 80) return null;
  return normalizeDate(line.replace(DATE_PREFIX, '')) ?? normalizeDate(line);
}

/**
 * Header date lines carry furniture around the date: "July 3, 2024 | 2 minutes ago",
 * "12 April 2024 | 09:31 | Politics", "March 5, 2024 4:12 PM GMT+5 Updated 2 hours ago",
 * "Park Ji-won | Posted: 2025-08-23 22:40 | Updated: 2025-08-24 07:15".
 */
export function parseHeaderDate(line: string): string | null {
  if (line.length > 120) return null;
  const segments = line.split(SEGMENT_SEPARATOR);
  const kept = segments
    .filter((part) => !isClutterLine(part) && !SECTION_WORDS.includes(part))
    .join(' ')
    .replace(/\s+(?:last\s+)?(?:updated|modified)\b.*$/i, '');
  const joined = kept === '' ? null : parseDateLine(kept);
  if (joined !== null || segments.length === 1) return joined;
  // One segment is the date; the others are labels (author, section, furniture), not prose.
  const dates = segments.map(parseDateLine);
  const first = dates.find((d) => d !== null) ?? null;
  const othersAreLabels = segments.every((part, k) => dates[k] !== null || isClutterLine(part) || isLabel(part));
  return first !== null && othersAreLabels ? first : null;
}

/** "Park Ji-won", "Politics": a few words, no sentence. */
function isLabel(text: string): boolean {
  return text.split(/\s+/).length <= 4 && isHeadlineLike(text);
}
