/**
 * Per-file isolation for integration tests: test files run one at a time (vitest
 * fileParallelism: false) and each starts from an empty database with the schema applied.
 */
import { inject } from 'vitest';
import { createStore, type Store } from '../../src/store/driver.js';
import { migrate } from '../../src/store/migrations.js';

export async function freshStore(): Promise<Store> {
  const store = createStore(inject('neo4j'));
  await wipe(store);
  await migrate(store);
  return store;
}

/**
 * Deletes every node except the migration records. Relationships go first, in batches:
 * DETACH DELETE of a well-connected node in one batch can exceed a small heap's memory pool.
 */
export async function wipe(store: Store): Promise<void> {
  const session = store.driver.session({ database: store.database });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) WHERE NOT n:SchemaMigration CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
