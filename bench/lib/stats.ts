/** Summaries of repeated measurements: median and spread, and latency percentiles. */

export interface Spread {
  median: number;
  min: number;
  max: number;
  /** Interquartile range bounds (25th and 75th percentiles). */
  q1: number;
  q3: number;
  runs: number;
}

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
  count: number;
}

/** Nearest-rank percentile of an ascending array; p in [0, 100]. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

/** Linear-interpolated quantile, for the median and quartiles of a handful of runs. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

export function spread(values: readonly number[]): Spread {
  const s = [...values].sort((a, b) => a - b);
  return {
    median: quantile(s, 0.5),
    min: s[0] ?? Number.NaN,
    max: s[s.length - 1] ?? Number.NaN,
    q1: quantile(s, 0.25),
    q3: quantile(s, 0.75),
    runs: s.length,
  };
}

export function latency(samples: readonly number[]): Latency {
  const s = Float64Array.from(samples).sort();
  const arr = Array.from(s);
  return {
    p50: percentile(arr, 50),
    p95: percentile(arr, 95),
    p99: percentile(arr, 99),
    max: arr[arr.length - 1] ?? Number.NaN,
    mean: arr.length ? arr.reduce((n, x) => n + x, 0) / arr.length : Number.NaN,
    count: arr.length,
  };
}

/** Rounds every number in a figure object for the results file, keeping it readable. */
export function round(x: number, digits = 1): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Milliseconds of CPU per request from CPU seconds spent (null when unknown or no requests). */
export function msPerRequest(cpuSeconds: number | null, requests: number): number | null {
  return cpuSeconds === null || requests === 0 ? null : (cpuSeconds * 1000) / requests;
}
