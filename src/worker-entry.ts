/**
 * Starts a worker thread from the same call whether the caller runs as TypeScript (tests,
 * tsx) or as the compiled JavaScript in dist/: the entry is the sibling of `from` (the
 * caller's import.meta.url) named `name`, with the caller's own extension. A TypeScript
 * entry needs tsx's loader, which a worker inherits neither from its parent's hooks nor
 * (on Node 20) from `--import` in execArgv, so a two-line bootstrap registers it first;
 * compiled entries start directly, with production dependencies only.
 *   const worker = startWorker('record-worker', import.meta.url, { workerData });
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function startWorker(name: string, from: string, options: WorkerOptions = {}): Worker {
  if (!from.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, from), options);
  const entry = new URL(`./${name}.ts`, from).href;
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
