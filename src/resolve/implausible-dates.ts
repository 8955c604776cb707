/**
 * A meeting dated years after its article was published is a misread date (a dateline year
 * 9999, a document number read as a year), not a meeting: its date is dropped, the meeting
 * kept undated (anchored on the publication day), and the drop reported. Plans reach a few
 * years ahead at most ("the next summit, in 2027"), so five years is the limit.
 */
import type { ArticleExtraction } from '../domain/model.js';

export const FUTURE_YEARS_ALLOWED = 5;

export interface DatedExtraction {
  extraction: ArticleExtraction;
  /** One line per meeting whose date was dropped. */
  notes: string[];
}

/** `today` (YYYY-MM-DD) stands in for the publication date when the article has none. */
export function dropImplausibleDates(x: ArticleExtraction, today: string): DatedExtraction {
  const reference = (x.article.publishedAt ?? today).slice(0, 10);
  const limit = Number(reference.slice(0, 4)) + FUTURE_YEARS_ALLOWED;
  const notes: string[] = [];
  const meetings = x.meetings.map((m, i) => {
    if (m.date === null || Number(m.date.slice(0, 4)) <= limit) return m;
    const who = m.participants.map((p) => p.name).join(', ');
    const against = x.article.publishedAt ? `its publication (${reference})` : `today (${reference}; the article has no publication date)`;
    notes.push(
      `meeting ${i + 1} (${who}) dated ${m.date}, more than ${FUTURE_YEARS_ALLOWED} years after ${against}: kept without that date`,
    );
    return { ...m, date: null };
  });
  return { extraction: notes.length ? { ...x, meetings } : x, notes };
}
