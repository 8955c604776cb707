/**
 * The committed real-news baseline (eval/real-news-baseline.json) and the gate against it:
 * the extraction gate test fails when meetings or participants F1 falls more than
 * GATE_TOLERANCE below the baseline on any split. Raising the baseline is a deliberate commit.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { AppError } from '../domain/errors.js';
import type { RealNewsFigures } from '../extract/real-news-score.js';
import { SPLITS, type Split } from '../extract/real-news-splits.js';

export const BASELINE_FILE = path.join(PROJECT_ROOT, 'eval', 'real-news-baseline.json');

export const WRITE_BASELINE_COMMAND = 'npm run eval -- --write-baseline';

/**
 * How far a gated F1 may fall before the gate fails (the margin the gate was asked to allow).
 * The extractor is deterministic, so any drop is real; the margin lets a rule change trade a
 * meeting or so for a gain elsewhere without rewriting the baseline each time. Scale: one
 * meeting lost moves F1 by about 0.01-0.02 on the test split (56 gold meetings), 0.005-0.01 on
 * dev (216) and 0.004-0.008 on all (272); a broken rule costs far more than that.
 */
export const GATE_TOLERANCE = 0.02;

export const GATED = ['meetings', 'participants'] as const;

export interface Baseline {
  about: string;
  splits: Record<Split, RealNewsFigures>;
}

export async function readBaseline(file = BASELINE_FILE): Promise<Baseline> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (e) {
    throw new AppError('INPUT_UNREADABLE', `no real-news baseline: write one with \`${WRITE_BASELINE_COMMAND}\``, file, { cause: e });
  }
  const parsed = JSON.parse(raw) as Partial<Baseline>;
  if (!parsed.splits || SPLITS.some((s) => !parsed.splits?.[s]?.meetings)) {
    throw new AppError('INPUT_MALFORMED', `expected {"splits": {"dev", "test", "all"}}; rewrite it with \`${WRITE_BASELINE_COMMAND}\``, file);
  }
  return parsed as Baseline;
}

export async function writeBaseline(splits: Record<Split, RealNewsFigures>, file = BASELINE_FILE): Promise<void> {
  const baseline: Baseline = {
    about: `Real-news extraction figures (score.mjs's matching) that the gate test compares with; rewrite with \`${WRITE_BASELINE_COMMAND}\` and commit.`,
    splits,
  };
  await writeFile(file, `${JSON.stringify(baseline, null, 2)}\n`);
}

/** Every gated figure of one split that fell more than GATE_TOLERANCE below the baseline, as a message. */
export function splitGateFailures(split: Split, was: RealNewsFigures, now: RealNewsFigures): string[] {
  const where = path.relative(PROJECT_ROOT, BASELINE_FILE);
  if (was.articles !== now.articles) {
    return [`real-news ${split}: the baseline scored ${was.articles} articles, the corpus now has ${now.articles}. ` +
      `Rewrite the baseline with \`${WRITE_BASELINE_COMMAND}\` and commit ${where}.`];
  }
  const failures: string[] = [];
  for (const figure of GATED) {
    const b = was[figure].f1 ?? 0;
    const n = now[figure].f1 ?? 0;
    // Both are rounded to three places; the epsilon keeps a drop of exactly the tolerance passing.
    if (n < b - GATE_TOLERANCE - 1e-9) {
      failures.push(`real-news ${split} ${figure} F1 is ${n.toFixed(3)}, more than ${GATE_TOLERANCE} below the baseline ` +
        `${b.toFixed(3)} (${where}). If the drop is an accepted trade-off, rewrite the baseline with ` +
        `\`${WRITE_BASELINE_COMMAND}\` and commit ${where}.`);
    }
  }
  return failures;
}

export function gateFailures(baseline: Baseline, current: Record<Split, RealNewsFigures>): string[] {
  return SPLITS.flatMap((split) => splitGateFailures(split, baseline.splits[split], current[split]));
}
