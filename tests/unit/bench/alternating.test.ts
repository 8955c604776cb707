import { describe, expect, it } from 'vitest';
import { roundOrder, tally, type Slice } from '../../../bench/lib/alternating.js';

const slice = (requests: number, elapsedMs: number, latenciesMs: number[], serverCpu: number | null, neo4jCpu: number | null): Slice => ({
  requests,
  elapsedMs,
  latenciesMs,
  serverCpu,
  neo4jCpu,
});

describe('alternating comparison of two servers (bench/compare.ts)', () => {
  it('flips which side goes first every round, so neither always follows the other', () => {
    expect([0, 1, 2, 3].map(roundOrder)).toEqual([[0, 1], [1, 0], [0, 1], [1, 0]]);
  });

  it('sums a side over its slices: throughput over all wall time, CPU over all requests', () => {
    // A fast slice and a slow one: 3,000 + 1,000 requests in 4 s, 2.4 + 1.2 CPU seconds.
    const f = tally([slice(3000, 2000, [10, 20, 30], 2.4, 2.0), slice(1000, 2000, [40], 1.2, 1.6)]);
    expect(f.requestsPerSecond).toBe(1000);
    expect(f.serverCpuMs).toBeCloseTo(0.9, 10);
    expect(f.neo4jCpuMs).toBeCloseTo(0.9, 10);
    expect(f.latency.count).toBe(4);
    expect(f.latency.p50).toBe(20);
    expect(f.latency.max).toBe(40);
    expect(f.slices).toBe(2);
  });

  it('reports no CPU figure when a process was not watched in some slice', () => {
    const f = tally([slice(100, 1000, [5], 0.1, null), slice(100, 1000, [5], 0.1, 0.1)]);
    expect(f.serverCpuMs).toBeCloseTo(1, 10);
    expect(f.neo4jCpuMs).toBeNull();
    expect(tally([]).requestsPerSecond).toBe(0);
  });
});
