/** Synthetic corpora on disk for the ingestion runs, written once per size and seed. */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-types.js';
import { generateCorpus, writeCorpus } from '../corpus.js';
import { BENCH_HOME } from './bench-neo4j.js';
import { log } from './log.js';

/** Background sentences per article: ~3 KB articles, as the extraction target is stated for. */
export const FILLER_SENTENCES = 24;

export function corpusDir(kb: KnowledgeBase, size: number, seed: number): string {
  const dir = path.join(BENCH_HOME, `corpus-${size}-seed${seed}`);
  const stamp = path.join(dir, '.complete');
  const want = `${size} ${seed} ${FILLER_SENTENCES}`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === want) return dir;
  rmSync(dir, { recursive: true, force: true });
  log(`writing a synthetic corpus of ${size} articles to ${path.relative(process.cwd(), dir)}`);
  writeCorpus(dir, generateCorpus(kb, { size, seed, fillerSentences: FILLER_SENTENCES }));
  writeFileSync(stamp, `${want}\n`);
  return dir;
}
