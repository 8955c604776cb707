/**
 * Comparing two servers fairly on a machine whose speed drifts: load goes to one, then the
 * other, in short slices, the order flipped every round, and each side's figures are summed
 * over its slices. A slow spell of the machine then falls on both sides alike.
 */
import { latency, msPerRequest, type Latency } from './stats.js';

/** What one side did in one slice: requests, wall time, and CPU seconds of its processes. */
export interface Slice {
  requests: number;
  elapsedMs: number;
  latenciesMs: number[];
  /** CPU seconds used during the slice by the server and by its Neo4j (null: not watched). */
  serverCpu: number | null;
  neo4jCpu: number | null;
}

export interface SideFigures {
  requestsPerSecond: number;
  latency: Latency;
  /** Milliseconds of CPU per request, over all its slices. */
  serverCpuMs: number | null;
  neo4jCpuMs: number | null;
  slices: number;
}

/** Which side goes first in round `k`: A, B, then B, A, and so on. */
export function roundOrder(k: number): [0, 1] | [1, 0] {
  return k % 2 === 0 ? [0, 1] : [1, 0];
}

/** CPU seconds over all slices; null when a process was not watched in one of them. */
const total = (cpu: (number | null)[]): number | null =>
  cpu.some((c) => c === null) ? null : cpu.reduce<number>((s, c) => s + (c as number), 0);

/** One side's figures over all its slices. */
export function tally(slices: readonly Slice[]): SideFigures {
  const requests = slices.reduce((s, x) => s + x.requests, 0);
  const ms = slices.reduce((s, x) => s + x.elapsedMs, 0);
  return {
    requestsPerSecond: ms > 0 ? requests / (ms / 1000) : 0,
    latency: latency(slices.flatMap((x) => x.latenciesMs)),
    serverCpuMs: msPerRequest(total(slices.map((x) => x.serverCpu)), requests),
    neo4jCpuMs: msPerRequest(total(slices.map((x) => x.neo4jCpu)), requests),
    slices: slices.length,
  };
}
