/**
 * Bounded cost per request over real HTTP: bodies are cut at the limit on the bytes read
 * (chunked too), lists over the cap are refused before anything runs, refusals carry codes
 * and no suggestions in production, /health details stay with the operator, and a long
 * article is extracted on a worker thread while the API keeps answering.
 */
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { bearer, seededApi, SETTINGS, startApi } from './api-harness.js';

const MiB = 1024 * 1024;

/** Sends `total` bytes in 1 MiB chunks without a Content-Length; resolves with the status (0 when cut off). */
function sendChunked(base: string, total: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const req = http.request(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' } });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', () => resolve({ status: 0, body: '' }));
    const chunk = Buffer.alloc(MiB, 0x20);
    let sent = 0;
    const write = (): void => {
      while (sent < total) {
        sent += MiB;
        if (!req.write(chunk)) return void req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

/** A meeting sentence repeated until the text is about `bytes` long. */
function longArticle(bytes: number): string {
  const s = 'President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Monday to discuss trade. Macron said he thanked Scholz. ';
  return `Leaders meet\n\nBERLIN, March 3, 2025 -- ${s.repeat(Math.ceil(bytes / s.length))}`;
}

const INGEST = `mutation($articles: [ArticleInput!]!) { ingestArticles(articles: $articles) {
  written failed articles { outcome error { code message } } } }`;

describe('request limits', () => {
  const seeded = seededApi();

  it('cuts a chunked body at the limit with 413 INPUT_TOO_LARGE and holds far less than was sent', async () => {
    global.gc?.();
    const before = process.memoryUsage().rss;
    const reply = await sendChunked(seeded.api.base, 50 * MiB);
    const grown = process.memoryUsage().rss - before;
    // Either the 413 arrives, or the server closed the connection while 50 MiB were still being sent.
    if (reply.status !== 0) {
      expect(reply.status).toBe(413);
      expect(JSON.parse(reply.body).errors[0]).toMatchObject({ extensions: { code: 'INPUT_TOO_LARGE' }, message: expect.stringMatching(/DKG_MAX_QUERY_BYTES/) });
    }
    expect(grown).toBeLessThan(200 * MiB);
    // The server still answers.
    expect((await seeded.api.gql('{ meetings { totalCount } }')).data).toEqual({ meetings: { totalCount: 9 } });
  });

  it('allows larger bodies with the API key than without it', async () => {
    const padding = 'x'.repeat(300 * 1024);
    const query = `{ meetings { totalCount } } # ${padding}`;
    const anonymous = await fetch(`${seeded.api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(anonymous.status).toBe(413);
    const keyed = await seeded.api.gql(query, {}, bearer);
    expect(keyed.data).toEqual({ meetings: { totalCount: 9 } });
  });

  it('refuses lists over 500 items in variables and in the document with BAD_USER_INPUT', async () => {
    const q = 'query($t: [String!]) { meetings(filter: { topics: $t }) { totalCount } }';
    const many = await seeded.api.gql(q, { t: Array.from({ length: 501 }, () => 'trade') });
    expect(many.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: '$t' } });
    expect(many.errors?.[0]?.message).toMatch(/at most 500 items, got 501/);
    const enough = await seeded.api.gql(q, { t: Array.from({ length: 500 }, () => 'trade') });
    expect(enough.errors).toBeUndefined();
    const literal = await seeded.api.gql(`{ meetings(filter: { topics: [${Array.from({ length: 600 }, () => 'trade').join(',')}] }) { totalCount } }`);
    expect(literal.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('in production hides suggestions of enum values and codes refused variables', async () => {
    const prod = await startApi(seeded.store, { ...SETTINGS, development: false });
    try {
      const literal = await prod.gql('{ meetings(filter: { modality: PHON }) { totalCount } }');
      expect(literal.errors?.[0]?.message).toMatch(/does not exist in "Modality" enum/);
      expect(literal.errors?.[0]?.message).not.toMatch(/Did you mean/);
      const variable = await prod.gql('query($m: Modality) { meetings(filter: { modality: $m }) { totalCount } }', { m: 'PHON' });
      expect(variable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    } finally {
      await prod.close();
    }
  });

  it('shows /health details to this machine but only the status to a relayed request', async () => {
    const local = (await (await fetch(`${seeded.api.base}/health`)).json()) as Record<string, unknown>;
    expect(local).toMatchObject({ status: 'ok', neo4j: { connected: true } });
    const relayed = await (await fetch(`${seeded.api.base}/health`, { headers: { 'x-forwarded-for': '203.0.113.7' } })).json();
    expect(relayed).toEqual({ status: 'ok' });
    const keyed = await (await fetch(`${seeded.api.base}/health`, { headers: { 'x-forwarded-for': '203.0.113.7', ...bearer } })).json();
    expect(keyed).toMatchObject({ neo4j: { connected: true } });
  });
});

describe('extraction on worker threads', () => {
  const seeded = seededApi(async () => undefined, { ...SETTINGS, maxInputBytes: 8 * MiB, extractWorkers: 1 });

  it('keeps answering queries and /health while a long article is extracted', async () => {
    const order: string[] = [];
    const ingest = seeded.api.gql(INGEST, { articles: [{ text: longArticle(3 * MiB), source: 'long' }] }, bearer).then((r) => {
      order.push('ingest');
      return r;
    });
    // Give the request time to reach the worker.
    await new Promise((r) => setTimeout(r, 300));
    await fetch(`${seeded.api.base}/health`).then(() => order.push('health'));
    await seeded.api.gql('{ meetings { totalCount } }').then(() => order.push('query'));
    const result = await ingest;
    expect(order).toEqual(['health', 'query', 'ingest']);
    expect(result.data).toMatchObject({ ingestArticles: { written: 1, failed: 0 } });
  });

  it('refuses an article whose extraction runs past DKG_EXTRACT_TIMEOUT with EXTRACT_TIMEOUT, and goes on', async () => {
    const strict = await startApi(seeded.store, { ...SETTINGS, maxInputBytes: 8 * MiB, extractWorkers: 1, extractTimeoutMs: 500 });
    try {
      // Another text than the test above wrote, so it is extracted rather than found unchanged.
      const slow = await strict.gql(INGEST, { articles: [{ text: `Second report\n\n${longArticle(3 * MiB)}`, source: 'too-long' }] }, bearer);
      expect(slow.data).toMatchObject({ ingestArticles: { written: 0, failed: 1 } });
      const outcome = (slow.data as { ingestArticles: { articles: { error: { code: string; message: string } }[] } }).ingestArticles.articles[0];
      expect(outcome?.error.code).toBe('EXTRACT_TIMEOUT');
      expect(outcome?.error.message).toMatch(/DKG_EXTRACT_TIMEOUT/);
    } finally {
      await strict.close();
    }
  });
});
