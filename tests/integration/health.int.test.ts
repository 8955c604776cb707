import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { createStore, type Store } from '../../src/store/driver.js';
import { loadMigrations } from '../../src/store/migrations.js';
import { freshStore } from '../helpers/db.js';

async function listen(handler: http.RequestListener): Promise<{ server: http.Server; base: string }> {
  const server = http.createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('GET /health over real HTTP', () => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore();
  });
  afterAll(async () => {
    await store.close();
  });

  it('reports a connected Neo4j 5 with its schema version', async () => {
    const { server, base } = await listen(createApp({ store, uri: inject('neo4j').uri, managed: true }));
    try {
      const res = await fetch(`${base}/health`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { status: string; neo4j: Record<string, unknown> };
      expect(body.status).toBe('ok');
      expect(body.neo4j.connected).toBe(true);
      expect(String(body.neo4j.version)).toMatch(/^5\.26\./);
      expect(body.neo4j.schemaVersion).toBe(Math.max(...loadMigrations().map((m) => m.version)));
    } finally {
      server.close();
    }
  });

  it('answers 503 with the reason when the database is unreachable', async () => {
    const dead = createStore({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', database: 'neo4j' });
    const { server, base } = await listen(createApp({ store: dead, uri: 'bolt://127.0.0.1:1', managed: false }));
    try {
      const res = await fetch(`${base}/health`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as { status: string; neo4j: { connected: boolean; error: string } };
      expect(body.neo4j.connected).toBe(false);
      expect(body.neo4j.error).toMatch(/not reachable|connect/i);
    } finally {
      server.close();
      await dead.close();
    }
  });
});
