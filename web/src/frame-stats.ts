/** Frame-time figures for the renderer benchmark: the frame rate hides stalls, a percentile does not. No DOM. */

/** The p-th percentile (0..100) of the values, nearest rank; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}
