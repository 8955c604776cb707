/**
 * Mutations over real HTTP: the API key guard, ingestion with per-article outcomes,
 * retraction, and analyst curation (corrections, splits, person merges) that survives
 * re-ingesting the same and a changed article, with its audit trail.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/driver.js';
import { freshStore, wipe } from '../helpers/db.js';
import { article, meeting, person } from '../helpers/articles.js';
import { aliyev, API_KEY, bearer, ingest, putin, SETTINGS, startApi, type ApiServer } from './api-harness.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const fingerprint = createHash('sha256').update(API_KEY).digest('hex').slice(0, 16);

describe('GraphQL mutations and curation', () => {
  let store: Store;
  let api: ApiServer;
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

  const mutate = async (query: string, variables: Record<string, unknown> = {}): Promise<Json> => {
    const reply = await api.gql<Json>(query, variables, bearer);
    expect(reply.errors).toBeUndefined();
    return reply.data as Json;
  };
  const read = async (query: string, variables: Record<string, unknown> = {}): Promise<Json> => {
    const reply = await api.gql<Json>(query, variables);
    expect(reply.errors).toBeUndefined();
    return reply.data as Json;
  };

  // One meeting in Baku, reported by one article at a URL, so a changed text replaces it.
  const url = 'https://news.example/baku';
  const report = (text: string, topics: string[] = ['energy']) =>
    ingest(store, article('baku.txt', text, { url, publishedAt: '2024-08-19', title: 'Putin in Baku' }), [
      meeting([aliyev, putin], {
        date: '2024-08-19',
        location: { city: 'Baku', country: 'AZ' },
        topics: topics.map((name) => ({ name: name as 'energy', status: 'discussed' as const, evidence: `On ${name}.` })),
      }),
    ]);
  const onlyMeeting = async (): Promise<Json> =>
    (await read(`{ meetings { totalCount edges { node { id date datePrecision settingKind settingEvent corrected sourceCount
      place { id } topics { name } participants { person { id } } corrections { kind details note keyFingerprint at } } } } }`)).meetings;

  it('refuses mutations without the key, with a wrong key, and when no key is configured', async () => {
    const op = 'mutation { removeArticle(id: "a-x") { removed } }';
    const none = await api.gql(op);
    expect(none.errors?.[0]).toMatchObject({ message: expect.stringMatching(/Authorization: Bearer/), extensions: { code: 'UNAUTHENTICATED' } });
    expect(none.data).toBeNull();
    const wrong = await api.gql(op, {}, { authorization: 'Bearer nope' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const keyless = await startApi(store, { ...SETTINGS, apiKey: null });
    try {
      const refused = await keyless.gql(op, {}, bearer);
      expect(refused.errors?.[0]).toMatchObject({ message: expect.stringMatching(/no API key is configured: set the environment variable DKG_API_KEY/), extensions: { code: 'FORBIDDEN' } });
      // Queries stay open.
      expect((await keyless.gql('{ meetings { totalCount } }')).data).toEqual({ meetings: { totalCount: 0 } });
    } finally {
      await keyless.close();
    }
  });

  it('ingests articles with one outcome each, failures included, and retracts one', async () => {
    const text = 'BAKU, Aug 19 (Reuters) - Azerbaijani President Ilham Aliyev met Russian President Vladimir Putin in Baku on Monday, the Kremlin said.';
    const q = `mutation($articles: [ArticleInput!]!) { ingestArticles(articles: $articles) {
      written failed articles { index source id outcome meetings error { code message } } } }`;
    const articles = [
      { text, url: 'https://news.example/reuters-baku', publishedAt: '2024-08-19', title: 'Aliyev meets Putin', source: 'reuters' },
      { text: '   ', source: 'empty' },
      { text: 'Some text.', publishedAt: '19 August', source: 'bad-date' },
      { text: 'x'.repeat(SETTINGS.maxInputBytes + 1), source: 'huge' },
    ];
    const first = (await mutate(q, { articles })).ingestArticles;
    expect(first.written).toBe(1);
    expect(first.failed).toBe(3);
    expect(first.articles.map((a: Json) => [a.index, a.source, a.outcome, a.error?.code ?? null])).toEqual([
      [0, 'reuters', 'NEW', null],
      [1, 'empty', 'FAILED', 'INPUT_EMPTY'],
      [2, 'bad-date', 'FAILED', 'BAD_USER_INPUT'],
      [3, 'huge', 'FAILED', 'INPUT_TOO_LARGE'],
    ]);
    expect(first.articles[2].error.message).toMatch(/publishedAt must be an ISO date/);
    const id = first.articles[0].id as string;
    const again = (await mutate(q, { articles: [articles[0]] })).ingestArticles;
    expect(again.articles[0]).toMatchObject({ id, outcome: 'UNCHANGED' });
    expect((await read('query($id: ID!) { article(id: $id) { title url } }', { id })).article).toEqual({
      title: 'Aliyev meets Putin',
      url: 'https://news.example/reuters-baku',
    });
    const removed = (await mutate('mutation($id: ID!) { removeArticle(id: $id) { removed } }', { id })).removeArticle;
    expect(removed).toEqual({ removed: true });
    expect((await read('query($id: ID!) { article(id: $id) { id } }', { id })).article).toBeNull();
    expect((await read('{ meetings { totalCount } }')).meetings.totalCount).toBe(0);
  });

  it('keeps a correction through re-ingesting the same and a changed article', async () => {
    await report('Putin came to Baku.');
    const [before] = (await onlyMeeting()).edges;
    const id = before.node.id as string;
    const corrected = (
      await mutate(
        `mutation($id: ID!) { correctMeeting(id: $id, note: "Held at the CIS summit", patch: {
          date: "2024-08-20", settingKind: SIDELINES, settingEvent: "CIS summit" }) { id date settingKind settingEvent corrected } }`,
        { id },
      )
    ).correctMeeting;
    expect(corrected).toEqual({ id, date: '2024-08-20', settingKind: 'SIDELINES', settingEvent: 'CIS summit', corrected: true });

    const expectCorrected = async (topics: string[]): Promise<void> => {
      const m = await onlyMeeting();
      expect(m.totalCount).toBe(1);
      expect(m.edges[0].node).toMatchObject({
        id, date: '2024-08-20', datePrecision: 'day', settingKind: 'SIDELINES', settingEvent: 'CIS summit', corrected: true,
        sourceCount: 1, topics: topics.map((name) => ({ name })),
      });
      expect(m.edges[0].node.corrections).toEqual([
        {
          kind: 'CORRECTION',
          details: JSON.stringify({ date: '2024-08-20', settingKind: 'sidelines', settingEvent: 'CIS summit' }),
          note: 'Held at the CIS summit',
          keyFingerprint: fingerprint,
          at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        },
      ]);
    };
    await expectCorrected(['energy']);
    expect((await report('Putin came to Baku.')).articles[0]?.outcome).toBe('unchanged');
    await expectCorrected(['energy']);
    // The same URL with a changed text: its claims are replaced, the correction stays.
    expect((await report('Putin came to Baku for talks on energy and trade.', ['energy', 'trade'])).articles[0]?.outcome).toBe('replaced');
    await expectCorrected(['energy', 'trade']);
    expect(JSON.stringify(await read('{ auditTrail { keyFingerprint details } }'))).not.toContain(API_KEY);
  });

  it('keeps a person merge through re-ingesting, and redirects later articles', async () => {
    const aliev = person('Ilham Aliev', 'AZ');
    const variant = (text: string) =>
      ingest(store, article('aliev.txt', text, { url: 'https://news.example/aliev', publishedAt: '2024-08-19' }), [
        meeting([aliev, putin], { date: '2024-08-19', location: { city: 'Baku', country: 'AZ' } }),
      ]);
    await report('Putin came to Baku.');
    await variant('Aliev received Putin.');
    // Two spellings, two people, and so two meetings of the same encounter.
    expect((await onlyMeeting()).totalCount).toBe(2);
    const merged = (
      await mutate('mutation { mergePeople(keep: "p-ilham-aliyev", remove: "p-ilham-aliev", note: "same man") { id aliases meetingCount } }')
    ).mergePeople;
    expect(merged.aliases).toContain('Ilham Aliev');
    const check = async (): Promise<void> => {
      expect((await read('{ person(id: "p-ilham-aliev") { id } }')).person).toBeNull();
      const m = await read(`{ meetings { totalCount edges { node { participants { person { id } } } } } }`);
      for (const e of m.meetings.edges) {
        expect(e.node.participants.map((p: Json) => p.person.id)).toEqual(['p-ilham-aliyev', 'p-vladimir-putin']);
      }
      const people = await read('{ search(text: "Aliev") { edges { node { kind id } } } }');
      expect(people.search.edges.map((e: Json) => e.node).filter((h: Json) => h.kind === 'PERSON')).toEqual([{ kind: 'PERSON', id: 'p-ilham-aliyev' }]);
    };
    await check();
    expect((await variant('Aliev received Putin.')).articles[0]?.outcome).toBe('unchanged');
    await check();
    expect((await variant('Aliev received Putin in Baku on Monday.')).articles[0]?.outcome).toBe('replaced');
    await check();
    // A new article naming the merged-away spelling attributes the meeting to the kept person.
    await ingest(store, article('later.txt', 'Aliev called Putin.', { publishedAt: '2024-09-01' }), [
      meeting([aliev, putin], { date: '2024-09-01', modality: 'phone', location: null }),
    ]);
    await check();
    // Once the changed article came again under the kept name, its report joined the meeting
    // the other article reports: one meeting in Baku, and the call.
    expect((await read('{ person(id: "p-ilham-aliyev") { meetingCount } }')).person.meetingCount).toBe(2);
    expect((await onlyMeeting()).edges.map((e: Json) => e.node.sourceCount)).toEqual([1, 2]);
    const [entry] = (await read('{ auditTrail { kind target details note keyFingerprint } }')).auditTrail;
    expect(entry).toEqual({
      kind: 'MERGE',
      target: 'p-ilham-aliyev',
      details: JSON.stringify({ removedId: 'p-ilham-aliev', removedName: 'Ilham Aliev', keepName: 'Ilham Aliyev' }),
      note: 'same man',
      keyFingerprint: fingerprint,
    });
  });

  it('keeps a split meeting apart when its article comes again, changed', async () => {
    await report('Putin came to Baku.');
    const second = article('second.txt', 'Putin and Aliyev met in Baku.', { url: 'https://news.example/second', publishedAt: '2024-08-20' });
    const again = (text: string) =>
      ingest(store, { ...second, text }, [meeting([aliyev, putin], { date: '2024-08-19', location: { city: 'Baku', country: 'AZ' } })]);
    const first = await again('Putin and Aliyev met in Baku.');
    expect(first.articles[0]?.merged).toBe(1);
    const [m] = (await onlyMeeting()).edges;
    const articleId = first.articles[0]?.id as string;
    const split = (
      await mutate('mutation($id: ID!, $a: [ID!]!) { splitMeeting(id: $id, articleIds: $a, note: "two encounters") { original { id sourceCount } split { id sourceCount } } }', {
        id: m.node.id,
        a: [articleId],
      })
    ).splitMeeting;
    expect(split.original).toEqual({ id: m.node.id, sourceCount: 1 });
    expect(split.split.sourceCount).toBe(1);
    const counts = async () =>
      (await read('{ meetings { edges { node { id sourceCount } } } }')).meetings.edges.map((e: Json) => [e.node.id, e.node.sourceCount]).sort();
    const expected = [[m.node.id, 1], [split.split.id, 1]].sort();
    expect(await counts()).toEqual(expected);
    expect((await again('Putin and Aliyev met in Baku, a changed text.')).articles[0]?.outcome).toBe('replaced');
    expect(await counts()).toEqual(expected);
    const bad = await api.gql('mutation($id: ID!) { splitMeeting(id: $id, articleIds: ["a-nope"]) { split { id } } }', { id: m.node.id }, bearer);
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'articleIds' } });
  });
});
