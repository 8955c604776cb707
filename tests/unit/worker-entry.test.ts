/** Worker threads start from the same call under TypeScript (tests, tsx) and in the compiled dist/. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { startWorker } from '../../src/worker-entry.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A folder of ES modules (as the project's package.json declares) holding one worker file. */
function moduleDir(file: string, text: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dkg-worker-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
  writeFileSync(path.join(dir, file), text);
  return dir;
}

function firstMessage(worker: Worker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    worker.once('message', (m) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

describe('a worker started by name', () => {
  it('runs the TypeScript sibling through tsx when the caller is TypeScript', async () => {
    const dir = moduleDir('echo.ts', "import { parentPort, workerData } from 'node:worker_threads';\nconst n: number = workerData;\nparentPort?.postMessage(n + 1);\n");
    const worker = startWorker('echo', pathToFileURL(path.join(dir, 'pool.ts')).href, { workerData: 41 });
    expect(await firstMessage(worker)).toBe(42);
  });

  it('runs the JavaScript sibling directly when the caller is compiled', async () => {
    const dir = moduleDir('echo.js', "import { parentPort } from 'node:worker_threads';\nparentPort?.postMessage(import.meta.url);\n");
    const worker = startWorker('echo', pathToFileURL(path.join(dir, 'pool.js')).href);
    expect(await firstMessage(worker)).toBe(pathToFileURL(path.join(dir, 'echo.js')).href);
  });
});
