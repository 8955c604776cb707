/**
 * Per-file isolation for integration tests: test files run one at a time (vitest
 * fileParallelism: false) and each starts from an empty database with the schema applied.
 */
import { inject } from 'vitest';
import { createStore, type Store } from '../../src/store/driver.js';
import { migrate } from '../../src/store/migrations.js';
import { wipeGraph } from '../../src/store/graph-counts.js';

export async function freshStore(): Promise<Store> {
  const store = createStore(inject('neo4j'));
  await wipe(store);
  await migrate(store);
  return store;
}

/** Deletes every node except the migration records. */
export async function wipe(store: Store): Promise<void> {
  await wipeGraph(store);
}
