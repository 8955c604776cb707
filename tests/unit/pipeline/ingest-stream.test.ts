import { describe, expect, it, vi } from 'vitest';

// Scheduling only: extraction is made slow and counted, the store answers after a few turns
// of the event loop, as a driver does between the queries of one transaction.
let extracted = 0;
const extractedWhenWritten: number[] = [];

vi.mock('../../../src/extract/index.js', () => ({
  extractArticle: () => {
    const until = performance.now() + 2;
    while (performance.now() < until); // 2 ms of work, like a real article
    extracted += 1;
    return { article: { publishedAt: null }, meetings: [] };
  },
}));
vi.mock('../../../src/resolve/records.js', async () => {
  const { articleId } = await import('../../../src/resolve/ids.js');
  return {
    toArticleRecord: (article: { source: string; text: string }) => ({ id: articleId(null, article.text), source: article.source, meetings: [] }),
  };
});
vi.mock('../../../src/store/article-writes.js', () => ({
  storedVersions: async () => new Map<string, never>(),
  writeArticles: async (_store: unknown, records: { id: string; source: string }[]) => {
    for (let query = 0; query < 8; query++) await new Promise<void>((resolve) => setImmediate(resolve));
    extractedWhenWritten.push(extracted);
    return { articles: records.map((r) => ({ id: r.id, source: r.source, outcome: 'new', meetings: 0, merged: 0 })) };
  },
}));

const { ingestStream } = await import('../../../src/pipeline/ingest-stream.js');

async function* articles(n: number) {
  for (let i = 0; i < n; i++) {
    yield { ok: true as const, article: { source: `a${i}`, title: null, text: `text ${i}`, publishedAt: null, publisher: null, section: null, url: null } };
  }
}

describe('ingestStream', () => {
  it('lets a batch\'s write go on while the next batch is extracted', async () => {
    const summary = await ingestStream({} as never, {} as never, articles(60), { batchSize: 20 });
    expect(summary.articles).toBe(60);
    // The first batch's eight queries must not wait for all of the second batch's extraction
    // (40 articles done): its write ends while that extraction is under way.
    expect(extractedWhenWritten[0]).toBeGreaterThan(20);
    expect(extractedWhenWritten[0]).toBeLessThan(40);
  });
});
