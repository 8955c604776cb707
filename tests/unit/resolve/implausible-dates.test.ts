import { describe, expect, it } from 'vitest';
import type { ArticleExtraction, Meeting } from '../../../src/domain/model.js';
import { dropImplausibleDates } from '../../../src/resolve/implausible-dates.js';
import { article, extraction, meeting, person } from '../../helpers/articles.js';

function withDates(publishedAt: string | null, ...dates: (string | null)[]): ArticleExtraction {
  const a = article('x.txt', 'text', { publishedAt });
  const ms: Meeting[] = dates.map((date) => meeting([person('Vladimir Putin', 'RU'), person('Recep Tayyip Erdoğan', 'TR')], { date }));
  return extraction(a, ms);
}

describe('meeting dates far beyond publication', () => {
  it('drops a date years after publication, keeps the meeting and says so', () => {
    const { extraction: x, notes } = dropImplausibleDates(withDates('2025-05-05', '9999-05-05', '2025-05-04'), '2026-01-01');
    expect(x.meetings.map((m) => m.date)).toEqual([null, '2025-05-04']);
    expect(notes).toEqual([expect.stringMatching(/^meeting 1 \(Vladimir Putin, Recep Tayyip Erdoğan\) dated 9999-05-05, more than 5 years after its publication \(2025-05-05\)/)]);
  });

  it('keeps plans a few years ahead', () => {
    const { extraction: x, notes } = dropImplausibleDates(withDates('2025-05-05', '2030', '2027-06'), '2026-01-01');
    expect(x.meetings.map((m) => m.date)).toEqual(['2030', '2027-06']);
    expect(notes).toEqual([]);
  });

  it('judges an undated article against today', () => {
    const { extraction: x, notes } = dropImplausibleDates(withDates(null, '2040-01-01', '2026-03-01'), '2026-01-01');
    expect(x.meetings.map((m) => m.date)).toEqual([null, '2026-03-01']);
    expect(notes[0]).toMatch(/today \(2026-01-01; the article has no publication date\)/);
  });
});
