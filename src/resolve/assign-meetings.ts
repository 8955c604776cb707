/**
 * Gives every report (an article and one of its meetings) the meeting it belongs to: one the
 * graph already has (match-meetings.ts) or a new one with a deterministic id. The reports of
 * one article always go to different meetings: the extractor has already folded what the
 * article says twice about one encounter, so two of its meetings are two encounters.
 */
import type { ArticleRecord, MeetingRecord } from './records.js';
import { matchScore, type MeetingCandidate } from './match-meetings.js';
import { meetingId } from './ids.js';

export interface ReportAssignment {
  articleId: string;
  meetingId: string;
  /** Joined a meeting known before this report. */
  merged: boolean;
  record: MeetingRecord;
}

interface Pair {
  report: MeetingRecord;
  candidate: MeetingCandidate;
  score: number;
}

/**
 * What a new meeting's id is made of: who met, how, and when (or where and around when); a
 * plan is kept apart from what was held. It depends on the report alone, never on what the
 * graph holds, so two processes writing the same report at once make one meeting.
 */
function anchorOf(articleId: string, m: MeetingRecord): string {
  const anchor = m.date ?? `${m.place?.id ?? 'nowhere'}@${m.anchorDay ?? articleId}`;
  return `${m.modality === 'in_person' ? 'met' : 'call'}|${anchor}${m.status === 'planned' ? '|planned' : ''}`;
}

/** The id a new meeting of this report gets unless the article already uses it. */
export function firstChoiceId(articleId: string, m: MeetingRecord): string {
  return meetingId(m.personIds, anchorOf(articleId, m));
}

/** Another report of the same article holds the first choice: a counter keeps the two apart. */
function freshId(articleId: string, m: MeetingRecord, mine: Set<string>): string {
  const anchor = anchorOf(articleId, m);
  let id = meetingId(m.personIds, anchor);
  for (let n = 2; mine.has(id); n += 1) id = meetingId(m.personIds, `${anchor}#${n}`);
  return id;
}

/** Best pairs first; on a tie the same status, then the article's order, then the smaller id, so every process pairs alike. */
function comparePairs(x: Pair, y: Pair): number {
  if (x.score !== y.score) return y.score - x.score;
  const xs = x.report.status === x.candidate.status ? 0 : 1;
  const ys = y.report.status === y.candidate.status ? 0 : 1;
  if (xs !== ys) return xs - ys;
  if (x.report.mention !== y.report.mention) return x.report.mention - y.report.mention;
  return x.candidate.id < y.candidate.id ? -1 : x.candidate.id > y.candidate.id ? 1 : 0;
}

/** Each report of one article to at most one known meeting, and each known meeting to at most one report. */
function matchArticle(reports: MeetingRecord[], pool: Iterable<MeetingCandidate>): Map<MeetingRecord, MeetingCandidate> {
  const known = [...pool];
  const pairs: Pair[] = [];
  for (const report of reports) {
    for (const candidate of known) {
      const score = matchScore(report, candidate);
      if (score !== null) pairs.push({ report, candidate, score });
    }
  }
  const matched = new Map<MeetingRecord, MeetingCandidate>();
  const used = new Set<string>();
  for (const p of pairs.sort(comparePairs)) {
    if (matched.has(p.report) || used.has(p.candidate.id)) continue;
    matched.set(p.report, p.candidate);
    used.add(p.candidate.id);
  }
  return matched;
}

function candidateOf(id: string, m: MeetingRecord): MeetingCandidate {
  return {
    id,
    personIds: m.personIds,
    modality: m.modality,
    status: m.status,
    date: m.date,
    datePrecision: m.datePrecision,
    anchorDay: m.anchorDay,
    placeId: m.place?.id ?? null,
    placeCountry: m.placeCountry,
  };
}

/** Later reports in the same batch see who else attended and that it was held, as they would once it is written. */
function absorb(c: MeetingCandidate, m: MeetingRecord): void {
  c.personIds = [...new Set([...c.personIds, ...m.personIds])];
  if (m.status === 'held') c.status = 'held';
  c.placeCountry ??= m.placeCountry;
}

/**
 * `known`: meetings the graph has near these reports, and any holding a first-choice id.
 * `splits`: `articleId|meetingId` -> the meeting an analyst split that article's report off into.
 */
export function assignReports(
  articles: ArticleRecord[],
  known: MeetingCandidate[],
  splits: Map<string, string>,
): ReportAssignment[] {
  const pool = new Map(known.map((c) => [c.id, { ...c }]));
  const out: ReportAssignment[] = [];
  for (const a of articles) {
    const reports = a.meetings.filter((m) => m.personIds.length > 0);
    const matched = matchArticle(reports, pool.values());
    const mine = new Set([...matched.values()].map((c) => c.id));
    const added: MeetingCandidate[] = [];
    for (const m of reports) {
      const found = matched.get(m)?.id ?? freshId(a.id, m, mine);
      // A report an analyst split off its meeting stays apart when the article comes again.
      const split = splits.get(`${a.id}|${found}`);
      const id = split !== undefined && !mine.has(split) ? split : found;
      mine.add(id);
      // A new report may share its id with a meeting it did not match: it is written into it,
      // as two processes writing the same report at once must be.
      const existing = pool.get(id);
      if (existing) absorb(existing, m);
      else added.push(candidateOf(id, m));
      out.push({ articleId: a.id, meetingId: id, merged: existing !== undefined, record: m });
    }
    // Only now: an article's own new meetings are no candidates for its other reports.
    for (const c of added) pool.set(c.id, c);
  }
  return out;
}
