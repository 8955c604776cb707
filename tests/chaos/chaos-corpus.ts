/**
 * What the fault suite writes and compares: a synthetic corpus (bench/corpus.ts: visits,
 * calls, plans, the same meeting reported twice), sized by DKG_CHAOS_SCALE, and the graph one
 * clean in-process run makes of it.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { generateCorpus, writeCorpus } from '../../bench/corpus.js';
import { config } from '../../src/config.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';
import type { Store } from '../../src/store/driver.js';
import { ingestPaths } from '../../src/pipeline/ingest-pipeline.js';
import { wipe } from '../helpers/db.js';
import { testConfig } from '../helpers/test-config.js';
import { graphChecksum } from '../helpers/graph-checksum.js';
import { tempDir } from '../helpers/local.js';

export const SCALE = testConfig().chaosScale;

/** 40 short articles at scale 1: a third of the events reported twice, so writers meet on shared meetings. */
export function writeChaosCorpus(size = 40 * SCALE): string {
  const dir = tempDir('dkg-chaos-');
  writeCorpus(dir, generateCorpus(loadKnowledge(), { size, seed: 11, fillerSentences: 2 }));
  return dir;
}

/** A copy of some of the corpus's files, named so that they list in another order. */
export function subset(dir: string, pick: (i: number, n: number) => boolean, reverse: boolean): string {
  const out = tempDir('dkg-chaos-part-');
  mkdirSync(out, { recursive: true });
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const chosen = files.filter((_, i) => pick(i, files.length));
  (reverse ? [...chosen].reverse() : chosen).forEach((f, i) => copyFileSync(path.join(dir, f), path.join(out, `${String(i).padStart(5, '0')}-${f}`)));
  return out;
}

/** The checksum of the graph one process makes of `dir` from an empty database; leaves it empty. */
export async function cleanChecksum(store: Store, dir: string): Promise<string> {
  await wipe(store);
  const cfg = config();
  await ingestPaths(store, [dir], { peopleFile: null, maxInputBytes: cfg.maxInputBytes, ingestBatchSize: 200 });
  const sum = await graphChecksum(store);
  await wipe(store);
  return sum;
}

export async function count(store: Store, cypher: string): Promise<number> {
  const [row] = await store.query<{ n: number }>(cypher);
  return Number(row?.n ?? 0);
}

/**
 * A TCP relay in front of Neo4j: `cut` drops every connection and refuses new ones, as a
 * killed server does, and `restore` lets them through again, without restarting the test's Neo4j.
 */
export interface Relay {
  uri: string;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function relayTo(target: string): Promise<Relay> {
  const { hostname, port } = new URL(target.replace(/^bolt/, 'http'));
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let listenPort = 0;
  const listen = (): Promise<void> =>
    new Promise((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(port), hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(listenPort, '127.0.0.1', () => {
        listenPort = (server?.address() as net.AddressInfo).port;
        resolve();
      });
    });
  const cut = async (): Promise<void> => {
    const s = server;
    server = null;
    for (const sock of sockets) sock.destroy();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };
  await listen();
  return { uri: `bolt://127.0.0.1:${listenPort}`, cut, restore: listen, close: cut };
}
