/**
 * How reports become meetings in the real Neo4j: merging, planned-then-held, disputes,
 * same-surname people, replacement and retraction. Extractions are hand-made here so
 * the rules of the store, not the extractor, are under test.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Article, Meeting } from '../../src/domain/model.js';
import type { Store } from '../../src/store/driver.js';
import { writeArticles } from '../../src/store/article-writes.js';
import { removeArticles } from '../../src/store/article-removal.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';
import { toArticleRecord } from '../../src/resolve/records.js';
import { freshStore, wipe } from '../helpers/db.js';
import { article, extraction, meeting, person } from '../helpers/articles.js';

const kb = loadKnowledge();
const aliyev = person('Ilham Aliyev', 'AZ');
const putin = person('Vladimir Putin', 'RU');

async function ingest(store: Store, a: Article, meetings: Meeting[]) {
  return writeArticles(store, [toArticleRecord(a, extraction(a, meetings), kb)]);
}

describe('meetings in the graph', () => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore();
  });
  beforeEach(async () => {
    await wipe(store);
  });
  afterAll(async () => {
    await store.close();
  });

  it('merges two articles about one meeting into one Meeting with sourceCount 2', async () => {
    const first = await ingest(store, article('a.txt', 'Report one.'), [meeting([aliyev, putin])]);
    const second = await ingest(store, article('b.txt', 'Report two.', { publishedAt: '2025-10-16' }), [
      meeting([putin, aliyev], { date: '2025-10-16' }),
    ]);
    expect(first.articles[0]?.merged).toBe(0);
    expect(second.articles[0]?.merged).toBe(1);
    const rows = await store.query('MATCH (m:Meeting) RETURN m.sourceCount AS n, m.disputed AS disputed');
    expect(rows).toEqual([{ n: 2, disputed: ['date'] }]);
    const between = await store.query('MATCH (:Meeting)-[:BETWEEN]->(c:Country) RETURN c.code AS code ORDER BY code');
    expect(between.map((r) => r.code)).toEqual(['AZ', 'RU']);
  });

  it('turns a planned meeting into a held one when a later article reports it held', async () => {
    await ingest(store, article('plan.txt', 'Aliyev will visit.', { publishedAt: '2025-10-10' }), [
      meeting([aliyev, putin], { status: 'planned' }),
    ]);
    expect(await store.query('MATCH (m:Meeting) RETURN m.status AS s')).toEqual([{ s: 'planned' }]);
    await ingest(store, article('held.txt', 'Aliyev visited.'), [meeting([aliyev, putin])]);
    expect(await store.query('MATCH (m:Meeting) RETURN m.status AS s, m.sourceCount AS n')).toEqual([{ s: 'held', n: 2 }]);
  });

  it('keeps different meetings of the same two leaders apart', async () => {
    await ingest(store, article('oct.txt', 'October talks.'), [meeting([aliyev, putin])]);
    await ingest(store, article('dec.txt', 'December talks.', { publishedAt: '2025-12-01' }), [
      meeting([aliyev, putin], { date: '2025-12-01' }),
      meeting([aliyev, putin], { date: '2023-10', location: { city: 'Bishkek', country: 'KG' } }),
    ]);
    const rows = await store.query('MATCH (m:Meeting) RETURN m.date AS date ORDER BY date');
    expect(rows.map((r) => r.date)).toEqual(['2023-10', '2025-10-15', '2025-12-01']);
  });

  it('a call and an in-person meeting on the same day are different encounters', async () => {
    await ingest(store, article('x.txt', 'Both.'), [
      meeting([aliyev, putin]),
      meeting([aliyev, putin], { modality: 'phone', location: null, cameo: '041' }),
    ]);
    expect(await store.query('MATCH (m:Meeting) RETURN count(m) AS n')).toEqual([{ n: 2 }]);
  });

  it('keeps Heydar and Ilham Aliyev apart, and one node per person across spellings', async () => {
    await ingest(store, article('h.txt', 'Old talks.', { publishedAt: '1999-05-01' }), [
      meeting([person('Heydar Aliyev', 'AZ'), person('Boris Yeltsin', 'RU')], { date: '1999-05-01' }),
    ]);
    await ingest(store, article('z1.txt', 'Zelensky talks.'), [meeting([person('Volodymyr Zelensky', 'UA'), aliyev])]);
    await ingest(store, article('z2.txt', 'Zelenskyy talks.', { publishedAt: '2025-11-20' }), [
      meeting([person('Volodymyr Zelenskyy', 'UA'), putin], { date: '2025-11-20' }),
    ]);
    const people = (await store.query('MATCH (p:Person) RETURN p.name AS name ORDER BY name')).map((r) => String(r.name));
    expect(people.filter((n) => /Aliyev/.test(n))).toEqual(['Heydar Aliyev', 'Ilham Aliyev']);
    expect(people.filter((n) => /Zelensk/.test(n))).toHaveLength(1);
    expect(people).toHaveLength(5);
  });

  it('marks a meeting disputed on place when sources disagree, keeping each claim', async () => {
    await ingest(store, article('p1.txt', 'In Moscow.'), [meeting([aliyev, putin])]);
    await ingest(store, article('p2.txt', 'In Sochi.'), [
      meeting([aliyev, putin], { location: { city: 'Sochi', country: 'RU' } }),
    ]);
    const [m] = await store.query<{ disputed: string[]; places: string[] }>('MATCH (m:Meeting)-[h:HELD_IN]->(p:Place) WITH m, p ORDER BY p.name RETURN m.disputed AS disputed, collect(p.name) AS places',
    );
    expect(m).toEqual({ disputed: ['place'], places: ['Moscow', 'Sochi'] });
  });

  it('is idempotent and replaces the evidence of a changed text at the same URL', async () => {
    const url = 'https://news.example/aliyev-putin';
    const a1 = article('u.txt', 'First version.', { url });
    await ingest(store, a1, [meeting([aliyev, putin])]);
    const again = await ingest(store, a1, [meeting([aliyev, putin])]);
    expect(again.articles[0]?.outcome).toBe('unchanged');
    const a2 = article('u.txt', 'Second version, now in Sochi.', { url });
    const replaced = await ingest(store, a2, [meeting([aliyev, putin], { location: { city: 'Sochi', country: 'RU' } })]);
    expect(replaced.articles[0]?.outcome).toBe('replaced');
    const rows = await store.query(
      'MATCH (a:Article)-[:REPORTS]->(m:Meeting)-[:HELD_IN]->(p:Place) RETURN count(DISTINCT a) AS articles, collect(p.name) AS places, m.sourceCount AS n',
    );
    expect(rows).toEqual([{ articles: 1, places: ['Sochi'], n: 1 }]);
    expect(await store.query('MATCH (p:Place) RETURN p.name AS name')).toEqual([{ name: 'Sochi' }]);
  });

  it('retraction deletes the article and what only it supported', async () => {
    const r1 = await ingest(store, article('r1.txt', 'Aliyev and Putin.'), [meeting([aliyev, putin])]);
    await ingest(store, article('r2.txt', 'Erdogan and Putin.', { publishedAt: '2025-11-02' }), [
      meeting([person('Recep Tayyip Erdogan', 'TR'), putin], { date: '2025-11-02', location: { city: 'Ankara', country: 'TR' } }),
    ]);
    const id = r1.articles[0]?.id as string;
    expect(await removeArticles(store, [id])).toEqual({ removed: 1, meetingsTouched: 1 });
    // The people file's canonical spelling wins over the article's.
    expect((await store.query('MATCH (p:Person) RETURN p.name AS n ORDER BY n')).map((r) => r.n)).toEqual([
      'Recep Tayyip Erdoğan',
      'Vladimir Putin',
    ]);
    expect((await store.query('MATCH (p:Place) RETURN p.name AS n')).map((r) => r.n)).toEqual(['Ankara']);
    expect(await store.query('MATCH (m:Meeting) RETURN count(m) AS n')).toEqual([{ n: 1 }]);
    expect(await store.query('MATCH (a:Article {id: $id}) RETURN a', { id })).toEqual([]);
  });
});
