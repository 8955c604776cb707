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
import { parseDateLine, takeHeader } from './header.js';
import { splitPublisherLine, splitWithKnownTitle } from './publisher-line.js';
import { normalizeInline, normalizeWhitespace } from './text-normalize.js';
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
  const lines = normalizeWhitespace(input).split('\n');
  // The footer first: a link list ("Related stories" + headlines) above it must not swallow it.
  const footer = takeFooter(lines);
  const header = takeHeader(lines, { findTitle: true });
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
