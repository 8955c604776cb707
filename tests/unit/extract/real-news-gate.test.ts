/**
 * The extraction gate: the extractor, run in process on the real-news corpus, may not fall
 * more than 0.02 below eval/real-news-baseline.json in meetings or participants F1, on the
 * dev split, the test split or all. The corpus is required: without it (../shared/eval beside
 * the checkout, or DKG_REAL_NEWS_DIR) this file fails rather than passing unmeasured.
 */
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
  measured ??= (async () => ({ baseline: await readBaseline(), evaluation: await evaluateRealNews(config().realNewsDir) }))();
  return measured;
}

// The first test pays for the knowledge base and ~150 extractions (a few seconds on a loaded machine).
const EXTRACTION_TIMEOUT_MS = 60_000;

describe('real-news extraction gate', () => {
  it('reads and extracts every corpus article', async () => {
    const { evaluation } = await measure();
    expect(evaluation.readErrors).toEqual([]);
    expect(evaluation.splits.all.figures.missingOutput).toBe(0);
  }, EXTRACTION_TIMEOUT_MS);

  it.each(SPLITS)('keeps meetings and participants F1 on the %s split within 0.02 of the baseline', async (split) => {
    const { evaluation, baseline } = await measure();
    const failures = splitGateFailures(split, baseline.splits[split], evaluation.splits[split].figures);
    expect(failures.join('\n')).toBe('');
  }, EXTRACTION_TIMEOUT_MS);
});
