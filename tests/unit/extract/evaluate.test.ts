import { describe, expect, it } from 'vitest';
import type { ArticleExtraction, Meeting, Participant } from '../../../src/domain/model.js';
import { assign, formatReport, nameSimilarity, scoreExtractions } from '../../../src/extract/evaluate.js';

function person(name: string, country: string | null, role: string | null = 'president', organization: string | null = null): Participant {
  return { name, country, organization, role, confidence: 1, evidence: '' };
}

function meeting(participants: Participant[], overrides: Partial<Meeting> = {}): Meeting {
  return {
    participants,
    modality: 'in_person',
    status: 'held',
    date: '2025-10-15',
    location: { city: 'Moscow', country: 'RU' },
    topics: [
      { name: 'energy', status: 'discussed', evidence: '' },
      { name: 'conflict', status: 'expected', evidence: '' },
    ],
    setting: { kind: 'standalone' },
    cameo: '042',
    confidence: 1,
    evidence: [],
    ...overrides,
  };
}

function article(file: string, meetings: Meeting[]): ArticleExtraction {
  return {
    file,
    article: { title: null, publishedAt: '2025-10-15', publisher: null, url: null, attributedTo: [] },
    meetings,
  };
}

const aliyev = person('Ilham Aliyev', 'AZ');
const putin = person('Vladimir Putin', 'RU');
const talks = meeting([aliyev, putin]);
const recalled = meeting([aliyev, putin], {
  date: '2023-10',
  location: { city: 'Bishkek', country: 'KG' },
  topics: [],
  setting: { kind: 'sidelines', event: 'CIS summit' },
  cameo: '044',
});

describe('nameSimilarity', () => {
  it('treats surname-only, reordered, diacritic and transliteration variants as the same person', () => {
    expect(nameSimilarity('Recep Tayyip Erdoğan', 'recep tayyip erdogan')).toBe(1);
    expect(nameSimilarity('Shigeru Ishiba', 'ISHIBA Shigeru')).toBeGreaterThan(0.9);
    expect(nameSimilarity('Luiz Inácio Lula da Silva', 'Lula')).toBeGreaterThan(0);
    expect(nameSimilarity('Mohammed bin Salman', 'Crown Prince Mohammed bin Salman Al Saud')).toBeGreaterThan(0);
    expect(nameSimilarity('Volodymyr Zelenskyy', 'Volodymyr Zelensky')).toBeGreaterThan(0);
    expect(nameSimilarity('Abdullah II', 'King Abdullah')).toBeGreaterThan(0);
  });

  it('does not confuse different people or match on a particle alone', () => {
    expect(nameSimilarity('Ilham Aliyev', 'Vladimir Putin')).toBe(0);
    expect(nameSimilarity('Mohammed bin Salman', 'bin')).toBe(0);
    expect(nameSimilarity('Xi Jinping', 'Kim Jong Un')).toBe(0);
  });
});

describe('assign', () => {
  it('finds the optimal one-to-one assignment where greedy would not', () => {
    // Greedy takes (0,0)=5 and is left with (1,1)=0; the optimum is (0,1)+(1,0) = 8.
    expect(assign([[5, 4], [4, 0]])).toEqual([[0, 1], [1, 0]]);
  });

  it('never pairs on zero weight and copes with empty and rectangular input', () => {
    expect(assign([])).toEqual([]);
    expect(assign([[0, 0, 3]])).toEqual([[0, 2]]);
    expect(assign([[0], [0]])).toEqual([]);
  });
});

describe('scoreExtractions', () => {
  it('scores a perfect prediction 1.0 everywhere', () => {
    const expected = article('seed.txt', [talks, recalled]);
    const report = scoreExtractions([{ expected, predicted: structuredClone(expected) }]);
    expect(report.meetings).toMatchObject({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(report.participants.f1).toBe(1);
    expect(report.topics.f1).toBe(1);
    for (const field of Object.values(report.fields)) {
      if (field.total > 0) expect(field.accuracy).toBe(1);
    }
    expect(report.perArticle[0]!.errors).toEqual([]);
  });

  it('aligns several meetings of the same pair by date and place, not by order', () => {
    const expected = article('a.txt', [talks, recalled]);
    const predicted = article('a.txt', [recalled, talks]);
    const report = scoreExtractions([{ expected, predicted }]);
    expect(report.fields.date.accuracy).toBe(1);
    expect(report.fields.city.accuracy).toBe(1);
  });

  it('counts a missed meeting against recall only', () => {
    const expected = article('a.txt', [talks, recalled]);
    const predicted = article('a.txt', [talks]);
    const report = scoreExtractions([{ expected, predicted }]);
    expect(report.meetings.recall).toBe(0.5);
    expect(report.meetings.precision).toBe(1);
    expect(report.participants).toMatchObject({ tp: 2, fn: 2, fp: 0 });
    expect(report.perArticle[0]!.errors.map((e) => e.kind)).toEqual(['missed_meeting']);
  });

  it('counts a meeting predicted in a trap article against precision', () => {
    const good = article('a.txt', [talks]);
    const trap = article('trap.txt', []);
    const report = scoreExtractions([
      { expected: good, predicted: good },
      { expected: trap, predicted: article('trap.txt', [talks]) },
    ]);
    expect(report.meetings).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(report.meetings.precision).toBe(0.5);
    expect(report.meetings.recall).toBe(1);
    const trapReport = report.perArticle.find((a) => a.file === 'trap.txt')!;
    expect(trapReport.errors).toHaveLength(1);
    expect(trapReport.errors[0]!.kind).toBe('extra_meeting');
  });

  it('lowers city accuracy for a wrong city but keeps the meeting matched', () => {
    const expected = article('a.txt', [talks, recalled]);
    const predicted = article('a.txt', [
      { ...talks, location: { city: 'Sochi', country: 'RU' } },
      recalled,
    ]);
    const report = scoreExtractions([{ expected, predicted }]);
    expect(report.meetings.f1).toBe(1);
    expect(report.fields.city).toMatchObject({ correct: 1, total: 2, accuracy: 0.5 });
    expect(report.fields.date.accuracy).toBe(1);
    const errors = report.perArticle[0]!.errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ kind: 'city' });
    expect(errors[0]!.detail).toContain('Sochi');
  });

  it('reads gazetteer and article spellings of a city as the same city', () => {
    const at = (city: string) => meeting([aliyev, putin], { location: { city, country: 'RU' } });
    const expected = article('a.txt', [at('Saint Petersburg')]);
    const predicted = article('a.txt', [at('St. Petersburg')]);
    expect(scoreExtractions([{ expected, predicted }]).fields.city.accuracy).toBe(1);
    const ny = scoreExtractions([{ expected: article('b.txt', [at('New York')]), predicted: article('b.txt', [at('New York City')]) }]);
    expect(ny.fields.city.accuracy).toBe(1);
  });

  it('matches surname-only predictions and checks country and organization', () => {
    const guterres = person('António Guterres', null, 'secretary-general', 'UN');
    const expected = article('a.txt', [meeting([guterres, putin])]);
    const predicted = article('a.txt', [meeting([person('Guterres', 'PT', 'secretary-general', null), person('Putin', 'RU')])]);
    const report = scoreExtractions([{ expected, predicted }]);
    expect(report.meetings.tp).toBe(1);
    expect(report.fields.country).toMatchObject({ correct: 1, total: 2 });
  });

  it('needs two shared participants to match, or all of a smaller expected meeting', () => {
    const erdogan = person('Recep Tayyip Erdoğan', 'TR');
    const expected = article('a.txt', [talks]);
    const predicted = article('a.txt', [meeting([aliyev, erdogan])]);
    const report = scoreExtractions([{ expected, predicted }]);
    expect(report.meetings).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('scores topic names as F1 and topic status separately', () => {
    const expected = article('a.txt', [talks]);
    const predicted = article('a.txt', [
      {
        ...talks,
        topics: [
          { name: 'energy', status: 'discussed', evidence: '' },
          { name: 'conflict', status: 'discussed', evidence: '' },
          { name: 'trade', status: 'discussed', evidence: '' },
        ],
      },
    ]);
    const report = scoreExtractions([{ expected, predicted }]);
    expect(report.topics).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(report.topics.precision).toBeCloseTo(2 / 3);
    expect(report.fields.topicStatus).toMatchObject({ correct: 1, total: 2 });
  });

  it('scores empty trap articles predicted empty as perfect', () => {
    const trap = article('trap.txt', []);
    const report = scoreExtractions([{ expected: trap, predicted: trap }]);
    expect(report.meetings.f1).toBe(1);
    expect(report.fields.city.accuracy).toBeNull();
  });
});

describe('formatReport', () => {
  it('prints the metric table and names the article and meeting of each error', () => {
    const expected = article('tests/fixtures/articles/a.txt', [talks, recalled]);
    const predicted = article('tests/fixtures/articles/a.txt', [talks]);
    const text = formatReport(scoreExtractions([{ expected, predicted }]));
    expect(text).toMatch(/meetings\s+1\.000\s+0\.500\s+0\.667/);
    expect(text).toContain('tests/fixtures/articles/a.txt');
    expect(text).toContain('missed_meeting');
    expect(text).toContain('Bishkek');
  });
});
