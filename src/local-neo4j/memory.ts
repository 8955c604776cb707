/**
 * Heap and page cache of the managed Neo4j, from the machine and the store when the
 * DKG_NEO4J_HEAP / DKG_NEO4J_PAGECACHE variables do not fix them.
 *
 * The page cache holds the store's files: twice the store, and at least an eighth of the
 * memory so a store that grows during a long ingestion still fits (it fills lazily, so an
 * ample size costs nothing until the store needs it), within a quarter of the memory. The heap holds transactions and query state, which grow with
 * concurrency and batch size rather than with the store: an eighth of the memory, kept
 * between 512 MiB and 2 GiB, where young collections stay short.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;

export interface Neo4jMemory {
  heap: string;
  pageCache: string;
}

const clamp = (n: number, lo: number, hi: number): number => Math.min(Math.max(n, lo), hi);
const mib = (bytes: number): string => `${Math.floor(bytes / MIB)}m`;

/** `auto` sizes come from `totalBytes` (the machine's memory) and `storeBytes` (the data on disk). */
export function neo4jMemory(asked: Neo4jMemory, totalBytes: number, storeBytes: number): Neo4jMemory {
  const heap = asked.heap === 'auto' ? mib(clamp(totalBytes / 8, 512 * MIB, 2 * GIB)) : asked.heap;
  const cacheCap = Math.max(256 * MIB, totalBytes / 4);
  const pageCache = asked.pageCache === 'auto' ? mib(clamp(Math.max(2 * storeBytes, totalBytes / 8), 256 * MIB, cacheCap)) : asked.pageCache;
  return { heap, pageCache };
}

/** Bytes of the files under `dir` (0 when it does not exist yet). */
export function folderBytes(dir: string): number {
  let total = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) total += folderBytes(full);
    else if (e.isFile()) total += statSync(full, { throwIfNoEntry: false })?.size ?? 0;
  }
  return total;
}
