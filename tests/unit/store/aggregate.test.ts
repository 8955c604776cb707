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
});
