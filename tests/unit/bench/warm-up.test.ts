import { describe, expect, it } from 'vitest';
import { isSteady } from '../../../bench/benchmarks/graphql.js';

describe('isSteady (when the GraphQL benchmark stops warming up)', () => {
  it('waits for ten seconds of figures before judging', () => {
    expect(isSteady([])).toBe(false);
    expect(isSteady(Array<number>(9).fill(1000))).toBe(false);
    expect(isSteady(Array<number>(10).fill(1000))).toBe(true);
  });

  it('is not steady while throughput still rises, as after a server starts', () => {
    // dkg serve's first seconds of bilateral, measured, then a plateau.
    const ramp = [383, 584, 735, 852, 1166, 1265, 1387, 1332, 1389, 1292, 1387, 1410, 1350, 1290, 1380, 1330];
    const firstSteady = ramp.findIndex((_, i) => isSteady(ramp.slice(0, i + 1)));
    expect(firstSteady).toBe(13);
  });

  it('judges the mean of five seconds, not single seconds', () => {
    // One fast second among slow ones is noise ...
    expect(isSteady([1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1140])).toBe(true);
    // ... a lift of the whole span is a ramp.
    expect(isSteady([1000, 1000, 1000, 1000, 1000, 1040, 1040, 1040, 1040, 1040])).toBe(false);
  });

  it('is steady when throughput falls', () => {
    expect(isSteady([1300, 1300, 1300, 1300, 1300, 900, 900, 900, 900, 900])).toBe(true);
  });
});
