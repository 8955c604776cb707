/**
 * Plain-text articles as pasted or scraped: an optional header (headline, section label, byline,
 * date line), the body, and an optional footer the scraper appended, e.g. (the seed
 * 000_60cb5db85e1c5812.txt):
 *
 *   <body>
 *   Truth Social Media Politics Aliyev Meets Putin in Moscow for High-Level Talks
 *   on15.10.2025
 *
 * Header lines are taken only from the top and footer lines only from the very end, and only
 * when they are clearly metadata; anything else stays in the body. The body then starts on its
 * first sentence, where the extract stage looks for a dateline.
 */
import type { Article } from '../domain/model.js';
import { AppError } from '../domain/errors.js';
import { isClutterLine, isHeadlineLike, stripClutter } from './clutter.js';
import { normalizeDate } from './dates.js';
import { SECTION_WORDS, splitPublisherLine, splitWithKnownTitle } from './publisher-line.js';
import { normalizeInline, normalizeText } from './text-normalize.js';
import { articleResult, errorResult, makeArticle, type ReadResult } from './article.js';

/** "last 1-3 short lines": a date line, a publisher/section/title line and one spare. */
const MAX_FOOTER_LINES = 3;
/** Header lines (section, headline, byline, date, furniture) come before this many lines. */
const MAX_HEADER_LINES = 8;

export function* readPlainText(text: string, source: string): Generator<ReadResult> {
  const parsed = parsePlainText(text);
  if (parsed.text === '') {
    yield errorResult(new AppError('INPUT_EMPTY', 'no article text left once headline, footer and page clutter are removed', source));
    return;
  }
  yield articleResult(makeArticle({ ...parsed, source }));
}

export function parsePlainText(input: string): Omit<Article, 'source'> {
  const lines = normalizeText(input).split('\n');
  // The footer first: a link list ("Related stories" + headlines) above it must not swallow it.
  const footer = takeFooter(lines);
  const header = takeHeader(lines);
  // With the headline known, the footer line splits without guessing where the title starts.
  const known = footer.line !== null && header.title !== null ? splitWithKnownTitle(footer.line, header.title) : null;
  const meta = known ?? footer;
  return {
    title: meta.title ?? header.title,
    text: stripClutter(lines.join('\n')),
    publishedAt: footer.publishedAt ?? header.publishedAt,
    publisher: meta.publisher,
    section: meta.section ?? header.section,
    url: null,
  };
}

interface Meta {
  title: string | null;
  publishedAt: string | null;
  publisher: string | null;
  section: string | null;
  /** The footer's publisher/section/title line as found. */
  line: string | null;
}

const noMeta = (): Meta => ({ title: null, publishedAt: null, publisher: null, section: null, line: null });

/** Removes recognised footer lines from the end of `lines` (in place) and returns their data. */
function takeFooter(lines: string[]): Meta {
  const footer = noMeta();
  let dateIndex = -1;
  let metaIndex = -1;
  let seen = 0;
  for (let i = lines.length - 1; i > 0 && seen < MAX_FOOTER_LINES; i -= 1) {
    const line = lines[i]!;
    // Clutter after the footer ("Share this article") is dropped later anyway.
    if (line === '' || isClutterLine(line)) continue;
    seen += 1;
    const date = parseDateLine(line);
    if (date) {
      // Walking upwards, so with "Published ..." above "Updated ..." the published date wins.
      footer.publishedAt = date;
      dateIndex = i;
    } else if (metaIndex === -1 && isHeadlineLike(line)) {
      metaIndex = i;
    } else {
      break;
    }
  }

  const metaLine = metaIndex === -1 ? null : lines[metaIndex]!;
  const split = metaLine === null ? null : splitPublisherLine(metaLine);
  // Without a date beside it, a short last line is only metadata when it names a publisher and a
  // section: a body may well end on a short unpunctuated line.
  const metaAccepted = metaLine !== null && (dateIndex !== -1 || (split?.publisher != null && split.section !== null));
  if (metaAccepted) {
    footer.publisher = split?.publisher ?? null;
    footer.section = split?.section ?? null;
    footer.title = split ? split.title : normalizeInline(metaLine);
    footer.line = metaLine;
  }

  const removed = [dateIndex, metaAccepted ? metaIndex : -1].filter((i) => i !== -1);
  if (removed.length === 0) return footer;
  // The walk stopped at the first line that is neither, so everything from `cut` on is footer,
  // clutter or blank.
  const cut = Math.min(...removed);
  if (lines.slice(0, cut).every((l) => l === '' || isClutterLine(l))) return noMeta();
  lines.splice(cut);
  return footer;
}

/**
 * Removes header lines from the top of `lines` (in place): furniture, a section label ("World",
 * "Politics > Diplomacy"), a date line ("24 OCT 2024, 17:52", "July 3, 2024 | 2 minutes ago")
 * and the headline: a short unpunctuated line followed by a blank line or another header line.
 */
function takeHeader(lines: string[]): Meta {
  const header = noMeta();
  let i = 0;
  const nextNonBlank = (from: number): number => {
    let j = from;
    while (j < lines.length && lines[j] === '') j += 1;
    return j;
  };
  for (i = nextNonBlank(0); i < lines.length && i < MAX_HEADER_LINES; i = nextNonBlank(i + 1)) {
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
    } else if (header.title === null && isHeadlineLike(line) && endsHeadline(lines, i)) {
      header.title = normalizeInline(line.replace(/^#{1,6}\s+/, ''));
    } else {
      break;
    }
  }
  // Keep at least one line of body: a one-paragraph text is never all header.
  if (i >= lines.length) return noMeta();
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
 * "12 April 2024 | 09:31 | Politics", "March 5, 2024 4:12 PM GMT+5 Updated 2 hours ago".
 */
export function parseHeaderDate(line: string): string | null {
  if (line.length > 100) return null;
  const kept = line
    .split(SEGMENT_SEPARATOR)
    .filter((part) => !isClutterLine(part) && !SECTION_WORDS.includes(part))
    .join(' ')
    .replace(/\s+(?:last\s+)?(?:updated|modified)\b.*$/i, '');
  return kept === '' ? null : parseDateLine(kept);
}
