/**
 * The real-news part of `dkg eval`: a table per split, recall per phenomenon, the gate against
 * the baseline, and (with --verbose) the dev split's per-article errors. The test split's
 * errors are never shown, so nobody tunes rules on them.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import type { RealNewsFigures, RoundedPrf } from '../extract/real-news-score.js';
import { figuresBySplit, SPLITS, type PhenomenonRecall, type Split, type SplitScore } from '../extract/real-news-splits.js';
import { BASELINE_FILE, GATE_TOLERANCE, GATED, gateFailures, type Baseline } from './real-news-baseline.js';
import type { RealNewsEvaluation } from './real-news-corpus.js';

const num = (x: number | null): string => (x === null ? '-' : x.toFixed(3));
const cell = (x: number | null, width = 9): string => num(x).padStart(width);
const prf = (s: RoundedPrf): string => cell(s.p) + cell(s.r) + cell(s.f1);

function figuresTable(splits: Record<Split, SplitScore>): string[] {
  const head = 'split    articles' + ['mtg P', 'mtg R', 'mtg F1', 'part P', 'part R', 'part F1', 'country', 'modality',
    'status', 'date', 'city', 'topic F1', 'no-mtg'].map((h) => h.padStart(9)).join('');
  const row = (split: Split, f: RealNewsFigures): string =>
    split.padEnd(8) + String(f.articles).padStart(9) + prf(f.meetings) + prf(f.participants) +
    [f.country, f.modality, f.status, f.date, f.city, f.topics.f1, f.noMeetingArticlesCorrect].map((x) => cell(x)).join('');
  return [head, ...SPLITS.map((s) => row(s, splits[s].figures))];
}

function phenomenaTable(splits: Record<Split, SplitScore>): string[] {
  const tags = Object.keys(splits.all.phenomena);
  const recall = (r: PhenomenonRecall | undefined): string =>
    r === undefined ? '-'.padStart(16) : `${num(r.recall)} ${`${r.matched}/${r.goldMeetings}`.padStart(7)}`.padStart(16);
  const lines = ['phenomenon'.padEnd(28) + ['dev', 'test', 'all'].map((s) => `${s} recall`.padStart(16)).join('') + '  no-meeting ok (all)'];
  for (const tag of tags) {
    const all = splits.all.phenomena[tag]!;
    const empty = all.noMeetingArticles === 0 ? '-' : `${all.noMeetingCorrect}/${all.noMeetingArticles}`;
    lines.push(tag.padEnd(28) + SPLITS.map((s) => recall(splits[s].phenomena[tag])).join('') + `  ${empty.padStart(8)}`);
  }
  return lines;
}

function gateLines(baseline: Baseline | null, splits: Record<Split, SplitScore>): string[] {
  const where = path.relative(PROJECT_ROOT, BASELINE_FILE);
  if (baseline === null) return [`No baseline at ${where}: write one with --write-baseline.`];
  const lines = [`Gate: ${GATED.join(' and ')} F1 may fall at most ${GATE_TOLERANCE} below ${where}`];
  for (const s of SPLITS) {
    const parts = GATED.map((g) => `${g} ${num(splits[s].figures[g].f1)} (baseline ${num(baseline.splits[s][g].f1)})`);
    lines.push(`  ${s.padEnd(6)}${parts.join('   ')}`);
  }
  const failures = gateFailures(baseline, figuresBySplit(splits));
  lines.push(failures.length === 0 ? 'Gate: passes.' : `Gate: FAILS\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  return lines;
}

function devErrors(dev: SplitScore): string[] {
  const failing = dev.perArticle.filter((a) => a.errors.length > 0);
  const lines = [`Dev split errors in ${failing.length} of ${dev.perArticle.length} articles (test split errors are never listed):`];
  for (const a of failing) {
    lines.push('', `${a.id}  (gold ${a.gold}, predicted ${a.pred}, matched ${a.matched})  [${a.phenomena.join(', ')}]`);
    for (const e of a.errors) lines.push(`  ${e.kind.padEnd(18)} [${e.meeting}] ${e.detail}`);
  }
  return lines;
}

export function formatRealNews(evaluation: RealNewsEvaluation, baseline: Baseline | null, options: { verbose: boolean }): string {
  const { splits } = evaluation;
  const missing = splits.all.figures.missingOutput;
  const lines = [
    `Real-news corpus ${evaluation.dir}: ${splits.all.figures.articles} articles (dev ${splits.dev.figures.articles}, ` +
      `test ${splits.test.figures.articles} = ids ending in 0 or 5); matching as in score.mjs`,
    ...evaluation.readErrors.map((e) => `  unreadable: ${e}`),
    ...(missing > 0 ? [`  ${missing} article(s) without output count as no meetings`] : []),
    '',
    ...figuresTable(splits),
    '',
    'Recall of gold meetings by phenomenon tag (matched/gold); no-meeting articles with no meeting predicted:',
    ...phenomenaTable(splits),
    '',
    ...gateLines(baseline, splits),
  ];
  if (options.verbose) lines.push('', ...devErrors(splits.dev));
  return lines.join('\n');
}
