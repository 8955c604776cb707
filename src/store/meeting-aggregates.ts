/**
 * A meeting's own values are derived from the claims of the articles that report it:
 * recomputed after every write or retraction, never edited in place, so re-ingesting
 * or removing an article always yields the same graph.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { writeCards } from './meeting-cards.js';

const DELETE_EVIDENCE = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[r:REPORTS]->(m:Meeting)
WITH a, collect(DISTINCT m) AS meetings
CALL (a, meetings) {
  UNWIND meetings AS m
  OPTIONAL MATCH (m)-[e:HELD_IN|ABOUT {article: a.id}]->(x)
  WITH e, CASE WHEN x:Place THEN x.id END AS placeId
  DELETE e
  RETURN collect(DISTINCT placeId) AS placeIds
}
CALL (a, meetings) {
  UNWIND meetings AS m
  OPTIONAL MATCH (p:Person)-[e:ATTENDED {article: a.id}]->(m)
  WITH e, p.id AS personId
  DELETE e
  RETURN collect(DISTINCT personId) AS personIds
}
CALL (a) {
  OPTIONAL MATCH (a)-[e:REPORTS|MENTIONS|CITES]->()
  DELETE e
}
RETURN [m IN meetings | m.id] AS meetingIds, personIds, placeIds`;

const CLAIMS = `
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
OPTIONAL MATCH (a:Article)-[r:REPORTS]->(m)
WITH m, collect(r {.*, article: a.id, publishedAt: a.publishedAt}) AS claims
RETURN m.id AS id, claims,
       COLLECT { MATCH (c:Correction {target: m.id}) RETURN c.details AS d ORDER BY c.at, c.id } AS corrections`;

const APPLY = `
UNWIND $updates AS u
MATCH (m:Meeting {id: u.id})
SET m += u.props
WITH m, u
OPTIONAL MATCH (m)-[b:BETWEEN]->()
DELETE b
WITH DISTINCT m, u
CALL (m) {
  MATCH (p:Person)-[at:ATTENDED]->(m)
  WITH DISTINCT coalesce(at.country, at.organization) AS key, at.country IS NOT NULL AS isCountry
  WHERE key IS NOT NULL
  OPTIONAL MATCH (c:Country {code: key}) WHERE isCountry
  OPTIONAL MATCH (o:Organization {code: key}) WHERE NOT isCountry
  WITH coalesce(c, o) AS party WHERE party IS NOT NULL
  RETURN collect(DISTINCT party) AS parties
}
FOREACH (party IN parties | MERGE (m)-[:BETWEEN]->(party))`;

const DELETE_UNREPORTED = `
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
WHERE NOT (:Article)-[:REPORTS]->(m)
DETACH DELETE m`;

/** People and places that no longer have any evidence go; so do stale REPRESENTS edges. */
const PRUNE = `
MATCH (p:Person) WHERE p.id IN $personIds
CALL (p) {
  OPTIONAL MATCH (p)-[rep:REPRESENTS]->()
  DELETE rep
}
CALL (p) {
  MATCH (p)-[at:ATTENDED]->()
  WITH p, at.country AS country, at.organization AS org, coalesce(at.role, '') AS role
  WITH DISTINCT p, country, org, role
  OPTIONAL MATCH (c:Country {code: country})
  OPTIONAL MATCH (o:Organization {code: org})
  WITH p, coalesce(c, o) AS party, role WHERE party IS NOT NULL
  MERGE (p)-[r:REPRESENTS {role: role}]->(party)
}
WITH p WHERE NOT (p)-[:ATTENDED]->()
DETACH DELETE p`;

const PRUNE_PLACES = `
MATCH (pl:Place) WHERE pl.id IN $placeIds AND NOT ()-[:HELD_IN]->(pl)
DETACH DELETE pl`;


interface Claim {
  article: string;
  date: string | null;
  datePrecision: string | null;
  /** Missing when the report has no day: Neo4j stores no nulls. */
  anchorDay?: number | null;
  status: string;
  modality: string;
  cameo: string;
  confidence: number;
  placeId: string | null;
  placeCountry: string | null;
  participants: string[];
  settingKind: string | null;
  settingEvent: string | null;
}

const PRECISION_RANK: Record<string, number> = { day: 3, month: 2, year: 1 };

/** Most frequent value; ties go to the first in `order`, then to the smaller value, so the result is stable. */
function mode<T extends string>(values: T[], order: (v: T) => number = () => 0): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  for (const [v, n] of counts) {
    if (best === null) {
      best = v;
      continue;
    }
    const bn = counts.get(best) ?? 0;
    if (n > bn || (n === bn && (order(v) > order(best) || (order(v) === order(best) && v < best)))) best = v;
  }
  return best;
}

function earliestDay(claims: Claim[]): number | null {
  const days = claims.map((c) => c.anchorDay).filter((d): d is number => typeof d === 'number');
  return days.length ? Math.min(...days) : null;
}

export function aggregate(claims: Claim[]): Record<string, unknown> {
  const dates = claims.filter((c) => c.date).map((c) => c.date as string);
  const rank = (d: string): number => PRECISION_RANK[d.length === 10 ? 'day' : d.length === 7 ? 'month' : 'year'] ?? 0;
  const date = mode(dates, rank);
  // Reports of one month or year carry their own publication days as anchors. The earliest
  // is taken, never the first in Neo4j's order: that order varies between runs, and the
  // anchor decides which later reports match this meeting (article-writes.ts).
  const withDate = date ? claims.filter((c) => c.date === date) : [];
  const dayDates = new Set(dates.filter((d) => d.length === 10));
  const places = claims.filter((c) => c.placeId).map((c) => c.placeId as string);
  const partSets = new Set(claims.map((c) => [...c.participants].sort().join(',')));
  const disputed: string[] = [];
  // Coarser dates inside a precise one are not a disagreement; two different days are.
  if (dayDates.size > 1) disputed.push('date');
  if (new Set(places).size > 1) disputed.push('place');
  if (partSets.size > 1) disputed.push('participants');
  const events = claims.filter((c) => c.settingEvent).map((c) => c.settingEvent as string);
  return {
    sourceCount: new Set(claims.map((c) => c.article)).size,
    status: claims.some((c) => c.status === 'held') ? 'held' : 'planned',
    date,
    datePrecision: withDate[0]?.datePrecision ?? null,
    anchorDay: earliestDay(withDate) ?? earliestDay(claims),
    modality: mode(claims.map((c) => c.modality)),
    cameo: mode(claims.map((c) => c.cameo)),
    confidence: Math.max(...claims.map((c) => c.confidence)),
    placeId: mode(places),
    // Kept for matching only: a country-level place ("in Kazakhstan") has no Place node.
    placeCountry: mode(claims.filter((c) => c.placeCountry).map((c) => c.placeCountry as string)),
    settingKind: claims.some((c) => c.settingKind === 'sidelines') ? 'sidelines' : 'standalone',
    settingEvent: mode(events),
    disputed,
  };
}

/** The meeting values an analyst may correct, as `(:Correction {details})` JSON patches. */
export const CORRECTABLE = ['date', 'status', 'modality', 'placeId', 'settingKind', 'settingEvent'] as const;

/** Analyst corrections, oldest first, applied over the values derived from claims. */
export function applyCorrections(derived: Record<string, unknown>, patches: Record<string, unknown>[]): Record<string, unknown> {
  if (patches.length === 0) return { ...derived, corrected: false };
  const out: Record<string, unknown> = { ...derived, corrected: true };
  for (const patch of patches) {
    for (const key of CORRECTABLE) if (patch[key] !== undefined && patch[key] !== null) out[key] = patch[key];
    if (typeof patch.date === 'string') {
      const d = patch.date;
      out.datePrecision = d.length === 10 ? 'day' : d.length === 7 ? 'month' : 'year';
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
      if (m) out.anchorDay = Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000);
    }
  }
  return out;
}

export interface Touched {
  meetingIds: string[];
  personIds: string[];
  placeIds: string[];
}

/** Removes every fact an article claims (not the article itself); returns what it touched. */
export async function deleteEvidence(tx: ManagedTransaction, articleIds: string[]): Promise<Touched> {
  const res = await tx.run(DELETE_EVIDENCE, { ids: articleIds });
  const all = (key: string): string[] => [...new Set(res.records.flatMap((r) => r.get(key) as string[]))];
  return { meetingIds: all('meetingIds'), personIds: all('personIds'), placeIds: all('placeIds') };
}

/**
 * Recomputes touched meetings from their claims and deletes what no article supports any
 * more. Only deleted evidence can orphan a person or place, so only those are pruned.
 */
export async function refreshMeetings(tx: ManagedTransaction, touched: Touched): Promise<void> {
  const ids = touched.meetingIds;
  const { personIds, placeIds } = touched;
  if (ids.length === 0 && personIds.length === 0) return;
  const res = await tx.run(CLAIMS, { ids });
  const updates = res.records
    .map((r) => ({
      id: String(r.get('id')),
      claims: r.get('claims') as Claim[],
      corrections: (r.get('corrections') as string[]).map((d) => JSON.parse(d) as Record<string, unknown>),
    }))
    .filter((u) => u.claims.length > 0)
    .map((u) => ({ id: u.id, props: applyCorrections(aggregate(u.claims), u.corrections) }));
  if (updates.length) await tx.run(APPLY, { updates });
  // After APPLY: a card shows the parties it has just recomputed.
  await writeCards(tx, updates.map((u) => u.id));
  if (updates.length < ids.length) await tx.run(DELETE_UNREPORTED, { ids });
  if (personIds.length) await tx.run(PRUNE, { personIds });
  if (placeIds.length) await tx.run(PRUNE_PLACES, { placeIds });
}
