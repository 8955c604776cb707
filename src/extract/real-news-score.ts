/**
 * Scores extractions against the real-news gold (../shared/eval/GUIDE.md) exactly as the
 * corpus's own scorer, ../shared/eval/score.mjs, does: same name test, same greedy meeting
 * matching, same rounding, so our figures and the official ones are the same numbers
 * (tests/unit/extract/real-news-score.test.ts runs both on the same input). Do not "improve"
 * the matching here: change it in score.mjs first, or the figures stop being comparable.
 * Pure functions: the caller reads the files.
 */
import type { EvalError } from './evaluate.js';

export interface GoldParticipant {
  name: string;
  country: string | null;
  organization?: string | null;
  role?: string | null;
  /** The text's own spellings, accepted as well as `name`. */
  aliases?: string[];
}

export interface GoldMeeting {
  participants: GoldParticipant[];
  modality: string;
  status: string;
  date: string | null;
  location: { city: string | null; country: string | null } | null;
  topics?: string[];
}

/** One real-news file, without its text (the scorer never needs it). */
export interface GoldArticle {
  id: string;
  phenomena: string[];
  meetings: GoldMeeting[];
}

/** The fields of a predicted meeting the scorer reads; the domain `Meeting` is one. */
export interface ScoredMeeting {
  participants?: Array<{ name: string; country?: string | null; organization?: string | null }>;
  modality?: string;
  status?: string;
  date?: string | null;
  location?: { city?: string | null } | null;
  topics?: Array<string | { name: string }>;
}

/** Precision, recall and F1 rounded to three places; all null when there was nothing to count. */
export interface RoundedPrf {
  p: number | null;
  r: number | null;
  f1: number | null;
}

/** The figures score.mjs prints, in its shape and rounding. */
export interface RealNewsFigures {
  articles: number;
  missingOutput: number;
  meetings: RoundedPrf;
  participants: RoundedPrf;
  country: number | null;
  modality: number | null;
  status: number | null;
  date: number | null;
  city: number | null;
  topics: RoundedPrf;
  noMeetingArticlesCorrect: number | null;
}

/** score.mjs's `--json` per-article line, plus what went wrong (for the dev listing only). */
export interface RealNewsArticleScore {
  id: string;
  gold: number;
  pred: number;
  matched: number;
}

export interface RealNewsArticleDetail extends RealNewsArticleScore {
  phenomena: string[];
  errors: EvalError[];
}

export interface RealNewsScore {
  figures: RealNewsFigures;
  perArticle: RealNewsArticleDetail[];
}

type Ratio = [correct: number, total: number];

interface Counts {
  mTP: number; mFP: number; mFN: number;
  pTP: number; pFP: number; pFN: number;
  ctry: Ratio; mod: Ratio; stat: Ratio; date: Ratio; city: Ratio;
  tTP: number; tFP: number; tFN: number;
  empty: Ratio;
  missing: number;
}

/**
 * score.mjs's own fold, kept character for character rather than the project's `fold`
 * (src/domain/fold.ts): it leaves ø ł ß and the like as non-letters, and the figures must stay
 * the official scorer's.
 */
const scoreMjsFold = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .trim();

const tokens = (s: string): string[] => scoreMjsFold(s).split(/\s+/).filter(Boolean);

/** score.mjs's name test: one name's words contain the other's, with one word over two letters. */
export function samePerson(a: string, b: string): boolean {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return false;
  if (ta.join(' ') === tb.join(' ')) return true;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  return short.every((t) => long.includes(t)) && short.some((t) => t.length > 2);
}

type PredictedPerson = NonNullable<ScoredMeeting['participants']>[number];

/** Greedy in gold order: each gold person takes the first unused predicted one that matches. */
function matchPeople(gold: GoldParticipant[], pred: PredictedPerson[]): Array<[GoldParticipant, PredictedPerson]> {
  const used = new Set<number>();
  const pairs: Array<[GoldParticipant, PredictedPerson]> = [];
  for (const g of gold) {
    const names = [g.name, ...(g.aliases ?? [])];
    const i = pred.findIndex((p, k) => !used.has(k) && names.some((n) => samePerson(n, p.name)));
    if (i >= 0) {
      used.add(i);
      pairs.push([g, pred[i]!]);
    }
  }
  return pairs;
}

/** The party represented: a state's ISO code, or an organisation's acronym. */
const party = (x: { country?: string | null; organization?: string | null }): string =>
  x.organization ? `org:${scoreMjsFold(x.organization)}` : scoreMjsFold(x.country);

const topicName = (t: string | { name: string }): string | undefined => (typeof t === 'string' ? t : t?.name);

function label(m: ScoredMeeting | GoldMeeting): string {
  const names = (m.participants ?? []).map((p) => p.name).join(' + ') || '(no participants)';
  return [names, m.date ?? 'no date', m.location?.city ?? null].filter((x) => x !== null).join(', ');
}

function emptyCounts(): Counts {
  return { mTP: 0, mFP: 0, mFN: 0, pTP: 0, pFP: 0, pFN: 0, ctry: [0, 0], mod: [0, 0], stat: [0, 0],
    date: [0, 0], city: [0, 0], tTP: 0, tFP: 0, tFN: 0, empty: [0, 0], missing: 0 };
}

function tick(r: Ratio, ok: boolean): void {
  r[1] += 1;
  if (ok) r[0] += 1;
}

/** Counts for one matched gold/predicted pair; the errors name what differs. */
function compareMatched(g: GoldMeeting, p: ScoredMeeting & { participants: PredictedPerson[] }, c: Counts, errors: EvalError[]): void {
  const meeting = label(g);
  const pairs = matchPeople(g.participants, p.participants);
  c.pTP += pairs.length;
  c.pFN += g.participants.length - pairs.length;
  c.pFP += p.participants.length - pairs.length;
  const goldMatched = new Set(pairs.map(([gp]) => gp));
  const predMatched = new Set(pairs.map(([, pp]) => pp));
  for (const gp of g.participants) if (!goldMatched.has(gp)) errors.push({ kind: 'missed_participant', meeting, detail: gp.name });
  for (const pp of p.participants) if (!predMatched.has(pp)) errors.push({ kind: 'extra_participant', meeting, detail: pp.name });
  for (const [gp, pp] of pairs) {
    const ok = party(gp) === party(pp);
    tick(c.ctry, ok);
    if (!ok) errors.push({ kind: 'country', meeting, detail: `${gp.name}: expected ${party(gp) || 'null'}, got ${party(pp) || 'null'}` });
  }
  const field = (kind: 'modality' | 'status', r: Ratio, want: unknown, got: unknown): void => {
    tick(r, want === got);
    if (want !== got) errors.push({ kind, meeting, detail: `expected ${String(want)}, got ${String(got)}` });
  };
  field('modality', c.mod, g.modality, p.modality);
  field('status', c.stat, g.status, p.status);
  if (g.date) {
    const ok = Boolean(p.date && String(p.date).startsWith(g.date));
    tick(c.date, ok);
    if (!ok) errors.push({ kind: 'date', meeting, detail: `expected ${g.date}, got ${p.date ?? 'null'}` });
  }
  if (g.location?.city) {
    const ok = scoreMjsFold(p.location?.city) === scoreMjsFold(g.location.city);
    tick(c.city, ok);
    if (!ok) errors.push({ kind: 'city', meeting, detail: `expected ${g.location.city}, got ${p.location?.city ?? 'null'}` });
  }
  const gt = new Set(g.topics ?? []);
  const pt = new Set((p.topics ?? []).map(topicName));
  for (const t of pt) {
    if (t !== undefined && gt.has(t)) c.tTP += 1;
    else {
      c.tFP += 1;
      errors.push({ kind: 'extra_topic', meeting, detail: String(t) });
    }
  }
  for (const t of gt) {
    if (pt.has(t)) continue;
    c.tFN += 1;
    errors.push({ kind: 'missed_topic', meeting, detail: t });
  }
}

function scoreArticle(a: GoldArticle, predicted: ScoredMeeting[] | undefined, c: Counts): RealNewsArticleDetail {
  const G = a.meetings;
  if (predicted === undefined) c.missing += 1;
  const P = (predicted ?? []).map((m) => ({ ...m, participants: m.participants ?? [] }));
  if (G.length === 0) tick(c.empty, P.length === 0);
  // Every pair sharing at least half its people (Jaccard) is a candidate, best first; the
  // sort is stable, so ties keep gold-then-predicted order exactly as in score.mjs.
  const cand: Array<[number, number, number]> = [];
  G.forEach((g, gi) => P.forEach((p, pi) => {
    const n = matchPeople(g.participants, p.participants).length;
    const j = n / (g.participants.length + p.participants.length - n || 1);
    if (j >= 0.5) cand.push([j, gi, pi]);
  }));
  cand.sort((x, y) => y[0] - x[0]);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  const matched: Array<[number, number]> = [];
  for (const [, gi, pi] of cand) {
    if (gUsed.has(gi) || pUsed.has(pi)) continue;
    gUsed.add(gi);
    pUsed.add(pi);
    matched.push([gi, pi]);
  }
  c.mTP += matched.length;
  c.mFP += P.length - matched.length;
  c.mFN += G.length - matched.length;
  const errors: EvalError[] = [];
  G.forEach((g, gi) => {
    if (gUsed.has(gi)) return;
    c.pFN += g.participants.length;
    errors.push({ kind: 'missed_meeting', meeting: label(g), detail: `${g.status} ${g.modality}` });
  });
  P.forEach((p, pi) => {
    if (pUsed.has(pi)) return;
    c.pFP += p.participants.length;
    errors.push({ kind: 'extra_meeting', meeting: label(p), detail: `${p.status ?? '?'} ${p.modality ?? '?'}` });
  });
  for (const [gi, pi] of matched) compareMatched(G[gi]!, P[pi]!, c, errors);
  return { id: a.id, gold: G.length, pred: P.length, matched: matched.length, phenomena: a.phenomena, errors };
}

function prf(tp: number, fp: number, fn: number): RoundedPrf {
  if (tp + fp + fn === 0) return { p: null, r: null, f1: null };
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p: round(p), r: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0) };
}

const round = (x: number): number => +x.toFixed(3);
const accuracy = ([a, n]: Ratio): number | null => (n ? round(a / n) : null);

/**
 * Scores `predictions` (article id -> its predicted meetings; an id with no entry counts as
 * missing output, like a line score.mjs did not find) against the gold articles, in their order.
 */
export function scoreRealNews(articles: GoldArticle[], predictions: ReadonlyMap<string, ScoredMeeting[]>): RealNewsScore {
  const c = emptyCounts();
  const perArticle = articles.map((a) => scoreArticle(a, predictions.get(a.id), c));
  return {
    figures: {
      articles: articles.length,
      missingOutput: c.missing,
      meetings: prf(c.mTP, c.mFP, c.mFN),
      participants: prf(c.pTP, c.pFP, c.pFN),
      country: accuracy(c.ctry),
      modality: accuracy(c.mod),
      status: accuracy(c.stat),
      date: accuracy(c.date),
      city: accuracy(c.city),
      topics: prf(c.tTP, c.tFP, c.tFN),
      noMeetingArticlesCorrect: accuracy(c.empty),
    },
    perArticle,
  };
}
