/**
 * One ingest path: the same files given to `dkg ingest` and, as they are, to the
 * ingestArticles mutation of a real HTTP server build the same graph with the same article ids.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLES } from '../helpers/test-config.js';
import { formatByExtension } from '../../src/ingest/formats.js';
import { listInputs } from '../../src/ingest/index.js';
import type { Store } from '../../src/store/driver.js';
import { runCli } from '../helpers/cli.js';
import { freshStore, wipe } from '../helpers/db.js';
import { tempDir } from '../helpers/local.js';
import { graphSnapshot } from '../helpers/snapshot.js';
import { bearer, startApi, type ApiServer } from './api-harness.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const INGEST = `mutation($articles: [ArticleInput!]!) { ingestArticles(articles: $articles) {
  written failed articles { index source id outcome meetings error { code message } } } }`;

async function sampleFiles(): Promise<string[]> {
  const files: string[] = [];
  for await (const f of listInputs([FIXTURE_ARTICLES])) files.push(f);
  return files;
}

/** A file as an API client would send it: its content, and its kind from its extension. */
function asInput(file: string): Json {
  return { text: readFileSync(file, 'utf8'), format: (formatByExtension(file) ?? 'text').toUpperCase(), source: path.basename(file) };
}

describe('one ingest path', () => {
  let store: Store;
  let api: ApiServer;
  let files: string[];
  beforeAll(async () => {
    store = await freshStore();
    api = await startApi(store);
    files = await sampleFiles();
  });
  beforeEach(async () => {
    await wipe(store);
  });
  afterAll(async () => {
    await api.close();
    await store.close();
  });

  const viaApi = async (articles: Json[]): Promise<Json> => {
    const reply = await api.gql<Json>(INGEST, { articles }, bearer);
    expect(reply.errors).toBeUndefined();
    return (reply.data as Json).ingestArticles;
  };

  it('the sample files give the same graph and article ids via dkg ingest and via the mutation', async () => {
    expect(files.length).toBeGreaterThan(40);
    const cli = await runCli(['ingest', ...files, '--report', path.join(tempDir('dkg-path-'), 'report.json')]);
    expect(cli.code, cli.stderr).toBe(0);
    const byCli = await graphSnapshot(store);
    const cliIds = (await store.query<{ id: string }>('MATCH (a:Article) RETURN a.id AS id ORDER BY id')).map((r) => r.id);

    await wipe(store);
    const result = await viaApi(files.map(asInput));
    expect(result.failed).toBe(0);
    expect(result.written).toBe(cliIds.length);
    expect([...new Set(result.articles.map((a: Json) => a.id as string))].sort()).toEqual(cliIds);
    expect(await graphSnapshot(store)).toEqual(byCli);

    // And the other way round: what the API stored, the command line finds unchanged.
    const again = await runCli(['ingest', ...files, '--report', path.join(tempDir('dkg-path-'), 'report.json')]);
    expect(again.stderr).toMatch(new RegExp(`${cliIds.length} articles: 0 new, ${cliIds.length} unchanged`));
  });

  it('a multi-article input gives one outcome per article, and a bad input fails alone', async () => {
    const feed = files.find((f) => f.endsWith('.jsonl')) as string;
    const seed = files.find((f) => f.endsWith('seed-aliyev-putin.txt')) as string;
    const result = await viaApi([
      { ...asInput(feed), source: 'wire' },
      { ...asInput(feed), source: 'wire-titled', title: 'One title for three stories' },
      { text: 'Line one.\u0000', source: 'binary' },
      asInput(seed),
    ]);
    const rows = result.articles.map((a: Json) => [a.index, a.source, a.outcome, a.error?.code ?? null]);
    expect(rows).toEqual([
      [0, 'wire#1', 'NEW', null],
      [0, 'wire#2', 'NEW', null],
      [0, 'wire#3', 'NEW', null],
      [1, 'wire-titled#1', 'FAILED', 'BAD_USER_INPUT'],
      [1, 'wire-titled#2', 'FAILED', 'BAD_USER_INPUT'],
      [1, 'wire-titled#3', 'FAILED', 'BAD_USER_INPUT'],
      [2, 'binary', 'FAILED', 'INPUT_NOT_TEXT'],
      [3, 'seed-aliyev-putin.txt', 'NEW', null],
    ]);
    expect(result.articles[3].error.message).toMatch(/^wire-titled#1: title given, but this input holds 3 articles/);
    expect(await store.query('MATCH (a:Article) RETURN count(a) AS n')).toEqual([{ n: 4 }]);
  });
});
