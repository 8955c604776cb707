/**
 * Visits are trips: the meetings of one visiting party in one host country on consecutive
 * days are one visit, gaps run from one trip to the next, and the days since the last trip
 * are counted to the API's today (fixed here at 2025-07-10). The fixture article: Lavrov in
 * Baku on 9 June 2025 (Bayramov, then Aliyev) and 10 June (Asadov), his first trip there
 * since 3 October 2023.
 */
import { describe, expect, it } from 'vitest';
import { ingestGraphFixtures } from '../helpers/graph-fixtures.js';
import { SETTINGS, seededApi } from './api-harness.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const seeded = seededApi((store) => ingestGraphFixtures(store, ['lavrov-baku-two-day-trip']), { ...SETTINGS, clock: () => new Date('2025-07-10T18:30:00Z') });

async function visits(args: string): Promise<Json> {
  const reply = await seeded.api.gql<Json>(`{ bilateral(a: "AZ", b: "RU"${args}) { count visits {
    aToB bToA balance asOf daysSinceLastAToB daysSinceLastBToA
    list { start end visitor { code } host { code } meeting { date } meetings { date } daysSincePrevious yearsSincePrevious } } } }`);
  expect(reply.errors).toBeUndefined();
  return (reply.data as Json).bilateral;
}

describe('visits as trips', () => {
  it('counts consecutive days of one visitor in one host country as one visit, with the gap between trips', async () => {
    const b = await visits('');
    expect(b.count).toBe(4);
    expect(b.visits).toEqual({
      aToB: 0,
      bToA: 2,
      balance: -2,
      asOf: '2025-07-10',
      daysSinceLastAToB: null,
      daysSinceLastBToA: 30,
      list: [
        {
          start: '2023-10-03', end: '2023-10-03', visitor: { code: 'RU' }, host: { code: 'AZ' },
          meeting: { date: '2023-10-03' }, meetings: [{ date: '2023-10-03' }], daysSincePrevious: null, yearsSincePrevious: null,
        },
        {
          start: '2025-06-09', end: '2025-06-10', visitor: { code: 'RU' }, host: { code: 'AZ' },
          meeting: { date: '2025-06-09' }, meetings: [{ date: '2025-06-09' }, { date: '2025-06-09' }, { date: '2025-06-10' }],
          daysSincePrevious: 615, yearsSincePrevious: 1.7,
        },
      ],
    });
  });

  it('measures the gap from the trip before the period, and the days since the last one whatever the period', async () => {
    const b = await visits(', from: "2025-01-01", to: "2025-03-31"');
    expect(b.visits).toMatchObject({ bToA: 0, list: [], daysSinceLastBToA: 30 });
    const recent = await visits(', from: "2025-06-10"');
    // A trip in the period with any of its days: the whole trip, its gap from the one before.
    expect(recent.visits.list).toEqual([expect.objectContaining({ start: '2025-06-09', end: '2025-06-10', daysSincePrevious: 615 })]);
  });
});
