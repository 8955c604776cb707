/**
 * Writers and faults: concurrent ingests over overlapping inputs, an ingest killed mid-batch,
 * Neo4j lost mid-batch. Each ends with exactly the graph one clean run makes (the checksum of
 * tests/helpers/graph-checksum.ts) and no duplicate meeting (`dkg db repair --check`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Store } from '../../src/store/driver.js';
import { cliEnv, runCli, startCli } from '../helpers/cli.js';
import { freshStore, wipe } from '../helpers/db.js';
import { tempDir } from '../helpers/local.js';
import { graphChecksum } from '../helpers/graph-checksum.js';
import { cleanChecksum, count, relayTo, SCALE, subset, writeChaosCorpus } from './chaos-corpus.js';

describe('writers converge', () => {
  let store: Store;
  let corpus: string;
  let clean: string;
  beforeAll(async () => {
    store = await freshStore();
    corpus = writeChaosCorpus();
    clean = await cleanChecksum(store, corpus);
  });
  afterAll(async () => {
    await store.close();
  });

  it('concurrent ingests over overlapping inputs leave no duplicate and the clean graph', async () => {
    await wipe(store);
    // Every process sees a different part, in a different order, with a different batch size.
    const writers = 2 + SCALE;
    const parts = Array.from({ length: writers }, (_, w) =>
      subset(corpus, (i, n) => w === 0 || (i + w) % writers !== 0 || i < n / 4, w % 2 === 1),
    );
    const runs = await Promise.all(parts.map((dir, w) => runCli(['ingest', dir, '--batch', String(3 + 4 * w)])));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    // Each article is new to exactly one writer: the others found it written.
    const news = runs.map((r) => Number(/(\d+) new/.exec(r.stderr)?.[1] ?? NaN));
    expect(news.reduce((a, b) => a + b, 0)).toBe(await count(store, 'MATCH (a:Article) RETURN count(a) AS n'));
    const check = await runCli(['db', 'repair', '--check']);
    expect(check.code, check.stderr).toBe(0);
    expect(await graphChecksum(store)).toBe(clean);
  });

  it('dkg db repair lists and merges a meeting an older writer split in two, keeping every report', async () => {
    await wipe(store);
    expect((await runCli(['ingest', corpus])).code).toBe(0);
    // What two unlocked writers left: one article's report of a shared meeting in a meeting of its own.
    await store.write((tx) =>
      tx.run(`
        MATCH (a:Article)-[:REPORTS]->(m:Meeting) WITH m, collect(a) AS arts WHERE size(arts) >= 2
        WITH m, arts[0] AS a ORDER BY m.id LIMIT 1
        CREATE (d:Meeting) SET d = m {.*, id: m.id + '-twin'}
        WITH m, a, d
        CALL (m, a, d) { MATCH (a)-[r:REPORTS]->(m) CREATE (a)-[r2:REPORTS]->(d) SET r2 = properties(r) DELETE r }
        CALL (m, a, d) { MATCH (p:Person)-[r:ATTENDED {article: a.id}]->(m) CREATE (p)-[r2:ATTENDED]->(d) SET r2 = properties(r) DELETE r }
        CALL (m, a, d) { MATCH (m)-[r:ABOUT {article: a.id}]->(t) CREATE (d)-[r2:ABOUT]->(t) SET r2 = properties(r) DELETE r }
        CALL (m, a, d) { MATCH (m)-[r:HELD_IN {article: a.id}]->(pl) CREATE (d)-[r2:HELD_IN]->(pl) SET r2 = properties(r) DELETE r }
        RETURN d.id`),
    );
    const reports = await count(store, 'MATCH (:Article)-[r:REPORTS]->() RETURN count(r) AS n');
    const check = await runCli(['db', 'repair', '--check']);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/1 duplicate meeting\(s\) in 1 group\(s\)/);
    expect(check.stderr).toMatch(/same as m-[0-9a-f]+-twin/);
    const repair = await runCli(['db', 'repair']);
    expect(repair.code, repair.stderr).toBe(0);
    expect(repair.stderr).toMatch(/Merged 1 duplicate meeting/);
    expect(await count(store, 'MATCH (:Article)-[r:REPORTS]->() RETURN count(r) AS n')).toBe(reports);
    expect(await graphChecksum(store)).toBe(clean);
    expect((await runCli(['db', 'repair', '--check'])).code).toBe(0);
  });

  it('an ingest killed mid-batch, run again, gives the clean graph', async () => {
    await wipe(store);
    const { child, done } = startCli(['ingest', corpus, '--batch', '4']);
    for (let i = 0; i < 600; i += 1) {
      if ((await count(store, 'MATCH (a:Article) RETURN count(a) AS n')) >= 8) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGKILL');
    await done;
    expect(await count(store, 'MATCH (a:Article) RETURN count(a) AS n')).toBeLessThan(40 * SCALE);
    const resumed = await runCli(['ingest', corpus]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(await graphChecksum(store)).toBe(clean);
  });

  it('Neo4j lost mid-batch stops the ingest with one message and a resume hint; the re-run gives the clean graph', async () => {
    await wipe(store);
    const relay = await relayTo(inject('neo4j').uri);
    try {
      const env = cliEnv({ NEO4J_URI: relay.uri });
      const report = path.join(tempDir('dkg-chaos-report-'), 'report.json');
      const { done } = startCli(['ingest', corpus, '--batch', '4', '--report', report], undefined, env);
      for (let i = 0; i < 600; i += 1) {
        if ((await count(store, 'MATCH (a:Article) RETURN count(a) AS n')) >= 8) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const cutAt = Date.now();
      await relay.cut();
      const stopped = await done;
      const seconds = (Date.now() - cutAt) / 1000;
      process.stderr.write(`[chaos] ingest stopped ${seconds.toFixed(1)} s after Neo4j went away\n`);
      expect(stopped.code).toBe(1);
      expect(stopped.stderr.match(/Stopped: Neo4j stopped answering/g)).toHaveLength(1);
      expect(stopped.stderr).toMatch(/run the same command to resume/);
      // Not one line per waiting article.
      expect(stopped.stderr).not.toMatch(/failed: /);
      expect(stopped.stderr.length).toBeLessThan(2000);
      expect(JSON.parse(readFileSync(report, 'utf8')).stopped.code).toBe('NEO4J_UNAVAILABLE');
      await relay.restore();
      const resumed = await runCli(['ingest', corpus], undefined, env);
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(await graphChecksum(store)).toBe(clean);
    } finally {
      await relay.close();
    }
  });
});
