import type { Store } from './driver.js';

/** Whether the graph holds any article: `npm start` loads the samples into an empty one. */
export async function hasArticles(store: Store): Promise<boolean> {
  return store.read(async (tx) => {
    const res = await tx.run('MATCH (a:Article) RETURN count(a) > 0 AS any');
    return Boolean(res.records[0]?.get('any'));
  });
}
