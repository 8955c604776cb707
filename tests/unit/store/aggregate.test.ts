import { describe, expect, it } from 'vitest';
import { aggregate } from '../../../src/store/meeting-aggregates.js';

const claim = (extra: Record<string, unknown> = {}) => ({
  article: 'a-1',
  date: '2025-10-15',
  datePrecision: 'day',
  anchorDay: 20376,
  status: 'held',
  modality: 'in_person',
  cameo: '042',
  confidence: 0.7,
  placeId: 'pl-moscow-ru',
  placeCountry: 'RU',
  participants: ['p-a', 'p-b'],
  settingKind: 'standalone',
  settingEvent: null,
  ...extra,
});

describe("a meeting's values from its reports", () => {
  it('counts sources, and held wins over planned', () => {
    const m = aggregate([claim({ status: 'planned' }), claim({ article: 'a-2' })]);
    expect(m.sourceCount).toBe(2);
    expect(m.status).toBe('held');
    expect(m.disputed).toEqual([]);
  });

  it('gives an undated meeting of undated articles no anchor day', () => {
    // As Neo4j returns a report written without a day: the property is missing (undefined), not null.
    const undated = claim({ date: null, datePrecision: null, anchorDay: undefined });
    expect(aggregate([undated, { ...undated, article: 'a-2' }]).anchorDay).toBeNull();
  });

  it('prefers the precise date over a month inside it without calling it a dispute', () => {
    const m = aggregate([claim({ date: '2025-10', datePrecision: 'month' }), claim({ article: 'a-2' })]);
    expect(m.date).toBe('2025-10-15');
    expect(m.disputed).toEqual([]);
  });

  it('marks disagreement on date, place and participants', () => {
    const m = aggregate([
      claim(),
      claim({ article: 'a-2', date: '2025-10-16', placeId: 'pl-sochi-ru', participants: ['p-a', 'p-b', 'p-c'] }),
    ]);
    expect(m.disputed).toEqual(['date', 'place', 'participants']);
    expect(m.confidence).toBe(0.7);
  });

  it('anchors a month-dated meeting on its earliest report, in whatever order the reports come', () => {
    // Reports of a month carry their publication days as anchors (records.ts).
    const reports = [
      claim({ article: 'a-3', date: '2025-10', datePrecision: 'month', anchorDay: 20380 }),
      claim({ article: 'a-1', date: '2025-10', datePrecision: 'month', anchorDay: 20372 }),
      claim({ article: 'a-2', date: '2025-10', datePrecision: 'month', anchorDay: 20377 }),
      claim({ article: 'a-4', date: null, datePrecision: null, anchorDay: 20360 }),
    ];
    const orders = [[0, 1, 2, 3], [2, 0, 3, 1], [3, 2, 1, 0], [1, 3, 0, 2]];
    const answers = orders.map((o) => aggregate(o.map((i) => reports[i]!)));
    for (const m of answers) {
      expect(m.date).toBe('2025-10');
      expect(m.datePrecision).toBe('month');
      // The undated report's earlier day does not count: it did not give this date.
      expect(m.anchorDay).toBe(20372);
      expect(m).toEqual(answers[0]);
    }
  });
});
