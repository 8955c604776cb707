import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../../src/domain/model.js';
import type { AppError } from '../../../src/domain/errors.js';
import { readArticles, type ReadOptions, type ReadResult } from '../../../src/ingest/index.js';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

export async function read(file: string, options?: ReadOptions): Promise<ReadResult[]> {
  return collect(readArticles(file, options));
}

/** The only result of a single-article file, which must be an article. */
export async function readOne(file: string, options?: ReadOptions): Promise<Article> {
  const results = await read(file, options);
  if (results.length !== 1) throw new Error(`expected 1 result, got ${results.length}`);
  const [result] = results;
  if (!result!.ok) throw new Error(`expected an article, got ${result!.error.message}`);
  return result!.article;
}

/** The only result of a file, which must be an error. */
export async function readError(file: string, options?: ReadOptions): Promise<AppError> {
  const results = await read(file, options);
  if (results.length !== 1) throw new Error(`expected 1 result, got ${results.length}`);
  const [result] = results;
  if (result!.ok) throw new Error(`expected an error, got an article from ${result!.article.source}`);
  return result!.error;
}

/** A fresh temp folder per test file; `write` creates files (and parent folders) inside it. */
export async function tempDir(): Promise<{ dir: string; write: (name: string, content: string | Uint8Array) => Promise<string>; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dkg-ingest-'));
  return {
    dir,
    async write(name, content) {
      const file = path.join(dir, name);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
      return file;
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
