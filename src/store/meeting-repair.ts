/**
 * Finds and merges duplicate meetings: two stored meetings that the matching rules
 * (resolve/match-meetings.ts) call one encounter, reported by different articles. Writers
 * that did not take turns (before the write lock, write-lock.ts) could each create one; a
 * re-run never joins them, because every article in them is unchanged. Merging moves every
 * report and every claim of one onto the other, so no evidence is lost, and recomputes it.
 */
import { asReport, matchScore, type MeetingCandidate } from '../resolve/match-meetings.js';
import type { Store } from './driver.js';
import { candidateOf } from './article-writes.js';
import { refreshMeetings } from './meeting-aggregates.js';

export interface StoredMeeting extends MeetingCandidate {
  /** `articleId#mention` of each report. */
  reports: string[];
  names: string[];
}

/** Meetings to merge into `keep`, which survives (the most reported; on a tie the smaller id). */
export interface DuplicateGroup {
  keep: StoredMeeting;
  merge: StoredMeeting[];
}

/**
 * Pairs of meetings sharing a person near the same day (or inside the same month or year),
 * and pairs holding the same report (an article and its mention) twice, as two processes
 * writing one article at once could leave. Not pairs an article tells apart (two of its
 * reports, two encounters), nor those an analyst split. The rules then decide the rest.
 */
const PAIRS = `
CALL () {
  MATCH (p:Person)-[:ATTENDED]->(m1:Meeting)
  WITH DISTINCT p, m1
  MATCH (p)-[:ATTENDED]->(m2:Meeting)
  WHERE m1.id < m2.id
    AND ((m1.anchorDay IS NOT NULL AND m2.anchorDay IS NOT NULL AND abs(m1.anchorDay - m2.anchorDay) <= 3)
      OR (m1.date IS NOT NULL AND m2.date IS NOT NULL AND (m1.date STARTS WITH m2.date OR m2.date STARTS WITH m1.date)))
  RETURN m1, m2
  UNION
  MATCH (a:Article)-[r1:REPORTS]->(m1:Meeting), (a)-[r2:REPORTS]->(m2:Meeting)
  WHERE m1.id < m2.id AND r1.mention = r2.mention
  RETURN m1, m2
}
WITH DISTINCT m1, m2
WHERE NOT EXISTS { MATCH (a:Article)-[r1:REPORTS]->(m1), (a)-[r2:REPORTS]->(m2) WHERE r1.mention <> r2.mention }
  AND NOT EXISTS {
    MATCH (s:MeetingSplit)
    WHERE (s.target = m1.id AND s.newMeetingId = m2.id) OR (s.target = m2.id AND s.newMeetingId = m1.id)
  }
RETURN m1.id AS a, m2.id AS b,
       EXISTS { MATCH (a:Article)-[r1:REPORTS]->(m1), (a)-[r2:REPORTS]->(m2) WHERE r1.mention = r2.mention } AS sameReport`;

const MEETINGS = `
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN m.id AS id, m.modality AS modality, m.status AS status, m.date AS date, m.datePrecision AS datePrecision,
       m.anchorDay AS anchorDay, m.placeId AS placeId, m.placeCountry AS placeCountry,
       COLLECT { MATCH (p:Person)-[:ATTENDED]->(m) RETURN DISTINCT p.id AS x ORDER BY x } AS personIds,
       COLLECT { MATCH (p:Person)-[:ATTENDED]->(m) WITH DISTINCT p RETURN p.name AS x ORDER BY x } AS names,
       COLLECT { MATCH (a:Article)-[r:REPORTS]->(m) RETURN a.id + '#' + toString(r.mention) AS x ORDER BY x } AS reports`;

/**
 * Moves every edge of `from` onto `into`, as the article that claimed it would have written
 * it there; analyst corrections follow the meeting. BETWEEN and the card are recomputed.
 */
const MERGE_INTO = `
MATCH (from:Meeting {id: $from}), (into:Meeting {id: $into})
CALL (from, into) {
  MATCH (a:Article)-[r:REPORTS]->(from)
  MERGE (a)-[r2:REPORTS]->(into)
  SET r2 = properties(r)
  DELETE r
}
CALL (from, into) {
  MATCH (p:Person)-[r:ATTENDED]->(from)
  MERGE (p)-[r2:ATTENDED {article: r.article}]->(into)
  SET r2 = properties(r)
  DELETE r
}
CALL (from, into) {
  MATCH (from)-[r:ABOUT]->(t:Topic)
  MERGE (into)-[r2:ABOUT {article: r.article}]->(t)
  SET r2 = properties(r)
  DELETE r
}
CALL (from, into) {
  MATCH (from)-[r:HELD_IN]->(pl:Place)
  MERGE (into)-[r2:HELD_IN {article: r.article}]->(pl)
  SET r2 = properties(r)
  DELETE r
}
CALL (from, into) {
  MATCH (c:Curation) WHERE c.target = from.id
  SET c.target = into.id
}
CALL (from, into) {
  MATCH (s:MeetingSplit) WHERE s.newMeetingId = from.id
  SET s.newMeetingId = into.id
}
DETACH DELETE from`;

async function storedMeetings(store: Store, ids: string[]): Promise<Map<string, StoredMeeting>> {
  const rows = await store.read(async (tx) => (await tx.run(MEETINGS, { ids })).records);
  return new Map(
    rows.map((r) => {
      const m: StoredMeeting = { ...candidateOf(r), reports: r.get('reports') as string[], names: r.get('names') as string[] };
      return [m.id, m];
    }),
  );
}

function survivor(ms: StoredMeeting[]): StoredMeeting {
  return [...ms].sort((x, y) => y.reports.length - x.reports.length || (x.id < y.id ? -1 : 1))[0] as StoredMeeting;
}

/** Whether two sets of reports hold two different reports of one article. */
function tellsApart(x: Set<string>, y: Set<string>): boolean {
  const article = (r: string): string => r.slice(0, r.lastIndexOf('#'));
  const mine = new Map([...x].map((r) => [article(r), r]));
  return [...y].some((r) => {
    const other = mine.get(article(r));
    return other !== undefined && other !== r;
  });
}

/**
 * Groups meetings the rules call one, best pairs first (one report held twice before any).
 * A group never holds two reports of one article, so a meeting that matches two meetings
 * one article tells apart joins one of them.
 */
export async function findDuplicateMeetings(store: Store): Promise<DuplicateGroup[]> {
  const pairs = await store.read(async (tx) =>
    (await tx.run(PAIRS)).records.map((r) => ({ a: String(r.get('a')), b: String(r.get('b')), same: Boolean(r.get('sameReport')) })),
  );
  if (pairs.length === 0) return [];
  const meetings = await storedMeetings(store, [...new Set(pairs.flatMap((p) => [p.a, p.b]))]);
  const scored = pairs
    .map(({ a, b, same }) => {
      const x = meetings.get(a);
      const y = meetings.get(b);
      const score = same ? Number.POSITIVE_INFINITY : x && y ? matchScore(asReport(x), y) : null;
      return { a, b, score };
    })
    .filter((p): p is { a: string; b: string; score: number } => p.score !== null)
    .sort((p, q) => (q.score === p.score ? (p.a + p.b < q.a + q.b ? -1 : 1) : q.score > p.score ? 1 : -1));
  const group = new Map<string, Set<string>>();
  const reports = (members: Set<string>): Set<string> => new Set([...members].flatMap((id) => meetings.get(id)?.reports ?? []));
  for (const { a, b } of scored) {
    const ga = group.get(a) ?? new Set([a]);
    const gb = group.get(b) ?? new Set([b]);
    if (ga === gb || tellsApart(reports(ga), reports(gb))) continue;
    const joined = new Set([...ga, ...gb]);
    for (const id of joined) group.set(id, joined);
  }
  const out: DuplicateGroup[] = [];
  for (const members of new Set(group.values())) {
    const ms = [...members].map((id) => meetings.get(id) as StoredMeeting);
    const keep = survivor(ms);
    out.push({ keep, merge: ms.filter((m) => m !== keep).sort((x, y) => (x.id < y.id ? -1 : 1)) });
  }
  return out.sort((x, y) => (x.keep.id < y.keep.id ? -1 : 1));
}

/** Merges each group in its own transaction; returns the number of meetings merged away. */
export async function mergeDuplicateMeetings(store: Store, groups: DuplicateGroup[]): Promise<number> {
  let merged = 0;
  for (const g of groups) {
    await store.write(async (tx) => {
      for (const m of g.merge) await tx.run(MERGE_INTO, { from: m.id, into: g.keep.id });
      await refreshMeetings(tx, { meetingIds: [g.keep.id], personIds: [], placeIds: [] });
    });
    merged += g.merge.length;
  }
  return merged;
}
