/**
 * `dkg eval [--verbose]`: runs the extractor over the dev set (tests/fixtures/articles)
 * and scores it against tests/fixtures/expected/<base>.json (an object, or an array
 * for a multi-article file). `--dir X` scores another set: X/articles + X/expected, or,
 * when X has no articles/ folder, the articles in X itself + the sibling X-expected/
 * (the held-out layout: tests/fixtures/holdout + tests/fixtures/holdout-expected).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleExtraction } from '../domain/model.js';
import { formatReport, scoreExtractions, type ExtractionPair } from '../extract/evaluate.js';
import { extractArticle } from '../extract/index.js';
import { readArticles } from '../ingest/index.js';
import { loadKnowledge } from '../resolve/knowledge.js';
import type { KnowledgeBase } from '../resolve/knowledge-types.js';
import { info } from './output.js';

export const EVAL_HELP = `Usage: dkg eval [--verbose] [--dir FIXTURES]

Scores the extractor on the dev set: precision, recall and F1 for meetings, participants
and topics; accuracy for country, modality, status, date, city and topic status.

Options:
  --verbose      list every article's errors
  --dir DIR      fixtures folder holding articles/ and expected/ (default tests/fixtures);
                 a folder of articles without articles/ is scored against DIR-expected/
  --help         this text`;

export async function runEval(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${EVAL_HELP}\n`);
    return 0;
  }
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const dirAt = argv.indexOf('--dir');
  const root = dirAt >= 0 && argv[dirAt + 1] ? (argv[dirAt + 1] as string) : path.join('tests', 'fixtures');
  const pairs = await collectPairs(root);
  if (pairs.length === 0) {
    info(`dkg eval: no articles with expected output under ${root}`);
    return 1;
  }
  process.stdout.write(`${formatReport(scoreExtractions(pairs), { errors: verbose })}\n`);
  return 0;
}

/** Where a fixtures set keeps its articles and expected files (see the header comment). */
async function layoutOf(root: string): Promise<{ articlesDir: string; expectedDir: string }> {
  const nested = path.join(root, 'articles');
  const isDir = await stat(nested).then((s) => s.isDirectory(), () => false);
  if (isDir) return { articlesDir: nested, expectedDir: path.join(root, 'expected') };
  const flat = root.replace(/[\\/]+$/, '');
  return { articlesDir: flat, expectedDir: `${flat}-expected` };
}

/** Every dev article paired with its expected extraction, in file order. */
export async function collectPairs(root: string, kb: KnowledgeBase = loadKnowledge()): Promise<ExtractionPair[]> {
  const { articlesDir, expectedDir } = await layoutOf(root);
  const files = (await readdir(articlesDir)).filter((f) => !f.startsWith('.')).sort();
  const pairs: ExtractionPair[] = [];
  for (const f of files) {
    const base = f.replace(/\.[^.]+$/, '');
    let expectedRaw: string;
    try {
      expectedRaw = await readFile(path.join(expectedDir, `${base}.json`), 'utf8');
    } catch {
      info(`dkg eval: ${f}: no expected/${base}.json, skipped`);
      continue;
    }
    const parsed = JSON.parse(expectedRaw) as ArticleExtraction | ArticleExtraction[];
    const expected = Array.isArray(parsed) ? parsed : [parsed];
    const predicted: ArticleExtraction[] = [];
    for await (const item of readArticles(path.join(articlesDir, f))) {
      if (item.ok) predicted.push(extractArticle(item.article, kb));
      else info(`dkg eval: ${f}: ${item.error.message}`);
    }
    expected.forEach((exp, i) => {
      const pred = predicted[i] ?? { file: exp.file, article: exp.article, meetings: [] };
      pairs.push({ expected: exp, predicted: pred });
    });
  }
  return pairs;
}
