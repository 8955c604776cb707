/**
 * The connection pool's size (DKG_NEO4J_POOL) is a limit on queries at once: beyond it a
 * query waits for a connection instead of opening another. Real Neo4j, real connections.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createStore, type Store } from '../../src/store/driver.js';

const settled = (p: Promise<unknown>): Promise<boolean> =>
  Promise.race([p.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 500))]);

describe('the Neo4j connection pool', () => {
  let store: Store;
  beforeAll(() => {
    store = createStore(inject('neo4j'), 2);
  });
  afterAll(async () => {
    await store.close();
  });

  it('holds a query back while every connection is in use, and runs it when one is free', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    let started = 0;
    // Two transactions that keep their connections until the gate opens.
    const holders = [1, 2].map(() =>
      store.read(async (tx) => {
        await tx.run('RETURN 1');
        started += 1;
        await gate;
      }),
    );
    while (started < 2) await new Promise((resolve) => setTimeout(resolve, 10));

    const third = store.query<{ x: number }>('RETURN 3 AS x');
    try {
      expect(await settled(third)).toBe(false);
    } finally {
      open();
      await Promise.all(holders);
    }
    expect(await third).toEqual([{ x: 3 }]);
  });

  it('runs as many queries at once as it has connections', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    let held = false;
    const holder = store.read(async (tx) => {
      await tx.run('RETURN 1');
      held = true;
      await gate;
    });
    while (!held) await new Promise((resolve) => setTimeout(resolve, 10));
    // One connection is held, the other is free: a query goes through at once.
    try {
      expect(await settled(store.query('RETURN 2 AS x'))).toBe(true);
    } finally {
      open();
      await holder;
    }
  });
});
