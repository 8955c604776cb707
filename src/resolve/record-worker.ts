/**
 * A worker thread of record-pool.ts: extracts articles into the records the store writes,
 * with its own knowledge base, so that a long article never holds the server's event loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../domain/model.js';
import { extractArticle } from '../extract/index.js';
import { loadKnowledge } from './knowledge.js';
import { toArticleRecord } from './records.js';

export interface RecordJob {
  id: number;
  article: Article;
}

export type RecordReply = { id: number; record: ReturnType<typeof toArticleRecord> } | { id: number; error: string };

const kb = loadKnowledge({ extraPeopleFile: (workerData as { peopleFile: string | null }).peopleFile });

parentPort?.on('message', ({ id, article }: RecordJob) => {
  let reply: RecordReply;
  try {
    reply = { id, record: toArticleRecord(article, extractArticle(article, kb), kb) };
  } catch (e) {
    reply = { id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(reply);
});
