/** `dkg ingest` and `dkg remove` as processes against the real Neo4j. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/driver.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';
import { generateCorpus, writeCorpus } from '../../bench/corpus.js';
import { freshStore, wipe } from '../helpers/db.js';
import { runCli, startCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/local.js';
import { graphSnapshot } from '../helpers/snapshot.js';

const SEED = path.resolve(__dirname, '../../samples/seed-aliyev-putin.txt');

describe('dkg ingest', () => {
  let store: Store;
  let corpus: string;
  beforeAll(async () => {
    store = await freshStore();
    corpus = tempDir('dkg-ingest-');
    writeCorpus(corpus, generateCorpus(loadKnowledge(), { size: 240, seed: 7 }));
  });
  beforeEach(async () => {
    await wipe(store);
  });
  afterAll(async () => {
    await store.close();
  });

  it("builds the seed's graph exactly", async () => {
    const res = await runCli(['ingest', SEED]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toMatch(/1 articles: 1 new, 0 unchanged/);
    expect(await store.query('MATCH (p:Person) RETURN p.name AS name ORDER BY name')).toEqual([
      { name: 'Ilham Aliyev' },
      { name: 'Vladimir Putin' },
    ]);
    const [m] = await store.query(`MATCH (a:Article)-[:REPORTS]->(m:Meeting)-[:HELD_IN]->(pl:Place)-[:IN]->(c:Country)
       MATCH (m)-[:BETWEEN]->(party)
       WITH a, m, pl, c, party ORDER BY party.code
       RETURN m.modality AS modality, m.status AS status, m.date AS date, m.sourceCount AS sources,
              pl.name AS place, c.code AS placeCountry, collect(party.code) AS between, a.title AS title`,
    );
    expect(m).toEqual({
      modality: 'in_person',
      status: 'held',
      date: '2025-10-15',
      sources: 1,
      place: 'Moscow',
      placeCountry: 'RU',
      between: ['AZ', 'RU'],
      title: 'Aliyev Meets Putin in Moscow for High-Level Talks',
    });
    const roles = await store.query(`MATCH (p:Person)-[at:ATTENDED]->(:Meeting) MATCH (p)-[:REPRESENTS]->(c:Country)
       RETURN p.name AS name, at.role AS role, c.code AS country ORDER BY name`,
    );
    expect(roles).toEqual([
      { name: 'Ilham Aliyev', role: 'president', country: 'AZ' },
      { name: 'Vladimir Putin', role: 'president', country: 'RU' },
    ]);
    const topics = await store.query('MATCH (:Meeting)-[ab:ABOUT]->(t:Topic) RETURN t.name AS name, ab.status AS status');
    const byName = new Map(topics.map((t) => [t.name, t.status]));
    for (const t of ['energy', 'trade', 'security']) expect(byName.get(t)).toBe('discussed');
    for (const t of ['infrastructure', 'transport', 'conflict']) expect(byName.has(t)).toBe(true);
    expect([...byName.values()]).toContain('expected');
    expect(await store.query('MATCH (:Article)-[:CITES]->(o:Organization) RETURN o.code AS code')).toEqual([
      { code: 'Interfax' },
    ]);
    expect(await store.query('MATCH (c:Country) RETURN c.code AS code ORDER BY code')).toEqual([
      { code: 'AZ' },
      { code: 'RU' },
    ]);
  });

  it('is idempotent: a second run changes nothing and keeps every id', async () => {
    const dir = tempDir('dkg-ingest-');
    copyFileSync(SEED, path.join(dir, 'seed.txt'));
    for (const f of ['01-mirziyoyev-state-visit-astana.txt', '02-erdogan-putin-phone-grain.txt']) {
      copyFileSync(path.resolve(__dirname, '../../samples', f), path.join(dir, f));
    }
    expect((await runCli(['ingest', dir])).code).toBe(0);
    const first = await graphSnapshot(store);
    const again = await runCli(['ingest', dir]);
    expect(again.stderr).toMatch(/3 articles: 0 new, 3 unchanged/);
    expect(await graphSnapshot(store)).toEqual(first);
  });

  it('reports a broken file in a batch, writes the rest and exits 1', async () => {
    const dir = tempDir('dkg-ingest-');
    copyFileSync(SEED, path.join(dir, 'a-seed.txt'));
    writeFileSync(path.join(dir, 'b-empty.txt'), '');
    writeFileSync(path.join(dir, 'c-binary.txt'), Buffer.from([0, 1, 2, 255, 0, 7]));
    writeFileSync(path.join(dir, 'd-broken.json'), '{"title": "x", "text": ');
    const report = path.join(dir, 'report.json');
    const res = await runCli(['ingest', dir, '--report', report]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/1 articles: 1 new.*3 failed/s);
    const failed = (JSON.parse(readFileSync(report, 'utf8')) as { failed: { input: string; message: string }[] }).failed;
    expect(failed.map((f) => path.basename(f.input)).sort()).toEqual(['b-empty.txt', 'c-binary.txt', 'd-broken.json']);
    for (const f of failed) expect(f.message).toContain(path.basename(f.input));
    expect(await store.query('MATCH (a:Article) RETURN count(a) AS n')).toEqual([{ n: 1 }]);
  });

  it('two processes ingesting the same folder at once create no duplicates', async () => {
    expect((await runCli(['ingest', corpus])).code).toBe(0);
    const clean = await graphSnapshot(store);
    await wipe(store);
    const [a, b] = await Promise.all([runCli(['ingest', corpus, '--batch', '40']), runCli(['ingest', corpus, '--batch', '40'])]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(await graphSnapshot(store)).toEqual(clean);
  });

  it('an interrupted run, run again, equals one clean run', async () => {
    expect((await runCli(['ingest', corpus])).code).toBe(0);
    const clean = await graphSnapshot(store);
    await wipe(store);
    const { child, done } = startCli(['ingest', corpus, '--batch', '10']);
    // Kill it once some batches are in.
    for (let i = 0; i < 600; i += 1) {
      const [n] = await store.query('MATCH (a:Article) RETURN count(a) AS n');
      if (Number(n?.n) >= 30) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGKILL');
    await done;
    const partial = await store.query('MATCH (a:Article) RETURN count(a) AS n');
    expect(Number(partial[0]?.n)).toBeLessThan(240);
    const resumed = await runCli(['ingest', corpus]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(await graphSnapshot(store)).toEqual(clean);
  });

  it('dkg remove retracts an article and what only it supported', async () => {
    const dir = tempDir('dkg-ingest-');
    mkdirSync(dir, { recursive: true });
    copyFileSync(SEED, path.join(dir, 'seed.txt'));
    await runCli(['ingest', dir]);
    const [a] = await store.query('MATCH (a:Article) RETURN a.id AS id');
    const res = await runCli(['remove', String(a?.id)]);
    expect(res.code, res.stderr).toBe(0);
    expect(await store.query('MATCH (n) WHERE n:Article OR n:Meeting OR n:Person OR n:Place RETURN count(n) AS n')).toEqual([
      { n: 0 },
    ]);
    expect((await runCli(['remove', 'a-doesnotexist'])).code).toBe(1);
  });
});
