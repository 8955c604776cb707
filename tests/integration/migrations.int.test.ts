import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/driver.js';
import { loadMigrations, migrate } from '../../src/store/migrations.js';
import { freshStore } from '../helpers/db.js';

describe('schema migrations against the real Neo4j', () => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore();
  });
  afterAll(async () => {
    await store.close();
  });

  it('records every migration once and a re-run applies nothing', async () => {
    const all = loadMigrations().map((m) => m.version);
    const again = await migrate(store);
    expect(again.applied).toEqual([]);
    expect(again.skipped).toEqual(all);
    const recorded = await store.read(async (tx) => {
      const res = await tx.run('MATCH (m:SchemaMigration) RETURN m.version AS v ORDER BY v');
      return res.records.map((r) => Number(r.get('v')));
    });
    expect(recorded).toEqual(all);
  });

  it('creates the uniqueness constraints, so a duplicate key is refused by the server', async () => {
    await store.write((tx) => tx.run("CREATE (:Country {code: 'ZZ', name: 'Test'})"));
    await expect(store.write((tx) => tx.run("CREATE (:Country {code: 'ZZ', name: 'Again'})"))).rejects.toThrow(
      /already exists|ConstraintValidationFailed/,
    );
  });

  it('creates the full-text indexes that search uses, folding accents', async () => {
    const indexes = await store.read(async (tx) => {
      const res = await tx.run(
        "SHOW INDEXES YIELD name, type, options WHERE type = 'FULLTEXT' RETURN name, options.indexConfig['fulltext.analyzer'] AS analyzer ORDER BY name",
      );
      return res.records.map((r) => `${String(r.get('name'))}:${String(r.get('analyzer'))}`);
    });
    expect(indexes).toEqual([
      'article_fulltext:standard-folding', 'meeting_fulltext:standard-folding', 'person_fulltext:standard-folding', 'place_fulltext:standard-folding',
    ]);
  });

  it('gives meetings written before meeting search their search text at startup', async () => {
    await store.write(async (tx) => {
      await tx.run(`CREATE (m:Meeting {id: 'm-before', date: '2024-05-02', status: 'held', modality: 'in_person', sourceCount: 1, cardVersion: 5})
        CREATE (:Person {id: 'p-zoe', name: 'Zoë Ştefănescu', aliases: ['Zoe Stefanescu-Pop']})-[:ATTENDED {role: 'president'}]->(m)`);
      await tx.run('MATCH (s:SchemaMigration {version: 5}) DELETE s');
    });
    const result = await migrate(store);
    expect(result.applied).toEqual([5]);
    expect(result.cardsRewritten).toBeGreaterThanOrEqual(1);
    const found = await store.read(async (tx) => {
      const res = await tx.run("CALL db.index.fulltext.queryNodes('meeting_fulltext', '+stefanescu +pop') YIELD node RETURN node.id AS id");
      return res.records.map((r) => String(r.get('id')));
    });
    expect(found).toEqual(['m-before']);
  });

  it('refuses a migration edited after it was applied', async () => {
    const edited = loadMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'changed' } : m));
    await expect(migrate(store, edited)).rejects.toThrow(/was changed after it was applied/);
  });

  it('takes the unread claimed* properties and the unused pair-key index out of an older database', async () => {
    await store.write(async (tx) => {
      await tx.run("CREATE (:Meeting {id: 'm-old', date: '2024-05-02', claimedDate: '2024-05-01', claimedPlaceId: 'pl-x'})");
      await tx.run('MATCH (s:SchemaMigration {version: 4}) DELETE s');
    });
    // A schema command, so not in a write transaction (those first take the write lock, a data write).
    const session = store.driver.session({ database: store.database });
    await session.run('CREATE INDEX meeting_key IF NOT EXISTS FOR (m:Meeting) ON (m.pairKey)').finally(() => session.close());
    const result = await migrate(store);
    expect(result.applied).toEqual([4]);
    const after = await store.read(async (tx) => {
      const m = await tx.run("MATCH (m:Meeting {id: 'm-old'}) RETURN keys(m) AS keys");
      const idx = await tx.run("SHOW INDEXES YIELD name WHERE name = 'meeting_key' RETURN count(*) AS n");
      return { keys: m.records[0]?.get('keys') as string[], index: Number(idx.records[0]?.get('n')) };
    });
    expect(after.keys).toEqual(expect.arrayContaining(['id', 'date']));
    expect(after.keys.filter((k) => k.startsWith('claimed'))).toEqual([]);
    expect(after.index).toBe(0);
  });

  it('takes the NaN anchor day out of undated meetings of an older database, keeping real days', async () => {
    await store.write(async (tx) => {
      await tx.run("CREATE (:Meeting {id: 'm-nan', status: 'held', modality: 'phone', sourceCount: 1, anchorDay: 0.0 / 0.0})");
      await tx.run("CREATE (:Meeting {id: 'm-day', status: 'held', modality: 'phone', sourceCount: 1, anchorDay: 20000})");
      await tx.run('MATCH (s:SchemaMigration {version: 7}) DELETE s');
    });
    expect((await migrate(store)).applied).toEqual([7]);
    const days = await store.query<{ id: string; day: number | null }>(
      "MATCH (m:Meeting) WHERE m.id IN ['m-nan', 'm-day'] RETURN m.id AS id, m.anchorDay AS day ORDER BY id",
    );
    expect(days).toEqual([{ id: 'm-day', day: 20000 }, { id: 'm-nan', day: null }]);
  });

  it('writes and reads data through Bolt', async () => {
    await store.write((tx) => tx.run("MERGE (:Topic {name: 'energy'})"));
    const count = await store.read(async (tx) => {
      const res = await tx.run("MATCH (t:Topic {name: 'energy'}) RETURN count(t) AS n");
      return Number(res.records[0]?.get('n'));
    });
    expect(count).toBe(1);
  });
});
