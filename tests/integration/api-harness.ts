/**
 * Shared by the api-*.int.test.ts files: a real HTTP server over the app backed by the test
 * Neo4j, a GraphQL client for it, and the hand-made articles the API tests query.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, inject } from 'vitest';
import { createApp } from '../../src/api/app.js';
import type { ApiSettings } from '../../src/api/settings.js';
import type { Article, Meeting, Participant } from '../../src/domain/model.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';
import { toArticleRecord } from '../../src/resolve/records.js';
import { writeArticles } from '../../src/store/article-writes.js';
import type { Store } from '../../src/store/driver.js';
import { article, extraction, meeting, person } from '../helpers/articles.js';
import { freshStore } from '../helpers/db.js';

export const API_KEY = 'test-key-0123456789abcdef';

export const SETTINGS: ApiSettings = {
  apiKey: API_KEY,
  graphiql: true,
  introspection: true,
  development: true,
  maxInputBytes: 64 * 1024,
  peopleFile: null,
  ingestBatchSize: 200,
};

export interface GraphQLReply<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

export interface ApiServer {
  base: string;
  close(): Promise<void>;
  /** POSTs a GraphQL operation as JSON. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLReply<T>>;
}

export async function startApi(store: Store, settings: ApiSettings = SETTINGS): Promise<ApiServer> {
  const server = http.createServer(createApp({ store, uri: inject('neo4j').uri, managed: true, api: settings }));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    close: () => new Promise<void>((r) => server.close(() => r())),
    async gql<T>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Omit<GraphQLReply<T>, 'status'>;
      return { status: res.status, ...body };
    },
  };
}

export const bearer = { authorization: `Bearer ${API_KEY}` };

const kb = loadKnowledge();

export async function ingest(store: Store, a: Article, meetings: Meeting[]) {
  return writeArticles(store, [toArticleRecord(a, extraction(a, meetings), kb)]);
}

export const aliyev = person('Ilham Aliyev', 'AZ');
export const putin = person('Vladimir Putin', 'RU');
export const erdogan = person('Recep Tayyip Erdogan', 'TR');
export const modi = person('Narendra Modi', 'IN', 'prime minister');
export const guterres = person('Antonio Guterres', null, 'secretary-general', 'UN');

const as = (p: Participant, side: 'visitor' | 'host'): Participant => ({ ...p, side });
const topic = (name: Meeting['topics'][number]['name'], status: 'discussed' | 'expected' = 'discussed') => ({
  name,
  status,
  evidence: `They discussed ${name}.`,
});

/**
 * Nine meetings in nine articles (one reported twice):
 *   2015-06-10 Aliyev visits Putin in Moscow (energy)
 *   2024-04-22 Aliyev visits Putin in Moscow (energy, trade)
 *   2024-08-19 Putin visits Aliyev in Baku (security, trade)
 *   2024-10-08 Aliyev-Putin phone call (energy)
 *   2024-10-23 Aliyev-Putin in Kazan on the BRICS summit sidelines (transport), reported twice
 *   2024-10-23 Putin-Modi in Kazan, same summit (trade)
 *   2025-02-10 Erdogan-Aliyev in Ankara (energy)
 *   2025-03-05 Guterres (UN)-Aliyev in Baku (climate)
 *   2025-06    Aliyev-Putin, planned (trade, expected)
 */
export async function seedGraph(store: Store): Promise<void> {
  const news = (n: number, text: string, publishedAt: string, title: string) =>
    article(`a${n}.txt`, text, { url: `https://news.example/${n}`, publishedAt, title });
  await ingest(store, news(1, 'Aliyev arrived in Moscow for talks with Putin on energy.', '2015-06-10', 'Aliyev in Moscow'), [
    meeting([as(aliyev, 'visitor'), as(putin, 'host')], { date: '2015-06-10', evidence: ['Aliyev arrived in Moscow for talks with Putin.'] }),
  ]);
  await ingest(store, news(2, 'Aliyev visited Moscow again, talking energy and trade.', '2024-04-22', 'Aliyev returns to Moscow'), [
    meeting([as(aliyev, 'visitor'), as(putin, 'host')], {
      date: '2024-04-22',
      topics: [topic('energy'), topic('trade')],
      evidence: ['Aliyev visited Moscow again.'],
    }),
  ]);
  await ingest(store, news(3, 'Putin came to Baku for a state visit.', '2024-08-19', 'Putin in Baku'), [
    meeting([as(putin, 'visitor'), as(aliyev, 'host')], {
      date: '2024-08-19',
      location: { city: 'Baku', country: 'AZ' },
      topics: [topic('security'), topic('trade')],
      evidence: ['Putin came to Baku.'],
    }),
  ]);
  await ingest(store, news(4, 'Aliyev and Putin spoke by phone about gas.', '2024-10-08', 'A call on gas'), [
    meeting([aliyev, putin], { date: '2024-10-08', modality: 'phone', location: null, cameo: '040', evidence: ['They spoke by phone.'] }),
  ]);
  await ingest(store, news(5, 'On the sidelines of the BRICS summit in Kazan, Putin met Aliyev and Modi.', '2024-10-23', 'Kazan summit'), [
    meeting([aliyev, putin], {
      date: '2024-10-23',
      location: { city: 'Kazan', country: 'RU' },
      setting: { kind: 'sidelines', event: 'BRICS summit' },
      topics: [topic('transport')],
      evidence: ['Putin met Aliyev in Kazan.'],
    }),
    meeting([putin, modi], {
      date: '2024-10-23',
      location: { city: 'Kazan', country: 'RU' },
      setting: { kind: 'sidelines', event: 'BRICS summit' },
      topics: [topic('trade')],
      evidence: ['Putin met Modi in Kazan.'],
    }),
  ]);
  await ingest(store, news(6, 'Aliyev and Putin talked transport corridors in Kazan.', '2024-10-24', 'Corridors in Kazan'), [
    meeting([aliyev, putin], {
      date: '2024-10-23',
      location: { city: 'Kazan', country: 'RU' },
      setting: { kind: 'sidelines', event: 'BRICS summit' },
      topics: [topic('transport')],
      evidence: ['Aliyev and Putin talked transport corridors.'],
    }),
  ]);
  await ingest(store, news(7, 'Erdogan hosted Aliyev in Ankara.', '2025-02-10', 'Aliyev in Ankara'), [
    meeting([erdogan, aliyev], { date: '2025-02-10', location: { city: 'Ankara', country: 'TR' }, evidence: ['Erdogan hosted Aliyev.'] }),
  ]);
  await ingest(store, news(8, 'Guterres met Aliyev in Baku about the climate.', '2025-03-05', 'Guterres in Baku'), [
    meeting([guterres, aliyev], {
      date: '2025-03-05',
      location: { city: 'Baku', country: 'AZ' },
      topics: [topic('climate')],
      evidence: ['Guterres met Aliyev in Baku.'],
    }),
  ]);
  await ingest(store, news(9, 'Aliyev is expected to meet Putin in June.', '2025-05-01', 'A June meeting'), [
    meeting([aliyev, putin], {
      date: '2025-06',
      status: 'planned',
      location: null,
      topics: [topic('trade', 'expected')],
      evidence: ['Aliyev is expected to meet Putin in June.'],
    }),
  ]);
}

/**
 * For a describe block (or a file): before its tests, an emptied database seeded with `seed`
 * (by default `seedGraph`) and the API over it; after them, both closed. Read the fields
 * inside tests and hooks.
 */
export function seededApi(
  seed: (store: Store) => Promise<void> = seedGraph,
  settings: ApiSettings = SETTINGS,
): { store: Store; api: ApiServer } {
  const seeded = {} as { store: Store; api: ApiServer };
  beforeAll(async () => {
    seeded.store = await freshStore();
    await seed(seeded.store);
    seeded.api = await startApi(seeded.store, settings);
  });
  afterAll(async () => {
    await seeded.api.close();
    await seeded.store.close();
  });
  return seeded;
}
