/** Calls versus in person over time: monthly counts binned by month, quarter or year. */
import { describe, expect, it } from 'vitest';
import { binUnitFor, modalityBins } from '../../../web/src/bilateral-story.js';

const row = (period: string, inPerson: number, phone = 0, video = 0): { period: string; inPerson: number; phone: number; video: number } => ({ period, inPerson, phone, video });
const day = (d: Date): string => d.toISOString().slice(0, 10);

describe('modalityBins', () => {
  it('picks months for up to two years, quarters up to six, years beyond', () => {
    expect([1, 24, 25, 72, 73].map(binUnitFor)).toEqual(['month', 'month', 'quarter', 'quarter', 'year']);
    expect(modalityBins([row('2024-01', 1), row('2025-12', 1)]).unit).toBe('month');
    expect(modalityBins([row('2024-01', 1), row('2026-01', 1)]).unit).toBe('quarter');
    expect(modalityBins([row('2019-04', 1), row('2025-11', 1)]).unit).toBe('year');
  });

  it('sums each kind within a bin and keeps the split', () => {
    const { bins } = modalityBins([row('2024-02', 1, 1), row('2024-03', 0, 0, 2), row('2024-04', 3), row('2024-11', 0, 1)], 'quarter');
    expect(bins.map(({ label, inPerson, phone, video }) => [label, inPerson, phone, video])).toEqual([
      ['2024 Q1', 1, 1, 2],
      ['2024 Q2', 3, 0, 0],
      ['2024 Q4', 0, 1, 0],
    ]);
    expect(bins.map((b) => [day(b.start), day(b.end)])).toEqual([
      ['2024-01-01', '2024-04-01'],
      ['2024-04-01', '2024-07-01'],
      ['2024-10-01', '2025-01-01'],
    ]);
  });

  it('bins by year in time order whatever order the months come in, leaving empty years out', () => {
    const { unit, bins } = modalityBins([row('2025-11', 1), row('2019-04', 1), row('2024-02', 0, 1), row('2024-09', 1)]);
    expect(unit).toBe('year');
    expect(bins.map((b) => [b.label, b.inPerson, b.phone])).toEqual([['2019', 1, 0], ['2024', 1, 1], ['2025', 1, 0]]);
    expect(day(bins[1]!.end)).toBe('2025-01-01');
  });

  it('keeps months as months, December included, and skips periods that are not months', () => {
    const { bins } = modalityBins([row('2024-12', 2), row('2024', 5), row('2025-01', 0, 0, 1)]);
    expect(bins.map((b) => [b.label, day(b.start), day(b.end), b.inPerson + b.phone + b.video])).toEqual([
      ['2024-12', '2024-12-01', '2025-01-01', 2],
      ['2025-01', '2025-01-01', '2025-02-01', 1],
    ]);
    expect(modalityBins([])).toEqual({ unit: 'month', bins: [] });
  });
});
