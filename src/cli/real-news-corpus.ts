/**
 * Reads the real-news gold corpus (../shared/eval/real-news/NNN.json, format in
 * ../shared/eval/GUIDE.md), runs the extractor on every article in process and scores the
 * dev, test and all splits. The articles' text is read from there and never copied anywhere.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../domain/errors.js';
import type { Meeting } from '../domain/model.js';
import { extractArticle } from '../extract/index.js';
import type { GoldArticle, GoldMeeting } from '../extract/real-news-score.js';
import { scoreSplits, type Split, type SplitScore } from '../extract/real-news-splits.js';
import { readArticles } from '../ingest/index.js';
import { loadKnowledge } from '../knowledge/knowledge.js';
import type { KnowledgeBase } from '../knowledge/knowledge-types.js';

export interface RealNewsEvaluation {
  dir: string;
  splits: Record<Split, SplitScore>;
  /** Article id -> its extracted meetings, in the `dkg extract --json` shape. */
  predictions: Map<string, Meeting[]>;
  /** Files the reader refused; their articles count as missing output. */
  readErrors: string[];
}

export async function isCorpusDir(dir: string): Promise<boolean> {
  return stat(dir).then((s) => s.isDirectory(), () => false);
}

/** The corpus files, sorted by name like score.mjs reads them. */
async function corpusFiles(dir: string): Promise<string[]> {
  if (!(await isCorpusDir(dir))) {
    throw new AppError('INPUT_UNREADABLE', 'no real-news corpus here: set DKG_REAL_NEWS_DIR (or pass --real-news DIR) to the folder of NNN.json files', dir);
  }
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new AppError('INPUT_EMPTY', 'the real-news corpus folder holds no .json file', dir);
  return files.map((f) => path.join(dir, f));
}

/** The gold of one file; like score.mjs, the id is the file's "id", else its name. */
function goldOf(raw: unknown, file: string): GoldArticle {
  const a = raw as { id?: unknown; phenomena?: unknown; gold?: { meetings?: unknown } };
  if (typeof a !== 'object' || a === null || !Array.isArray(a.gold?.meetings)) {
    throw new AppError('INPUT_MALFORMED', 'expected a real-news article with "gold": {"meetings": [...]}', file);
  }
  return {
    id: typeof a.id === 'string' ? a.id : path.basename(file, '.json'),
    phenomena: Array.isArray(a.phenomena) ? a.phenomena.filter((t): t is string => typeof t === 'string') : [],
    meetings: a.gold.meetings as GoldMeeting[],
  };
}

export async function loadGold(dir: string): Promise<Array<{ file: string; gold: GoldArticle }>> {
  const files = await corpusFiles(dir);
  return Promise.all(files.map(async (file) => ({ file, gold: goldOf(JSON.parse(await readFile(file, 'utf8')), file) })));
}

/** Extracts every corpus article with the real reader and extractor, then scores the splits. */
export async function evaluateRealNews(dir: string, kb: KnowledgeBase = loadKnowledge()): Promise<RealNewsEvaluation> {
  const corpus = await loadGold(dir);
  const predictions = new Map<string, Meeting[]>();
  const readErrors: string[] = [];
  for (const { file, gold } of corpus) {
    for await (const item of readArticles(file)) {
      if (!item.ok) readErrors.push(item.error.message);
      // A corpus file is one article; should the reader ever split one, the first part is scored.
      else if (!predictions.has(gold.id)) predictions.set(gold.id, extractArticle(item.article, kb).meetings);
    }
  }
  return { dir, splits: scoreSplits(corpus.map((c) => c.gold), predictions), predictions, readErrors };
}
