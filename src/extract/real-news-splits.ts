/**
 * The real-news corpus split into dev (to look at and tune on) and test (scored only: its
 * per-article errors are never printed), and recall per phenomenon tag of the gold.
 */
import {
  scoreRealNews,
  type GoldArticle,
  type RealNewsArticleDetail,
  type RealNewsFigures,
  type RealNewsScore,
  type ScoredMeeting,
} from './real-news-score.js';

export const SPLITS = ['dev', 'test', 'all'] as const;
export type Split = (typeof SPLITS)[number];

/** Ids ending in 0 or 5 are the test split: a fifth of the corpus, spread over its whole range. */
export function splitOf(id: string): 'dev' | 'test' {
  return /[05]$/.test(id) ? 'test' : 'dev';
}

export interface PhenomenonRecall {
  articles: number;
  /** Gold meetings of articles with this tag, and how many of them were matched. */
  goldMeetings: number;
  matched: number;
  recall: number | null;
  /** Articles with this tag whose gold has no meeting, and how many got none predicted. */
  noMeetingArticles: number;
  noMeetingCorrect: number;
}

export interface SplitScore extends RealNewsScore {
  phenomena: Record<string, PhenomenonRecall>;
}

/** Recall per tag: a gold meeting counts toward every tag of its article. */
export function recallByPhenomenon(perArticle: RealNewsArticleDetail[]): Record<string, PhenomenonRecall> {
  const byTag = new Map<string, PhenomenonRecall>();
  for (const a of perArticle) {
    for (const tag of a.phenomena) {
      const r = byTag.get(tag) ?? { articles: 0, goldMeetings: 0, matched: 0, recall: null, noMeetingArticles: 0, noMeetingCorrect: 0 };
      r.articles += 1;
      r.goldMeetings += a.gold;
      r.matched += a.matched;
      if (a.gold === 0) {
        r.noMeetingArticles += 1;
        if (a.pred === 0) r.noMeetingCorrect += 1;
      }
      byTag.set(tag, r);
    }
  }
  for (const r of byTag.values()) r.recall = r.goldMeetings === 0 ? null : r.matched / r.goldMeetings;
  return Object.fromEntries([...byTag].sort(([a], [b]) => a.localeCompare(b)));
}

/** dev, test and all, each scored on its own articles. */
export function scoreSplits(articles: GoldArticle[], predictions: ReadonlyMap<string, ScoredMeeting[]>): Record<Split, SplitScore> {
  const score = (subset: GoldArticle[]): SplitScore => {
    const s = scoreRealNews(subset, predictions);
    return { ...s, phenomena: recallByPhenomenon(s.perArticle) };
  };
  return {
    dev: score(articles.filter((a) => splitOf(a.id) === 'dev')),
    test: score(articles.filter((a) => splitOf(a.id) === 'test')),
    all: score(articles),
  };
}

/** The score.mjs figures of each split (what the baseline holds). */
export function figuresBySplit(splits: Record<Split, SplitScore>): Record<Split, RealNewsFigures> {
  return { dev: splits.dev.figures, test: splits.test.figures, all: splits.all.figures };
}
