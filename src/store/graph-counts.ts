import type { Store } from './driver.js';

/** Whether the graph holds any article: `npm start` loads the samples into an empty one. */
export async function hasArticles(store: Store): Promise<boolean> {
  return store.read(async (tx) => {
    const res = await tx.run('MATCH (a:Article) RETURN count(a) > 0 AS any');
    return Boolean(res.records[0]?.get('any'));
  });
}

/**
 * Deletes every node except the migration records (tests and benchmarks start from empty).
 * Relationships go first, in batches: detaching a dense node (a country mentioned by thousands
 * of articles) in one transaction exceeds the transaction memory of a 512m heap.
 */
export async function wipeGraph(store: Store): Promise<void> {
  const session = store.driver.session({ database: store.database });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) WHERE NOT n:SchemaMigration CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
