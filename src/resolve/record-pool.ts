/**
 * Extraction off the caller's thread: a few worker threads (DKG_EXTRACT_WORKERS) turn articles
 * into records, each article within a time budget (DKG_EXTRACT_TIMEOUT). The API uses it so
 * that one huge article never freezes every other request; past the budget the worker is
 * stopped, replaced, and the article refused with EXTRACT_TIMEOUT.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../domain/errors.js';
import type { Article } from '../domain/model.js';
import type { DatedRecord } from './dated-record.js';
import type { RecordJob, RecordReply } from './record-worker.js';

export interface RecordPoolOptions {
  size: number;
  timeoutMs: number;
  peopleFile: string | null;
}

export interface RecordPool {
  record(article: Article, today: string): Promise<DatedRecord>;
  close(): Promise<void>;
}

/**
 * How to start the worker: its compiled JavaScript beside this file in a build; under tsx (dev,
 * tests) its TypeScript, through a small script that registers tsx's require hook in the
 * thread first: a worker does not inherit the loader, and on Node 20 neither `--import tsx`
 * in its execArgv nor tsx's ESM loader imported inside it applies to its entry.
 */
export function workerEntry(here: string = import.meta.url): { script: URL | string; eval: boolean } {
  const js = new URL('./record-worker.js', here);
  if (existsSync(fileURLToPath(js))) return { script: js, eval: false };
  // By absolute address: a bare "tsx" would be looked up from the working directory.
  const tsx = createRequire(here).resolve('tsx/cjs/api');
  const ts = fileURLToPath(new URL('./record-worker.ts', here));
  return { script: `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(ts)});`, eval: true };
}

interface Task {
  job: RecordJob;
  resolve(dated: DatedRecord): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

export function createRecordPool(opts: RecordPoolOptions): RecordPool {
  const entry = workerEntry();
  const queue: Task[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let closed = false;

  const finish = (slot: Slot): Task | null => {
    const task = slot.task;
    if (slot.timer) clearTimeout(slot.timer);
    slot.task = null;
    slot.timer = null;
    return task;
  };

  const spawn = (): Slot => {
    const worker = new Worker(entry.script, { workerData: { peopleFile: opts.peopleFile }, eval: entry.eval });
    const slot: Slot = { worker, task: null, timer: null };
    worker.on('message', (reply: RecordReply) => {
      const task = finish(slot);
      if (task && 'dated' in reply) task.resolve(reply.dated);
      else if (task && 'error' in reply) {
        task.reject(new AppError('INPUT_MALFORMED', `extraction failed: ${reply.error}`, task.job.article.source));
      }
      pump();
    });
    worker.on('error', (e) => replace(slot, new AppError('INPUT_MALFORMED', `extraction failed: ${e.message}`, slot.task?.job.article.source ?? null)));
    worker.unref();
    return slot;
  };

  /** A worker that failed or ran over its budget is stopped and another takes its place. */
  const replace = (slot: Slot, error: Error): void => {
    const task = finish(slot);
    task?.reject(error);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
    pump();
  };

  const pump = (): void => {
    while (!closed && queue.length > 0) {
      let slot = slots.find((s) => s.task === null);
      if (!slot && slots.length < opts.size) slots.push((slot = spawn()));
      if (!slot) return;
      const task = queue.shift()!;
      slot.task = task;
      const running = slot;
      slot.timer = setTimeout(() => {
        const seconds = opts.timeoutMs / 1000;
        replace(running, new AppError('EXTRACT_TIMEOUT', `extraction took longer than ${seconds} s (DKG_EXTRACT_TIMEOUT); split the text into smaller articles`, task.job.article.source));
      }, opts.timeoutMs);
      slot.worker.postMessage(task.job);
    }
  };

  return {
    record(article, today) {
      if (closed) return Promise.reject(new Error('the record pool is closed'));
      return new Promise<DatedRecord>((resolve, reject) => {
        queue.push({ job: { id: nextId++, article, today }, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const t of queue.splice(0)) t.reject(new Error('the record pool is closed'));
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}
