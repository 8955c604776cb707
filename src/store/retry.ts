/**
 * When a failed transaction is tried again, and for how long. The driver's own retries give
 * every retryable error 30 s; a server that is gone (killed, stopped) then cost an ingest
 * about half a minute per query before it learned so. Here a lost server gets a few seconds,
 * enough for pooled connections it closed to be replaced or a cluster to elect a leader, and
 * deadlocks and other transient errors keep the driver's 30 s.
 */
import neo4j from 'neo4j-driver';

const UNAVAILABLE_BUDGET_MS = 5_000;
const TRANSIENT_BUDGET_MS = 30_000;

export function unavailable(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'ServiceUnavailable' || code === 'SessionExpired';
}

/** Milliseconds to wait before attempt `attempt + 1`, or null to give up and report `e`. */
export function retryDelay(e: unknown, attempt: number, elapsedMs: number): number | null {
  if (unavailable(e)) {
    return elapsedMs < UNAVAILABLE_BUDGET_MS ? Math.min(250 * 2 ** (attempt - 1), 2_000) : null;
  }
  if (!neo4j.isRetryableError(e) || elapsedMs >= TRANSIENT_BUDGET_MS) return null;
  // The driver's schedule: 1 s doubling, with jitter so two losers of a deadlock do not collide again.
  return Math.min(1_000 * 2 ** (attempt - 1), 8_000) * (0.8 + Math.random() * 0.4);
}
