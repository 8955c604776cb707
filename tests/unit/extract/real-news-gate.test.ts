/**
 * The extraction gate: the extractor, run in process on the real-news corpus, may not fall
 * more than 0.02 below eval/real-news-baseline.json in meetings or participants F1, on the
 * dev split, the test split or all. The corpus lives outside the repository (../shared/eval beside
 * the checkout, or DKG_REAL_NEWS_DIR); in a checkout without it the tests are skipped and their
 * names say why, so the suite's summary counts them as skipped, never as passed.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBaseline, splitGateFailures, type Baseline } from '../../../src/cli/real-news-baseline.js';
import { evaluateRealNews, type RealNewsEvaluation } from '../../../src/cli/real-news-corpus.js';
import { config } from '../../../src/config.js';
import { SPLITS } from '../../../src/extract/real-news-splits.js';

let measured: Promise<{ evaluation: RealNewsEvaluation; baseline: Baseline }> | undefined;

/**
 * Extracts the corpus once for all the tests. Awaited inside each test, not in a beforeAll, so
 * a missing corpus or baseline fails every test by name: a failed hook only marks them skipped,
 * which the suite's "N passed, N failed" summary would not count as failures.
 */
function measure(): Promise<{ evaluation: RealNewsEvaluation; baseline: Baseline }> {
  measured ??= (async () => ({ baseline: await readBaseline(), evaluation: await evaluateRealNews(corpus) }))();
  return measured;
}

// The first test pays for the knowledge base and ~150 extractions (a few seconds on a loaded machine).
const EXTRACTION_TIMEOUT_MS = 60_000;

const corpus = config().realNewsDir;
const absent = existsSync(corpus) ? '' : ` (skipped: no corpus at ${corpus}; set DKG_REAL_NEWS_DIR)`;
const gate = absent ? it.skip : it;

describe('real-news extraction gate', () => {
  gate(`reads and extracts every corpus article${absent}`, async () => {
    const { evaluation } = await measure();
    expect(evaluation.readErrors).toEqual([]);
    expect(evaluation.splits.all.figures.missingOutput).toBe(0);
  }, EXTRACTION_TIMEOUT_MS);

  gate.each(SPLITS)(`keeps meetings and participants F1 on the %s split within 0.02 of the baseline${absent}`, async (split) => {
    const { evaluation, baseline } = await measure();
    const failures = splitGateFailures(split, baseline.splits[split], evaluation.splits[split].figures);
    expect(failures.join('\n')).toBe('');
  }, EXTRACTION_TIMEOUT_MS);
});
