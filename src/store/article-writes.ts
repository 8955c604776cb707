/**
 * Writes batches of extracted articles in one transaction each (UNWIND, parameterised),
 * through transaction functions so transient errors and deadlocks are retried.
 * Every fact edge carries the article that claims it, so an article can be replaced or
 * retracted exactly; meeting-level values are recomputed from those claims.
 */
import type { ManagedTransaction, Record as NeoRecord } from 'neo4j-driver';
import type { ArticleRecord } from '../resolve/records.js';
import type { MeetingCandidate } from '../resolve/match-meetings.js';
import { assignReports, firstChoiceId } from '../resolve/assign-meetings.js';
import { publishedLater, type ArticleVersion } from '../resolve/article-versions.js';
import type { Store } from './driver.js';
import { deleteEvidence, refreshMeetings, type Touched } from './meeting-aggregates.js';

/** `superseded`: the graph holds a version of the same URL published later, which stays. */
export type ArticleOutcome = 'new' | 'unchanged' | 'replaced' | 'superseded';

export interface BatchResult {
  articles: { id: string; source: string; outcome: ArticleOutcome; meetings: number; merged: number }[];
}

const EXISTING = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.textHash AS textHash, a.publishedAt AS publishedAt`;

/**
 * Meetings of the batch's people near each report's day (or inside its month or year):
 * filtering on time before the second hop keeps the cost flat as the graph grows. Meetings
 * holding the id a new report would take come too, so that joining one is counted as a merge;
 * not those a replaced article alone reported, which go at the end of the write.
 */
const CANDIDATES = `
CALL () {
  UNWIND $rows AS row
  UNWIND row.personIds AS pid
  MATCH (:Person {id: pid})-[:ATTENDED]->(m:Meeting)
  WHERE (row.day IS NOT NULL AND m.anchorDay >= row.day - 3 AND m.anchorDay <= row.day + 3)
     OR (row.date IS NOT NULL AND m.date IS NOT NULL AND (m.date STARTS WITH row.date OR row.date STARTS WITH m.date))
  RETURN m
  UNION
  MATCH (m:Meeting) WHERE m.id IN $ids AND EXISTS { (:Article)-[:REPORTS]->(m) }
  RETURN m
}
WITH DISTINCT m
RETURN m.id AS id, COLLECT { MATCH (p:Person)-[:ATTENDED]->(m) RETURN DISTINCT p.id } AS personIds,
       m.modality AS modality, m.status AS status, m.date AS date, m.datePrecision AS datePrecision,
       m.anchorDay AS anchorDay, m.placeId AS placeId, m.placeCountry AS placeCountry`;

/** Analyst curation that later articles must honour: merged-away people, split-off reports. */
const CURATION = `
CALL () {
  MATCH (pm:PersonMerge) WHERE pm.removedId IN $personIds
  RETURN collect([pm.removedId, pm.keepId]) AS merges
}
CALL () {
  MATCH (s:MeetingSplit) WHERE any(x IN s.articleIds WHERE x IN $articleIds)
  RETURN collect(s {.target, .newMeetingId, .articleIds}) AS splits
}
RETURN merges, splits`;

const WRITE_ARTICLES = `
UNWIND $articles AS a
MERGE (art:Article {id: a.id})
SET art.url = a.url, art.title = a.title, art.publishedAt = a.publishedAt, art.publisher = a.publisher,
    art.text = a.text, art.textHash = a.textHash, art.source = a.source, art.ingestedAt = datetime()
WITH art, a
UNWIND a.cites AS cite
MERGE (o:Organization {code: cite.code})
  ON CREATE SET o.name = cite.name, o.kind = 'news_agency'
MERGE (art)-[:CITES]->(o)`;

const WRITE_MEETINGS = `
UNWIND $meetings AS row
MATCH (art:Article {id: row.articleId})
MERGE (m:Meeting {id: row.meetingId})
  ON CREATE SET m.date = row.date, m.datePrecision = row.datePrecision, m.anchorDay = row.anchorDay,
                m.modality = row.modality, m.status = row.status, m.cameo = row.cameo,
                m.confidence = row.confidence, m.placeId = row.placeId, m.sourceCount = 0
MERGE (art)-[r:REPORTS]->(m)
SET r.mention = row.mention, r.evidence = row.evidence, r.confidence = row.confidence, r.date = row.date,
    r.datePrecision = row.datePrecision, r.anchorDay = row.anchorDay, r.status = row.status,
    r.modality = row.modality, r.cameo = row.cameo, r.placeId = row.placeId, r.placeCountry = row.placeCountry,
    r.participants = row.personIds, r.settingKind = row.settingKind, r.settingEvent = row.settingEvent
WITH art, m, row
CALL (art, m, row) {
  UNWIND row.participants AS p
  MERGE (person:Person {id: p.id})
    ON CREATE SET person.name = p.name, person.aliases = [], person.aliasText = ''
  WITH art, m, p, person,
       reduce(acc = coalesce(person.aliases, []), x IN p.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS aliases
  SET person.aliases = aliases, person.aliasText = reduce(s = '', x IN aliases | s + ' ' + x)
  MERGE (person)-[at:ATTENDED {article: art.id}]->(m)
  SET at.role = p.role, at.evidence = p.evidence, at.confidence = p.confidence, at.side = p.side,
      at.country = p.country, at.organization = p.organization
  MERGE (art)-[:MENTIONS]->(person)
  FOREACH (_ IN CASE WHEN p.country IS NULL THEN [] ELSE [1] END |
    MERGE (c:Country {code: p.country}) ON CREATE SET c.name = p.countryName
    MERGE (art)-[:MENTIONS]->(c)
    MERGE (person)-[:REPRESENTS {role: coalesce(p.role, '')}]->(c))
  FOREACH (_ IN CASE WHEN p.country IS NOT NULL OR p.organization IS NULL THEN [] ELSE [1] END |
    MERGE (o:Organization {code: p.organization})
      ON CREATE SET o.name = p.organizationName, o.kind = 'intergovernmental'
    MERGE (person)-[:REPRESENTS {role: coalesce(p.role, '')}]->(o))
}
CALL (art, m, row) {
  UNWIND row.topics AS t
  MERGE (topic:Topic {name: t.name})
  MERGE (m)-[ab:ABOUT {article: art.id}]->(topic)
  SET ab.status = t.status, ab.evidence = t.evidence
}
CALL (art, m, row) {
  WITH art, m, row WHERE row.place IS NOT NULL
  MERGE (pl:Place {id: row.place.id})
    ON CREATE SET pl.name = row.place.name, pl.lat = row.place.lat, pl.lon = row.place.lon
  MERGE (m)-[h:HELD_IN {article: art.id}]->(pl)
  MERGE (art)-[:MENTIONS]->(pl)
  WITH art, pl, row WHERE row.place.country IS NOT NULL
  MERGE (c:Country {code: row.place.country}) ON CREATE SET c.name = row.place.countryName
  MERGE (pl)-[:IN]->(c)
  MERGE (art)-[:MENTIONS]->(c)
}`;

async function existingVersions(tx: ManagedTransaction, ids: string[]): Promise<Map<string, ArticleVersion>> {
  const res = await tx.run(EXISTING, { ids });
  return new Map(
    res.records.map((r) => [
      String(r.get('id')),
      { textHash: String(r.get('textHash')), publishedAt: (r.get('publishedAt') as string | null) ?? null },
    ]),
  );
}

/** Versions of the articles the graph already has, so a re-run need not extract them again. */
export async function storedVersions(store: Store, ids: string[]): Promise<Map<string, ArticleVersion>> {
  return store.read((tx) => existingVersions(tx, ids));
}

async function candidates(tx: ManagedTransaction, articles: ArticleRecord[]): Promise<MeetingCandidate[]> {
  const reports = articles.flatMap((a) => a.meetings.filter((m) => m.personIds.length > 0).map((m) => ({ a, m })));
  if (reports.length === 0) return [];
  const rows = reports.map(({ m }) => ({ personIds: m.personIds, day: m.anchorDay, date: m.datePrecision === 'day' ? null : m.date }));
  const ids = [...new Set(reports.map(({ a, m }) => firstChoiceId(a.id, m)))];
  const res = await tx.run(CANDIDATES, { rows, ids });
  return res.records.map(candidateOf);
}

/** A stored meeting as matching reads it, from a row with the candidate's fields as columns. */
export function candidateOf(r: NeoRecord): MeetingCandidate {
  return {
    id: String(r.get('id')),
    personIds: (r.get('personIds') as string[]).map(String),
    modality: String(r.get('modality')),
    status: String(r.get('status')),
    date: (r.get('date') as string | null) ?? null,
    datePrecision: (r.get('datePrecision') as string | null) ?? null,
    anchorDay: (r.get('anchorDay') as number | null) ?? null,
    placeId: (r.get('placeId') as string | null) ?? null,
    placeCountry: (r.get('placeCountry') as string | null) ?? null,
  };
}

interface Curation {
  /** Merged-away person id -> the person it was merged into. */
  merges: Map<string, string>;
  /** `articleId|meetingId` -> the meeting an analyst split that article's report off into. */
  splits: Map<string, string>;
}

async function curation(tx: ManagedTransaction, articles: ArticleRecord[]): Promise<Curation> {
  const personIds = [...new Set(articles.flatMap((a) => a.meetings.flatMap((m) => m.personIds)))];
  const res = await tx.run(CURATION, { personIds, articleIds: articles.map((a) => a.id) });
  const row = res.records[0];
  const merges = new Map((row?.get('merges') as [string, string][] | undefined) ?? []);
  const splits = new Map<string, string>();
  for (const s of (row?.get('splits') as { target: string; newMeetingId: string; articleIds: string[] }[] | undefined) ?? []) {
    for (const a of s.articleIds) splits.set(`${a}|${s.target}`, s.newMeetingId);
  }
  return { merges, splits };
}

/** Names of merged-away people now stand for the person they were merged into. */
function redirectPeople(a: ArticleRecord, merges: Map<string, string>): ArticleRecord {
  if (merges.size === 0) return a;
  return {
    ...a,
    meetings: a.meetings.map((m) => {
      const seen = new Set<string>();
      const participants = m.participants
        .map((p) => {
          const into = merges.get(p.id);
          return into ? { ...p, id: into, aliases: [...new Set([...p.aliases, p.name])] } : p;
        })
        .filter((p) => !seen.has(p.id) && seen.add(p.id));
      return { ...m, participants, personIds: participants.map((p) => p.id).sort() };
    }),
  };
}

export async function writeArticles(store: Store, batch: ArticleRecord[]): Promise<BatchResult> {
  return store.write(async (tx) => {
    const stored = await existingVersions(
      tx,
      batch.map((a) => a.id),
    );
    const outcomes = new Map<string, ArticleOutcome>();
    let toWrite: ArticleRecord[] = [];
    for (const a of batch) {
      if (outcomes.has(a.id)) continue; // the same article twice in one batch
      const prior = stored.get(a.id);
      if (prior?.textHash === a.textHash) {
        outcomes.set(a.id, 'unchanged');
        continue;
      }
      // Checked here, under the write lock, so writers that race end alike (article-versions.ts).
      if (prior && publishedLater(prior, a)) {
        outcomes.set(a.id, 'superseded');
        continue;
      }
      outcomes.set(a.id, prior === undefined ? 'new' : 'replaced');
      toWrite.push(a);
    }
    const replaced = toWrite.filter((a) => outcomes.get(a.id) === 'replaced').map((a) => a.id);
    const touched: Touched = replaced.length
      ? await deleteEvidence(tx, replaced)
      : { meetingIds: [], personIds: [], placeIds: [] };

    const curated = toWrite.length ? await curation(tx, toWrite) : { merges: new Map<string, string>(), splits: new Map<string, string>() };
    toWrite = toWrite.map((a) => redirectPeople(a, curated.merges));
    const rows = assignReports(toWrite, await candidates(tx, toWrite), curated.splits);
    if (toWrite.length) {
      await tx.run(WRITE_ARTICLES, {
        articles: toWrite.map((a) => ({
          id: a.id,
          url: a.url,
          title: a.title,
          publishedAt: a.publishedAt,
          publisher: a.publisher,
          text: a.text,
          textHash: a.textHash,
          source: a.source,
          cites: a.cites,
        })),
      });
    }
    if (rows.length) {
      await tx.run(WRITE_MEETINGS, {
        meetings: rows.map((r) => ({
          articleId: r.articleId,
          meetingId: r.meetingId,
          mention: r.record.mention,
          date: r.record.date,
          datePrecision: r.record.datePrecision,
          anchorDay: r.record.anchorDay,
          modality: r.record.modality,
          status: r.record.status,
          cameo: r.record.cameo,
          confidence: r.record.confidence,
          placeId: r.record.place?.id ?? null,
          placeCountry: r.record.placeCountry,
          evidence: r.record.evidence,
          personIds: r.record.personIds,
          settingKind: r.record.settingKind,
          settingEvent: r.record.settingEvent,
          participants: r.record.participants,
          topics: r.record.topics,
          place: r.record.place,
        })),
      });
    }
    await refreshMeetings(tx, { ...touched, meetingIds: [...new Set([...touched.meetingIds, ...rows.map((r) => r.meetingId)])] });
    return {
      articles: batch
        .filter((a, i) => batch.findIndex((b) => b.id === a.id) === i)
        .map((a) => {
          const mine = rows.filter((r) => r.articleId === a.id);
          return {
            id: a.id,
            source: a.source,
            outcome: outcomes.get(a.id) ?? 'new',
            meetings: mine.length,
            merged: mine.filter((r) => r.merged).length,
          };
        }),
    };
  });
}
