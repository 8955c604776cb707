/**
 * `dkg eval`: runs the extractor over the written fixtures (samples/) and scores
 * it against tests/fixtures/expected/<base>.json (an object, or an array for a multi-article
 * file). `--dir X` scores another set: X/articles + X/expected, or, when X has no articles/
 * folder, the articles in X itself + the sibling X-expected/ (the held-out layout:
 * tests/fixtures/holdout + tests/fixtures/holdout-expected). Then, when the real-news corpus is
 * there, it scores that too, split into dev and test (real-news-report.ts).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { config, PROJECT_ROOT } from '../config.js';
import type { ArticleExtraction } from '../domain/model.js';
import { formatReport, scoreExtractions, type ExtractionPair } from '../extract/evaluate.js';
import { extractArticle } from '../extract/index.js';
import { figuresBySplit, SPLITS } from '../extract/real-news-splits.js';
import { readArticles } from '../ingest/index.js';
import { loadKnowledge } from '../knowledge/knowledge.js';
import type { KnowledgeBase } from '../knowledge/knowledge-types.js';
import { info } from './output.js';
import { BASELINE_FILE, gateFailures, readBaseline, writeBaseline, type Baseline } from './real-news-baseline.js';
import { evaluateRealNews, isCorpusDir, type RealNewsEvaluation } from './real-news-corpus.js';
import { formatRealNews } from './real-news-report.js';

export const EVAL_HELP = `Usage: dkg eval [--verbose] [--dir FIXTURES] [--real-news DIR] [--write-baseline] [--json]

Scores the extractor twice:
  1. on the articles we wrote (samples/, gold in tests/fixtures/expected): precision, recall and F1 for meetings,
     participants and topics; accuracy for country, modality, status, date, city, topic status;
  2. on the real-news gold corpus (../shared/eval/real-news, or DKG_REAL_NEWS_DIR), with the
     corpus's own matching (score.mjs): a table for the dev split, the test split (ids ending
     in 0 or 5) and all; recall of gold meetings per phenomenon tag; and the gate against
     eval/real-news-baseline.json (meetings and participants F1 may fall at most 0.02).
     Skipped with a note when the corpus folder is absent.

Options:
  --verbose         list the errors of every fixture article and of every real-news dev
                    article (the test split's errors are never listed: do not tune on them)
  --dir DIR         fixtures folder holding articles/ and expected/ (default: samples/ with
                    tests/fixtures/expected); a folder without articles/ is scored against DIR-expected/
  --real-news DIR   the real-news corpus folder (default DKG_REAL_NEWS_DIR, else
                    ../shared/eval/real-news beside the repository)
  --write-baseline  write the real-news figures to eval/real-news-baseline.json (then commit
                    it: raising the baseline is a deliberate change)
  --json            print one JSON object {fixtures, realNews} instead of the tables
  --help            this text`;

interface EvalOptions {
  verbose: boolean;
  json: boolean;
  writeBaseline: boolean;
  /** A folder with articles/ and expected/ (or X and X-expected); null for samples/ scored against tests/fixtures/expected. */
  fixturesDir: string | null;
  /** Set when given on the command line: then a missing corpus is an error, not a note. */
  realNewsDir: string | null;
}

function parseOptions(argv: string[]): EvalOptions & { help: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      verbose: { type: 'boolean', short: 'v', default: false },
      json: { type: 'boolean', default: false },
      'write-baseline': { type: 'boolean', default: false },
      dir: { type: 'string' },
      'real-news': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  return {
    help: values.help,
    verbose: values.verbose,
    json: values.json,
    writeBaseline: values['write-baseline'],
    fixturesDir: values.dir ?? null,
    realNewsDir: values['real-news'] ?? null,
  };
}

export async function runEval(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (options.help) {
    process.stdout.write(`${EVAL_HELP}\n`);
    return 0;
  }
  const kb = loadKnowledge();
  const pairs = await collectPairs(options.fixturesDir, kb);
  if (pairs.length === 0) {
    info(`dkg eval: no articles with expected output under ${options.fixturesDir ?? 'samples/'}`);
    return 1;
  }
  const fixtures = scoreExtractions(pairs);
  const realNews = await realNewsPart(options, kb);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ fixtures, realNews: realNews && realNewsJson(realNews, options.verbose) })}\n`);
  } else {
    process.stdout.write(`Written fixtures (${options.fixturesDir ?? 'samples/ against tests/fixtures/expected'})\n${formatReport(fixtures, { errors: options.verbose })}\n`);
    if (realNews) process.stdout.write(`\n${formatRealNews(realNews.evaluation, realNews.baseline, { verbose: options.verbose })}\n`);
  }
  return 0;
}

interface RealNewsPart {
  evaluation: RealNewsEvaluation;
  baseline: Baseline | null;
}

/** Scores the corpus when it is there (or was named), and writes the baseline when asked. */
async function realNewsPart(options: EvalOptions, kb: KnowledgeBase): Promise<RealNewsPart | null> {
  const dir = options.realNewsDir ?? config().realNewsDir;
  const required = options.realNewsDir !== null || options.writeBaseline;
  if (!required && !(await isCorpusDir(dir))) {
    info(`dkg eval: no real-news corpus at ${dir} (set DKG_REAL_NEWS_DIR or --real-news): scored the fixtures only`);
    return null;
  }
  const evaluation = await evaluateRealNews(dir, kb);
  if (options.writeBaseline) {
    await writeBaseline(figuresBySplit(evaluation.splits));
    info(`dkg eval: wrote ${path.relative(PROJECT_ROOT, BASELINE_FILE)}; commit it to raise the gate`);
  }
  const baseline = (await stat(BASELINE_FILE).then(() => true, () => false)) ? await readBaseline() : null;
  return { evaluation, baseline };
}

/** Figures and phenomena per split, the gate; per-article errors for the dev split only, when verbose. */
function realNewsJson({ evaluation, baseline }: RealNewsPart, verbose: boolean): object {
  const splits = Object.fromEntries(SPLITS.map((s) => {
    const { figures, phenomena, perArticle } = evaluation.splits[s];
    return [s, { figures, phenomena, ...(verbose && s === 'dev' ? { perArticle } : {}) }];
  }));
  return {
    dir: evaluation.dir,
    readErrors: evaluation.readErrors,
    splits,
    baseline: baseline?.splits ?? null,
    gateFailures: baseline ? gateFailures(baseline, figuresBySplit(evaluation.splits)) : null,
  };
}

/** Where a fixtures set keeps its articles and expected files (see the header comment). */
async function layoutOf(root: string | null): Promise<{ articlesDir: string; expectedDir: string }> {
  if (root === null) return { articlesDir: path.join(PROJECT_ROOT, 'samples'), expectedDir: path.join(PROJECT_ROOT, 'tests', 'fixtures', 'expected') };
  const nested = path.join(root, 'articles');
  const isDir = await stat(nested).then((s) => s.isDirectory(), () => false);
  if (isDir) return { articlesDir: nested, expectedDir: path.join(root, 'expected') };
  const flat = root.replace(/[\\/]+$/, '');
  return { articlesDir: flat, expectedDir: `${flat}-expected` };
}

/** Every dev article paired with its expected extraction, in file order. */
export async function collectPairs(root: string | null, kb: KnowledgeBase = loadKnowledge()): Promise<ExtractionPair[]> {
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
