import { describe, expect, it } from 'vitest';
import { isSteady } from '../../../bench/benchmarks/graphql.js';

describe('isSteady (when the GraphQL benchmark stops warming up)', () => {
  it('waits for six seconds of figures before judging', () => {
    expect(isSteady([])).toBe(false);
    expect(isSteady([1000, 1000, 1000, 1000, 1000])).toBe(false);
    expect(isSteady([1000, 1000, 1000, 1000, 1000, 1000])).toBe(true);
  });

  it('is not steady while throughput still rises, as after a server starts', () => {
    // dkg serve's first seconds of bilateral, measured.
    const ramp = [383, 584, 735, 852, 1166, 1265, 1387, 1332, 1389, 1292, 1387, 1410];
    const firstSteady = ramp.findIndex((_, i) => isSteady(ramp.slice(0, i + 1)));
    expect(firstSteady).toBe(10);
  });

  it('takes a rise of 5% as noise and more as a ramp', () => {
    expect(isSteady([1000, 1000, 1000, 1050, 1050, 1050])).toBe(true);
    expect(isSteady([1000, 1000, 1000, 1060, 1060, 1060])).toBe(false);
  });

  it('is steady when throughput falls', () => {
    expect(isSteady([1300, 1300, 1300, 900, 900, 900])).toBe(true);
  });
});
