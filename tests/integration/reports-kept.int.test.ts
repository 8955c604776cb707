/**
 * Every report is kept: a report is an article and one of the meetings it tells of. An
 * article's reports are never folded into one meeting; across articles a planned and a held
 * report are one meeting only when date and place are compatible. The first test reads our
 * own fixture article through the whole pipeline (the live extractor included); the others
 * hand-make extractions so the store's rules alone are under test.
 */
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Article, Meeting } from '../../src/domain/model.js';
import { extractArticle } from '../../src/extract/index.js';
import { readArticles } from '../../src/ingest/index.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';
import { toArticleRecord } from '../../src/resolve/records.js';
import { removeArticles } from '../../src/store/article-removal.js';
import { writeArticles } from '../../src/store/article-writes.js';
import type { Store } from '../../src/store/driver.js';
import { ingestFiles } from '../../src/cli/ingest.js';
import { article, extraction, meeting, person } from '../helpers/articles.js';
import { freshStore, wipe } from '../helpers/db.js';
import { graphSnapshot } from '../helpers/snapshot.js';

const FIXTURE = path.resolve(__dirname, '../fixtures/graph-truth/aliyev-tokayev-baku-meet-again-autumn.txt');
const kb = loadKnowledge();

async function readFixture(): Promise<Article> {
  for await (const item of readArticles(FIXTURE)) if (item.ok) return item.article;
  throw new Error(`no article in ${FIXTURE}`);
}

async function ingest(store: Store, a: Article, meetings: Meeting[]) {
  return writeArticles(store, [toArticleRecord(a, extraction(a, meetings), kb)]);
}

interface Row {
  id: string;
  status: string;
  date: string | null;
  sources: number;
  people: string[];
  topics: string[];
}

const MEETINGS = `
MATCH (m:Meeting)
RETURN m.id AS id, m.status AS status, m.date AS date, m.sourceCount AS sources,
       COLLECT { MATCH (p:Person)-[:ATTENDED]->(m) RETURN DISTINCT p.name ORDER BY p.name } AS people,
       COLLECT { MATCH (m)-[:ABOUT]->(t:Topic) RETURN DISTINCT t.name ORDER BY t.name } AS topics
ORDER BY m.status, m.date`;

describe('every report is kept', () => {
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

  const aliyev = person('Ilham Aliyev', 'AZ');
  const tokayev = person('Kassym-Jomart Tokayev', 'KZ');
  const baku = { city: 'Baku', country: 'AZ' };

  it('held-meeting-survives-a-planned-report: talks today and "agreed to meet again" are two meetings', async () => {
    const extracted = extractArticle(await readFixture(), kb);
    // The fixture is only a reproducer while the extractor reads both meetings of the same two people.
    expect(extracted.meetings.map((m) => m.status)).toEqual(expect.arrayContaining(['held', 'planned']));
    const summary = await ingestFiles(store, [FIXTURE], { report: null });
    expect(summary.failed).toEqual([]);
    const rows = await store.query<Row>(MEETINGS);
    expect(rows).toHaveLength(extracted.meetings.length);
    expect(rows.filter((r) => r.status === 'held')).toHaveLength(extracted.meetings.filter((m) => m.status === 'held').length);
    const held = rows.find((r) => r.status === 'held' && r.date === '2025-06-04');
    expect(held).toMatchObject({ people: ['Ilham Aliyev', 'Kassym-Jomart Tokayev'], sources: 1 });
    // The topics of the talks stay with the talks.
    expect(held?.topics).toEqual(expect.arrayContaining(['energy', 'trade']));
    for (const r of rows.filter((x) => x.status === 'planned')) expect(r.topics).not.toContain('energy');

    const before = await graphSnapshot(store);
    expect((await ingestFiles(store, [FIXTURE], { report: null })).unchanged).toBe(1);
    expect(await graphSnapshot(store)).toEqual(before);
    const [a] = await store.query<{ id: string }>('MATCH (a:Article) RETURN a.id AS id');
    await removeArticles(store, [a!.id]);
    expect(await store.query('MATCH (n) WHERE n:Meeting OR n:Person OR n:Place OR n:Article RETURN count(n) AS n')).toEqual([{ n: 0 }]);
  });

  it('keeps a wider round and a two-person meeting of the same day apart when one article tells both', async () => {
    const ministers = [person('S. Jaishankar', 'IN', 'foreign minister'), person('Rajnath Singh', 'IN', 'defence minister'),
      person('Yoko Kamikawa', 'JP', 'foreign minister'), person('Minoru Kihara', 'JP', 'defence minister')];
    const place = { city: 'New Delhi', country: 'IN' };
    await ingest(store, article('2plus2.txt', 'Two plus two.', { publishedAt: '2024-08-20' }), [
      meeting(ministers, { date: '2024-08-20', location: place }),
      meeting([ministers[1]!, ministers[3]!], { date: '2024-08-20', location: place }),
    ]);
    const rows = await store.query<Row>(MEETINGS);
    expect(rows.map((r) => r.people.length).sort()).toEqual([2, 4]);
    // A second article about the wider round joins it, not the bilateral.
    const second = await ingest(store, article('2plus2-b.txt', 'The 2+2 dialogue.', { publishedAt: '2024-08-20' }), [
      meeting(ministers, { date: '2024-08-20', location: place }),
    ]);
    expect(second.articles[0]?.merged).toBe(1);
    const after = await store.query<Row>(MEETINGS);
    expect(after.map((r) => [r.people.length, r.sources]).sort()).toEqual([[2, 1], [4, 2]]);
  });

  it('a later article merges its held report into the held meeting and its plan into the plan', async () => {
    const first = article('first.txt', 'Talks, and a plan.', { publishedAt: '2025-06-04' });
    await ingest(store, first, [
      meeting([aliyev, tokayev], { date: '2025-06-04', location: baku }),
      meeting([tokayev, aliyev], { status: 'planned', date: null, location: baku, topics: [] }),
    ]);
    await ingest(store, article('second.txt', 'The same, told again in another order.', { publishedAt: '2025-06-05' }), [
      meeting([tokayev, aliyev], { status: 'planned', date: null, location: baku, topics: [] }),
      meeting([tokayev, aliyev], { date: '2025-06-04', location: baku }),
    ]);
    const rows = await store.query<Row>(MEETINGS);
    expect(rows.map((r) => [r.status, r.sources])).toEqual([
      ['held', 2],
      ['planned', 2],
    ]);
  });

  it('merges a planned and a held report across articles only when date and place are compatible', async () => {
    await ingest(store, article('held.txt', 'They met in Baku.', { publishedAt: '2025-06-04' }), [
      meeting([aliyev, tokayev], { date: '2025-06-04', location: baku }),
    ]);
    // Planned for the same year, but in Kazakhstan: another meeting.
    await ingest(store, article('elsewhere.txt', 'A visit to Kazakhstan this year.', { publishedAt: '2025-03-01' }), [
      meeting([aliyev, tokayev], { status: 'planned', date: '2025', location: { city: null, country: 'KZ' } }),
    ]);
    // Planned for June in Baku: the meeting that was then held.
    const plan = await ingest(store, article('plan.txt', 'Tokayev will visit Baku in June.', { publishedAt: '2025-05-20' }), [
      meeting([tokayev, aliyev], { status: 'planned', date: '2025-06', location: baku }),
    ]);
    expect(plan.articles[0]?.merged).toBe(1);
    const rows = await store.query<Row>(MEETINGS);
    expect(rows.map((r) => [r.status, r.date, r.sources])).toEqual([
      ['held', '2025-06-04', 2],
      ['planned', '2025', 1],
    ]);
  });

  it('re-ingesting and retracting an article of several reports is exact', async () => {
    const url = 'https://news.example/baku-talks';
    const told = (text: string, extra: Partial<Meeting> = {}) =>
      ingest(store, article('u.txt', text, { url, publishedAt: '2025-06-04' }), [
        meeting([aliyev, tokayev], { date: '2025-06-04', location: baku, ...extra }),
        meeting([aliyev, tokayev], { status: 'planned', date: null, location: baku, topics: [] }),
      ]);
    await ingest(store, article('other.txt', 'Another report of the talks.', { publishedAt: '2025-06-04' }), [
      meeting([aliyev, tokayev], { date: '2025-06-04', location: baku }),
    ]);
    const alone = await graphSnapshot(store);
    await told('First version.');
    const clean = await graphSnapshot(store);
    await told('First version.');
    expect(await graphSnapshot(store)).toEqual(clean);
    await told('Second version.', { topics: [] });
    await told('First version.');
    expect(await graphSnapshot(store)).toEqual(clean);
    const [a] = await store.query<{ id: string }>('MATCH (a:Article {url: $url}) RETURN a.id AS id', { url });
    await removeArticles(store, [a!.id]);
    expect(await graphSnapshot(store)).toEqual(alone);
  });
});
