/** What every resolver receives. */
import type { RecordPool } from '../resolve/record-pool.js';
import type { Store } from '../store/driver.js';
import type { KeyCheck } from './auth.js';
import type { RowBudget } from './row-budget.js';
import type { ApiSettings } from './settings.js';

export interface ApiContext {
  store: Store;
  settings: ApiSettings;
  /** Extracts ingested articles on worker threads, off the event loop that answers requests. */
  records: RecordPool;
  /** Set by the api-key-auth plugin. */
  key: KeyCheck;
  /** Today as an ISO day (UTC), from `settings.clock`. */
  today: () => string;
  /** List items the request may still ask for (row-budget.ts). */
  rows: RowBudget;
}

/** The ISO day (UTC) of a clock's now. */
export function todayOf(clock: () => Date = () => new Date()): () => string {
  return () => clock().toISOString().slice(0, 10);
}
