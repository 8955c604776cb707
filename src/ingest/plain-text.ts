/**
 * Plain-text articles as pasted or scraped: an optional headline first line, the body, and an
 * optional footer the scraper appended, e.g. (seed 000_60cb5db85e1c5812.txt):
 *
 *   <body>
 *   Truth Social Media Politics Aliyev Meets Putin in Moscow for High-Level Talks
 *   on15.10.2025
 *
 * Footer lines are looked for only at the very end, and only kept as metadata when they are
 * clearly metadata (a date line, or a line that splits into publisher + section + title);
 * otherwise they stay in the body.
 */
import type { Article } from '../domain/model.js';
import { AppError } from '../domain/errors.js';
import { isClutterLine, isHeadlineLike, stripClutter } from './clutter.js';
import { normalizeDate } from './dates.js';
import { splitPublisherLine } from './publisher-line.js';
import { normalizeInline, normalizeText } from './text-normalize.js';
import { articleResult, errorResult, makeArticle, type ReadResult } from './article.js';

/** "last 1-3 short lines": a date line, a publisher/section/title line and one spare. */
const MAX_FOOTER_LINES = 3;

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
  const body = stripClutter(lines.join('\n')).split('\n');
  const headline = takeHeadline(body);
  return {
    title: footer.title ?? headline,
    text: normalizeText(body.join('\n')),
    publishedAt: footer.publishedAt,
    publisher: footer.publisher,
    section: footer.section,
    url: null,
  };
}

interface Footer {
  title: string | null;
  publishedAt: string | null;
  publisher: string | null;
  section: string | null;
}

/** Removes recognised footer lines from the end of `lines` (in place) and returns their data. */
function takeFooter(lines: string[]): Footer {
  const footer: Footer = { title: null, publishedAt: null, publisher: null, section: null };
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
  }

  const removed = [dateIndex, metaAccepted ? metaIndex : -1].filter((i) => i !== -1);
  if (removed.length === 0) return footer;
  // The walk stopped at the first line that is neither, so everything from `cut` on is footer or blank.
  const cut = Math.min(...removed);
  const body = lines.slice(0, cut);
  if (body.every((l) => l === '')) return { title: null, publishedAt: null, publisher: null, section: null };
  lines.splice(cut);
  return footer;
}

/** A first line that is a headline: short, unpunctuated, followed by a blank line and more text. */
function takeHeadline(lines: string[]): string | null {
  const first = lines[0];
  if (first === undefined || lines[1] !== '' || !lines.slice(2).some((l) => l !== '')) return null;
  const candidate = first.replace(/^#{1,6}\s+/, '');
  if (!isHeadlineLike(candidate)) return null;
  lines.splice(0, 2);
  return normalizeInline(candidate);
}

const DATE_PREFIX = /^(?:(?:published|updated|posted)(?:\s+on)?\s*:?|date\s*:|on)\s*/i;

/** "on15.10.2025", "on 15.10.2025", "15.10.2025", "2025-10-15", "Published: October 15, 2025". */
export function parseDateLine(line: string): string | null {
  if (line.length > 80) return null;
  return normalizeDate(line.replace(DATE_PREFIX, '')) ?? normalizeDate(line);
}
