/**
 * Scores predicted extractions against the hand-written expected ones
 * (tests/fixtures/expected/). Pure functions: the caller reads the files.
 *
 * Per article, predicted meetings are aligned one-to-one with expected meetings by an optimal
 * (Hungarian) assignment on participant overlap; a pair counts as a match only when it shares
 * at least two participants (or all of them, for an expected meeting with fewer than two).
 * Field accuracies are then measured over matched meetings and matched participants only, so a
 * missed meeting costs recall once and is not counted again as a wrong date or city.
 */
import type { ArticleExtraction, Meeting, MeetingTopic, Participant } from '../domain/model.js';
import { fold } from '../domain/fold.js';

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  /** 1 when nothing was predicted (no false positives are possible). */
  precision: number;
  /** 1 when nothing was expected. */
  recall: number;
  f1: number;
}

export interface Accuracy {
  correct: number;
  total: number;
  /** null when there was nothing to compare. */
  accuracy: number | null;
}

export type EvalErrorKind =
  | 'missed_meeting'
  | 'extra_meeting'
  | 'missed_participant'
  | 'extra_participant'
  | 'country'
  | 'modality'
  | 'status'
  | 'date'
  | 'city'
  | 'missed_topic'
  | 'extra_topic'
  | 'topic_status';

export interface EvalError {
  kind: EvalErrorKind;
  /** Short label of the meeting concerned ("Aliyev + Putin, 2025-10-15, Moscow"). */
  meeting: string;
  /** What was expected and what was predicted. */
  detail: string;
}

export interface ArticleReport {
  file: string;
  expectedMeetings: number;
  predictedMeetings: number;
  matchedMeetings: number;
  errors: EvalError[];
}

export interface FieldAccuracies {
  /** Participant country and organization, over matched participants. */
  country: Accuracy;
  modality: Accuracy;
  status: Accuracy;
  /** Exact string, so "2024-07" against "2024-07-08" is wrong. */
  date: Accuracy;
  /** Location city, case- and diacritic-insensitive; null == null counts as correct. */
  city: Accuracy;
  /** Status of topics present in both the expected and predicted meeting. */
  topicStatus: Accuracy;
}

export interface EvalReport {
  articles: number;
  meetings: Prf;
  participants: Prf;
  /** Topic names over matched meetings. */
  topics: Prf;
  fields: FieldAccuracies;
  perArticle: ArticleReport[];
}

export interface ExtractionPair {
  expected: ArticleExtraction;
  predicted: ArticleExtraction;
}

// ---------------------------------------------------------------- names

/** Words that prefix a name in running text but are not part of it ("Sheikh", "King"). */
const TITLE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sir', 'sheikh', 'sheikha', 'king', 'queen', 'prince', 'princess', 'crown',
  'emir', 'amir', 'sultan', 'president', 'premier', 'prime', 'minister', 'chancellor', 'his', 'her',
  'majesty', 'highness', 'excellency', 'hrh', 'hh', 'pope',
]);

/** Connecting particles that alone do not identify anyone ("bin", "da", "al"). */
const PARTICLES = new Set(['bin', 'ibn', 'bint', 'al', 'el', 'da', 'de', 'di', 'do', 'dos', 'van', 'von', 'der', 'la', 'le']);

const ROMAN_NUMERAL = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x)$/;

/** Lower case, diacritics folded, punctuation to spaces, title words dropped. */
export function nameTokens(name: string): string[] {
  const folded = fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return folded.split(' ').filter((t) => t.length > 0 && !TITLE_WORDS.has(t));
}

function surnameOf(tokens: string[]): string | undefined {
  const meaningful = tokens.filter((t) => !ROMAN_NUMERAL.test(t));
  return meaningful[meaningful.length - 1];
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** Transliteration variants differ by a letter: Zelensky/Zelenskyy, Tokayev/Tokaev. */
function nearlyEqual(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 5 && editDistance(a, b) <= 1);
}

/**
 * How surely two written names denote the same person, 0 (not at all) to 1 (same tokens).
 * Same tokens in another order (Ishiba Shigeru) 0.95; one name inside the other (Lula, bin Salman)
 * 0.9; same surname 0.8; surnames one letter apart 0.7.
 */
export function nameSimilarity(a: string, b: string): number {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  if (ta.join(' ') === tb.join(' ')) return 1;
  const sa = new Set(ta);
  const sb = new Set(tb);
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  const contained = [...small].every((t) => large.has(t));
  if (contained && small.size === large.size) return 0.95;
  if (contained && [...small].some((t) => !PARTICLES.has(t))) return 0.9;
  const na = surnameOf(ta);
  const nb = surnameOf(tb);
  if (na === undefined || nb === undefined || PARTICLES.has(na) || PARTICLES.has(nb)) return 0;
  if (na === nb) return 0.8;
  return nearlyEqual(na, nb) ? 0.7 : 0;
}

// ---------------------------------------------------------------- assignment

/**
 * Maximum-weight one-to-one assignment (Hungarian algorithm, O(n^3)) on a rows x cols weight
 * matrix. Pairs of weight <= 0 are never returned.
 */
export function assign(weights: number[][]): Array<[row: number, col: number]> {
  const rows = weights.length;
  const cols = rows === 0 ? 0 : Math.max(...weights.map((r) => r.length));
  const n = Math.max(rows, cols);
  if (n === 0) return [];
  const weight = (i: number, j: number): number => Math.max(0, weights[i]?.[j] ?? 0);
  let top = 0;
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) top = Math.max(top, weight(i, j));
  // Minimise cost = top - weight on the square, zero-padded matrix (1-based, e-maxx layout).
  const cost = (i: number, j: number): number => top - weight(i - 1, j - 1);
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const matchOfCol = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    matchOfCol[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Infinity);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = matchOfCol[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const reduced = cost(i0, j) - u[i0]! - v[j]!;
        if (reduced < minv[j]!) {
          minv[j] = reduced;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[matchOfCol[j]!]! += delta;
          v[j]! -= delta;
        } else {
          minv[j]! -= delta;
        }
      }
      j0 = j1;
    } while (matchOfCol[j0] !== 0);
    do {
      const j1 = way[j0]!;
      matchOfCol[j0] = matchOfCol[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const pairs: Array<[number, number]> = [];
  for (let j = 1; j <= n; j++) {
    const i = matchOfCol[j]! - 1;
    if (i < rows && j - 1 < cols && weight(i, j - 1) > 0) pairs.push([i, j - 1]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** Expected participant index -> predicted participant index, aligned by name. */
function alignParticipants(expected: Participant[], predicted: Participant[]): Array<[number, number]> {
  return assign(expected.map((e) => predicted.map((p) => nameSimilarity(e.name, p.name))));
}

// ---------------------------------------------------------------- meetings

function foldText(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const folded = fold(s);
  return folded.length > 0 ? folded : null;
}

/**
 * City key for comparison: folded, punctuation dropped, "St" read as "Saint", and the suffixes
 * that gazetteers add and articles omit ("New York City", "Washington, D.C.") removed.
 */
function cityOf(m: Meeting): string | null {
  const folded = foldText(m.location?.city);
  if (folded === null) return null;
  const key = folded
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^st /, 'saint ')
    .replace(/ (city|d c)$/, '');
  return key.length > 0 ? key : null;
}

function sameCode(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? '').trim().toUpperCase() === (b ?? '').trim().toUpperCase();
}

function meetingLabel(m: Meeting): string {
  const names = m.participants.map((p) => surnameLabel(p.name)).join(' + ') || '(no participants)';
  const where = m.location?.city ?? m.location?.country ?? null;
  return [names, m.date ?? 'no date', where, m.modality, m.status].filter((x) => x !== null).join(', ');
}

function surnameLabel(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts.length > 1 ? parts[parts.length - 1]! : name;
}

/**
 * Match weight of an expected and a predicted meeting: shared participants first; date,
 * modality, status and city only break ties between several meetings of the same people
 * (today's talks and a recalled one). 0 when the pair cannot match.
 */
function meetingWeight(expected: Meeting, predicted: Meeting): number {
  const shared = alignParticipants(expected.participants, predicted.participants).length;
  const required = Math.max(1, Math.min(2, expected.participants.length));
  if (shared < required) return 0;
  const unshared = expected.participants.length + predicted.participants.length - 2 * shared;
  let w = 10 * shared - unshared;
  if (expected.date === predicted.date) w += 2;
  if (expected.modality === predicted.modality) w += 1;
  if (expected.status === predicted.status) w += 1;
  if (cityOf(expected) === cityOf(predicted)) w += 1;
  // A pair that shares enough people stays a candidate however many others differ.
  return Math.max(1, w);
}

interface Tally {
  meetings: Counts;
  participants: Counts;
  topics: Counts;
  fields: Record<keyof FieldAccuracies, { correct: number; total: number }>;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function emptyTally(): Tally {
  const acc = () => ({ correct: 0, total: 0 });
  return {
    meetings: { tp: 0, fp: 0, fn: 0 },
    participants: { tp: 0, fp: 0, fn: 0 },
    topics: { tp: 0, fp: 0, fn: 0 },
    fields: { country: acc(), modality: acc(), status: acc(), date: acc(), city: acc(), topicStatus: acc() },
  };
}

function check(
  tally: Tally,
  errors: EvalError[],
  field: Exclude<keyof FieldAccuracies, 'topicStatus'>,
  ok: boolean,
  label: string,
  detail: string,
): void {
  tally.fields[field].total += 1;
  if (ok) tally.fields[field].correct += 1;
  else errors.push({ kind: field, meeting: label, detail });
}

function show(v: unknown): string {
  return v === null || v === undefined ? 'null' : String(v);
}

function compareTopics(expected: MeetingTopic[], predicted: MeetingTopic[], tally: Tally, errors: EvalError[], label: string): void {
  const predictedByName = new Map(predicted.map((t) => [t.name, t]));
  const expectedNames = new Set(expected.map((t) => t.name));
  for (const e of expected) {
    const p = predictedByName.get(e.name);
    if (p === undefined) {
      tally.topics.fn += 1;
      errors.push({ kind: 'missed_topic', meeting: label, detail: `${e.name} (${e.status})` });
      continue;
    }
    tally.topics.tp += 1;
    tally.fields.topicStatus.total += 1;
    if (p.status === e.status) tally.fields.topicStatus.correct += 1;
    else errors.push({ kind: 'topic_status', meeting: label, detail: `${e.name}: expected ${e.status}, got ${p.status}` });
  }
  for (const p of new Map(predicted.map((t) => [t.name, t])).values()) {
    if (expectedNames.has(p.name)) continue;
    tally.topics.fp += 1;
    errors.push({ kind: 'extra_topic', meeting: label, detail: `${p.name} (${p.status})` });
  }
}

function compareMatched(expected: Meeting, predicted: Meeting, tally: Tally, errors: EvalError[]): void {
  const label = meetingLabel(expected);
  const pairs = alignParticipants(expected.participants, predicted.participants);
  tally.participants.tp += pairs.length;
  const matchedE = new Set(pairs.map(([e]) => e));
  const matchedP = new Set(pairs.map(([, p]) => p));
  expected.participants.forEach((p, i) => {
    if (matchedE.has(i)) return;
    tally.participants.fn += 1;
    errors.push({ kind: 'missed_participant', meeting: label, detail: p.name });
  });
  predicted.participants.forEach((p, i) => {
    if (matchedP.has(i)) return;
    tally.participants.fp += 1;
    errors.push({ kind: 'extra_participant', meeting: label, detail: p.name });
  });
  for (const [ei, pi] of pairs) {
    const e = expected.participants[ei]!;
    const p = predicted.participants[pi]!;
    const ok = sameCode(e.country, p.country) && sameCode(e.organization, p.organization);
    check(tally, errors, 'country', ok, label,
      `${e.name}: expected ${show(e.country)}/${show(e.organization)}, got ${show(p.country)}/${show(p.organization)}`);
  }
  check(tally, errors, 'modality', expected.modality === predicted.modality, label,
    `expected ${expected.modality}, got ${predicted.modality}`);
  check(tally, errors, 'status', expected.status === predicted.status, label,
    `expected ${expected.status}, got ${predicted.status}`);
  check(tally, errors, 'date', expected.date === predicted.date, label,
    `expected ${show(expected.date)}, got ${show(predicted.date)}`);
  check(tally, errors, 'city', cityOf(expected) === cityOf(predicted), label,
    `expected ${show(expected.location?.city)}, got ${show(predicted.location?.city)}`);
  compareTopics(expected.topics, predicted.topics, tally, errors, label);
}

function scoreArticle(pair: ExtractionPair, tally: Tally): ArticleReport {
  const expected = pair.expected.meetings;
  const predicted = pair.predicted.meetings;
  const errors: EvalError[] = [];
  const matches = assign(expected.map((e) => predicted.map((p) => meetingWeight(e, p))));
  const matchedE = new Set(matches.map(([e]) => e));
  const matchedP = new Set(matches.map(([, p]) => p));

  for (const [ei, pi] of matches) compareMatched(expected[ei]!, predicted[pi]!, tally, errors);
  expected.forEach((m, i) => {
    if (matchedE.has(i)) return;
    tally.participants.fn += m.participants.length;
    tally.topics.fn += m.topics.length;
    errors.push({ kind: 'missed_meeting', meeting: meetingLabel(m), detail: 'no predicted meeting shares its participants' });
  });
  predicted.forEach((m, i) => {
    if (matchedP.has(i)) return;
    tally.participants.fp += m.participants.length;
    tally.topics.fp += m.topics.length;
    errors.push({ kind: 'extra_meeting', meeting: meetingLabel(m), detail: 'not in the expected extraction' });
  });
  tally.meetings.tp += matches.length;
  tally.meetings.fn += expected.length - matches.length;
  tally.meetings.fp += predicted.length - matches.length;

  return {
    file: pair.expected.file || pair.predicted.file,
    expectedMeetings: expected.length,
    predictedMeetings: predicted.length,
    matchedMeetings: matches.length,
    errors,
  };
}

function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

function accuracy(a: { correct: number; total: number }): Accuracy {
  return { ...a, accuracy: a.total === 0 ? null : a.correct / a.total };
}

/** Micro-averaged scores over all articles, with per-article error listings. */
export function scoreExtractions(pairs: ExtractionPair[]): EvalReport {
  const tally = emptyTally();
  const perArticle = pairs.map((pair) => scoreArticle(pair, tally));
  const f = tally.fields;
  return {
    articles: pairs.length,
    meetings: prf(tally.meetings),
    participants: prf(tally.participants),
    topics: prf(tally.topics),
    fields: {
      country: accuracy(f.country),
      modality: accuracy(f.modality),
      status: accuracy(f.status),
      date: accuracy(f.date),
      city: accuracy(f.city),
      topicStatus: accuracy(f.topicStatus),
    },
    perArticle,
  };
}

// ---------------------------------------------------------------- report

const fixed = (x: number | null): string => (x === null ? '  -  ' : x.toFixed(3));

/** A plain-text table of the scores, then every article with errors and what went wrong. */
export function formatReport(report: EvalReport, options: { errors?: boolean } = {}): string {
  const lines: string[] = [];
  lines.push(`Articles: ${report.articles}`, '');
  lines.push('metric        precision  recall     F1      tp    fp    fn');
  const row = (name: string, s: Prf) =>
    `${name.padEnd(14)}${fixed(s.precision).padStart(9)}${fixed(s.recall).padStart(8)}${fixed(s.f1).padStart(8)}` +
    `${String(s.tp).padStart(6)}${String(s.fp).padStart(6)}${String(s.fn).padStart(6)}`;
  lines.push(row('meetings', report.meetings), row('participants', report.participants), row('topics', report.topics));
  lines.push('', 'field (over matched)  accuracy  correct/total');
  for (const [name, a] of Object.entries(report.fields) as Array<[string, Accuracy]>) {
    lines.push(`${name.padEnd(22)}${fixed(a.accuracy).padStart(8)}  ${a.correct}/${a.total}`);
  }
  if (options.errors ?? true) {
    const failing = report.perArticle.filter((a) => a.errors.length > 0);
    lines.push('', failing.length === 0 ? 'No errors.' : `Errors in ${failing.length} of ${report.articles} articles:`);
    for (const a of failing) {
      lines.push('', `${a.file}  (expected ${a.expectedMeetings}, predicted ${a.predictedMeetings}, matched ${a.matchedMeetings})`);
      for (const e of a.errors) lines.push(`  ${e.kind.padEnd(18)} [${e.meeting}] ${e.detail}`);
    }
  }
  return lines.join('\n');
}
