/**
 * A worker thread of record-pool.ts: extracts articles into the records the store writes,
 * with its own knowledge base, so that a long article never holds the server's event loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../domain/model.js';
import { datedRecord, type DatedRecord } from './dated-record.js';
import { loadKnowledge } from '../knowledge/knowledge.js';

export interface RecordJob {
  id: number;
  article: Article;
  today: string;
}

export type RecordReply = { id: number; dated: DatedRecord } | { id: number; error: string };

const kb = loadKnowledge({ extraPeopleFile: (workerData as { peopleFile: string | null }).peopleFile });

parentPort?.on('message', ({ id, article, today }: RecordJob) => {
  let reply: RecordReply;
  try {
    reply = { id, dated: datedRecord(article, kb, today) };
  } catch (e) {
    reply = { id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(reply);
});
