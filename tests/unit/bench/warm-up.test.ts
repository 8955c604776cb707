import { describe, expect, it } from 'vitest';
import { cpuPerRequest, isSteady } from '../../../bench/benchmarks/graphql.js';

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

describe('cpuPerRequest (CPU beside each GraphQL question)', () => {
  it('divides each process’s CPU seconds by the requests, in ms, and leaves unknowns unknown', () => {
    expect(cpuPerRequest({ server: 10, neo4j: 20 }, { server: 11.5, neo4j: 21 }, 2000)).toEqual({ server: 0.75, neo4j: 0.5 });
    expect(cpuPerRequest({ server: null, neo4j: 20 }, { server: 3, neo4j: 21 }, 1000)).toEqual({ server: null, neo4j: 1 });
    expect(cpuPerRequest({ server: 1, neo4j: 1 }, { server: 2, neo4j: 2 }, 0)).toEqual({ server: null, neo4j: null });
  });
});
