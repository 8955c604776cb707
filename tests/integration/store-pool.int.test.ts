/**
 * The connection pool's size (DKG_NEO4J_POOL) is a limit on queries at once: beyond it a
 * query waits for a connection instead of opening another. Real Neo4j, real connections.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createStore, type Store } from '../../src/store/driver.js';

const settled = (p: Promise<unknown>): Promise<boolean> =>
  Promise.race([p.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 500))]);

/** `n` transactions that each keep their connection until `release` is called. */
async function holdConnections(store: Store, n: number): Promise<{ release: () => Promise<void> }> {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  let started = 0;
  const holders = Array.from({ length: n }, () =>
    store.read(async (tx) => {
      await tx.run('RETURN 1');
      started += 1;
      await gate;
    }),
  );
  while (started < n) await new Promise((resolve) => setTimeout(resolve, 10));
  return {
    release: async () => {
      open();
      await Promise.all(holders);
    },
  };
}

describe('the Neo4j connection pool', () => {
  let store: Store;
  beforeAll(() => {
    store = createStore(inject('neo4j'), 2);
  });
  afterAll(async () => {
    await store.close();
  });

  it('holds a query back while every connection is in use, and runs it when one is free', async () => {
    const held = await holdConnections(store, 2);
    const third = store.query<{ x: number }>('RETURN 3 AS x');
    try {
      expect(await settled(third)).toBe(false);
    } finally {
      await held.release();
    }
    expect(await third).toEqual([{ x: 3 }]);
  });

  it('runs as many queries at once as it has connections', async () => {
    const held = await holdConnections(store, 1);
    // One connection is held, the other is free: a query goes through at once.
    try {
      expect(await settled(store.query('RETURN 2 AS x'))).toBe(true);
    } finally {
      await held.release();
    }
  });
});
