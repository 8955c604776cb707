/**
 * Hostile and ambiguous input through the API: two versions of one URL, impossible and
 * far-future dates, invisible characters inside names, search operator words. Nothing is
 * lost or duplicated without being reported, and no internal error reaches the client.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/driver.js';
import { freshStore, wipe } from '../helpers/db.js';
import { graphChecksum } from '../helpers/graph-checksum.js';
import { API_KEY, startApi, type ApiServer } from '../integration/api-harness.js';
import { count } from './chaos-corpus.js';

const INGEST = `mutation($articles: [ArticleInput!]!) {
  ingestArticles(articles: $articles) { written failed articles { index id outcome meetings error { code message } notes } }
}`;

interface Outcome {
  index: number;
  id: string | null;
  outcome: string;
  meetings: number;
  error: { code: string; message: string } | null;
  notes: string[];
}

const URL = 'https://example.org/2025/03/talks';
const EARLY = { url: URL, publishedAt: '2025-03-01', text: 'Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Ankara on Saturday. They discussed energy.' };
const LATE = { url: URL, publishedAt: '2025-03-05', text: 'Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Wednesday. They discussed trade.' };

describe('inputs made unambiguous', () => {
  let store: Store;
  let api: ApiServer;
  const ingest = async (articles: Record<string, unknown>[]): Promise<Outcome[]> => {
    const res = await api.gql<{ ingestArticles: { articles: Outcome[] } }>(INGEST, { articles }, { authorization: `Bearer ${API_KEY}` });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data?.ingestArticles.articles ?? [];
  };
  beforeAll(async () => {
    store = await freshStore();
    api = await startApi(store);
  });
  beforeEach(async () => {
    await wipe(store);
  });
  afterAll(async () => {
    await api.close();
    await store.close();
  });

  it('keeps the later publication of a URL sent twice, whatever the order, and says the other was superseded', async () => {
    const first = await ingest([EARLY, LATE]);
    expect(first.map((o) => o.outcome)).toEqual(['SUPERSEDED', 'NEW']);
    expect(first[0]?.notes.join(' ')).toMatch(/published later/);
    const kept = await graphChecksum(store);
    const again = await ingest([EARLY, LATE]);
    expect(again.map((o) => o.outcome)).toEqual(['SUPERSEDED', 'UNCHANGED']);
    await wipe(store);
    const reversed = await ingest([LATE, EARLY]);
    expect(reversed.map((o) => o.outcome)).toEqual(['NEW', 'SUPERSEDED']);
    expect(await graphChecksum(store)).toBe(kept);
    // An older version sent later does not replace the stored newer one.
    expect((await ingest([EARLY]))[0]?.outcome).toBe('SUPERSEDED');
    expect(await graphChecksum(store)).toBe(kept);
    expect(await count(store, 'MATCH (a:Article) RETURN count(a) AS n')).toBe(1);
  });

  it('refuses an impossible publication date, naming the article and the field', async () => {
    const json = JSON.stringify({ publishedAt: '2025-02-31', text: EARLY.text });
    const out = await ingest([
      { text: json, format: 'JSON', source: 'feb-31.json' },
      { text: EARLY.text, publishedAt: '2025-02-31', source: 'feb-31-argument' },
    ]);
    expect(out.map((o) => o.outcome)).toEqual(['FAILED', 'FAILED']);
    expect(out[0]?.error?.message).toMatch(/feb-31\.json.*publishedAt "2025-02-31" is not a real date/);
    expect(out[1]?.error?.message).toMatch(/feb-31-argument.*publishedAt "2025-02-31" is not a real date/);
    expect(await count(store, 'MATCH (a:Article) RETURN count(a) AS n')).toBe(0);
  });

  it('keeps a meeting dated in the year 9999 without that date, and reports it', async () => {
    const out = await ingest([
      {
        text: 'ANKARA, May 5, 9999 - Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Ankara on May 5, 9999. They discussed energy.',
        publishedAt: '2025-05-05',
        source: 'year-9999',
      },
    ]);
    expect(out[0]?.outcome).toBe('NEW');
    expect(out[0]?.meetings).toBe(1);
    expect(out[0]?.notes.join(' ')).toMatch(/dated 9999-05-05, more than 5 years after its publication \(2025-05-05\)/);
    expect(await count(store, "MATCH (m:Meeting) WHERE m.date STARTS WITH '9999' RETURN count(m) AS n")).toBe(0);
    expect(await count(store, 'MATCH (m:Meeting) RETURN count(m) AS n')).toBe(1);
  });

  it('reads names with invisible characters inside as the same people', async () => {
    const hidden = EARLY.text.replace('Recep Tayyip', 'Recep\u200d Tayyip').replace('Vladimir Putin', 'Vladimir\u200f Put\u200bin');
    await ingest([{ ...EARLY, url: null }, { ...EARLY, url: null, text: `${hidden} Officials confirmed it.` }]);
    const people = await store.query<{ id: string }>('MATCH (p:Person) RETURN p.id AS id ORDER BY id');
    expect(people.map((p) => p.id)).toEqual(['p-recep-tayyip-erdogan', 'p-vladimir-putin']);
    expect(await count(store, 'MATCH (m:Meeting) RETURN count(m) AS n')).toBe(1);
  });

  it('answers search with operator words and stray syntax as plain text, never an internal error', async () => {
    await ingest([LATE]);
    for (const text of ['NOT', 'AND', 'OR', 'Putin AND', 'OR OR NOT', '(', '"', '*', 'Putin~', 'a:b', '\\', '&& ||']) {
      const res = await api.gql<{ search: unknown[] }>('query($t: String!) { search(text: $t) { id } }', { t: text });
      expect(res.status, text).toBe(200);
      expect(res.errors?.map((e) => e.extensions?.code) ?? [], text).not.toContain('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(res), text).not.toMatch(/\n\s+at |neo4j|lucene/i);
    }
  });
});
