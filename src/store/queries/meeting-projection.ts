/**
 * The store's one read model of a meeting (MeetingView), the one Cypher projection of it
 * with its neighbours and evidence, shared by every query that returns meetings, and the
 * shaping of its raw rows. Each list is a COLLECT subquery, so a page of meetings costs one
 * round trip. The meeting's own values are listed once (MEETING_FIELDS): the projection reads
 * them and the card stores them (meeting-cards.ts).
 */
import type { MeetingStatus, Modality, Setting, Side, TopicStatus } from '../../domain/model.js';

export const ARTICLE_REF = 'a {.id, .url, .title, .publishedAt}';

export interface ArticleRef {
  id: string;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
}

export interface Evidence {
  sentence: string;
  article: ArticleRef;
  confidence: number | null;
}

export interface PartyRef {
  code: string;
  name: string | null;
  kind: 'COUNTRY' | 'ORGANIZATION';
}

export interface PersonRef {
  id: string;
  name: string;
}

export interface PlaceRef {
  id: string;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

export interface CurationEntry {
  id: string;
  kind: string;
  target: string;
  details: string;
  note: string | null;
  at: string;
  keyFingerprint: string;
}

export interface Participant {
  person: PersonRef;
  party: PartyRef | null;
  role: string | null;
  side: Side | null;
  evidence: Evidence[];
}

export interface MeetingTopic {
  name: string;
  status: TopicStatus;
  evidence: Evidence[];
}

/** The values of the meeting itself; MEETING_FIELDS says how Cypher reads each. */
interface MeetingValues {
  id: string;
  date: string | null;
  datePrecision: string | null;
  status: MeetingStatus;
  modality: Modality;
  settingKind: Setting['kind'];
  settingEvent: string | null;
  cameo: string | null;
  confidence: number | null;
  sourceCount: number;
  disputed: string[];
  corrected: boolean;
  /** The epoch day a month or year date is anchored on (schema/graph.md); visits count from it. */
  anchorDay: number | null;
  /** The articles that report it. */
  articleIds: string[];
}

/**
 * Cypher for each value of the meeting (bound to `m`), in the order cards store them. A new
 * value of a meeting is a line here and one in MeetingValues.
 */
export const MEETING_FIELDS = {
  id: 'm.id',
  date: 'm.date',
  datePrecision: 'm.datePrecision',
  status: 'm.status',
  modality: 'm.modality',
  // Meetings written before settings were read have none.
  settingKind: "coalesce(m.settingKind, 'standalone')",
  settingEvent: 'm.settingEvent',
  cameo: 'm.cameo',
  confidence: 'm.confidence',
  sourceCount: 'm.sourceCount',
  disputed: 'coalesce(m.disputed, [])',
  corrected: 'coalesce(m.corrected, false)',
  anchorDay: 'm.anchorDay',
  articleIds: 'COLLECT { MATCH (a:Article)-[:REPORTS]->(m) RETURN a.id AS x ORDER BY x }',
} as const satisfies Record<keyof MeetingValues, string>;

/** A meeting as every store query returns it; lists a query leaves out (MeetingParts) are empty. */
export interface MeetingView extends MeetingValues {
  place: PlaceRef | null;
  placeEvidence: Evidence[];
  parties: PartyRef[];
  participants: Participant[];
  topics: MeetingTopic[];
  evidence: Evidence[];
  corrections: CurationEntry[];
}

export type MeetingRef = Pick<MeetingView, 'id' | 'date' | 'status' | 'modality'>;

/** Which costly parts of a meeting a query needs: evidence means one Article lookup per claim. */
export interface MeetingParts {
  evidence: boolean;
  corrections: boolean;
}

const valuesCypher = Object.entries(MEETING_FIELDS)
  .map(([name, cypher]) => `${name}: ${cypher}`)
  .join(', ');

/** Expects the meeting bound to `m`. Parts left out come back as empty lists. */
export function meetingMap(parts: MeetingParts): string {
  const article = (v: string): string => (parts.evidence ? `MATCH (a:Article {id: ${v}.article})` : '');
  const ref = parts.evidence ? ARTICLE_REF : 'null';
  const byArticle = parts.evidence ? ', x.article.publishedAt, x.article.id' : '';
  return `m {
  ${valuesCypher},
  place: head(COLLECT {
    MATCH (pl:Place {id: m.placeId})
    OPTIONAL MATCH (pl)-[:IN]->(pc:Country)
    RETURN pl {.id, .name, .lat, .lon, country: pc.code} AS x LIMIT 1
  }),
  placeEvidence: ${
    parts.evidence
      ? `COLLECT {
    MATCH (m)-[h:HELD_IN]->(:Place {id: m.placeId})
    MATCH (a:Article {id: h.article})-[r:REPORTS]->(m)
    RETURN {sentence: coalesce(r.evidence[0], ''), confidence: r.confidence, article: ${ARTICLE_REF}} AS x
    ORDER BY x.article.publishedAt, x.article.id
  }`
      : '[]'
  },
  parties: COLLECT {
    MATCH (m)-[:BETWEEN]->(x)
    RETURN {code: x.code, name: x.name, kind: CASE WHEN x:Country THEN 'COUNTRY' ELSE 'ORGANIZATION' END} AS x
    ORDER BY x.code
  },
  participants: COLLECT {
    MATCH (p:Person)-[at:ATTENDED]->(m)
    ${article('at')}
    RETURN {id: p.id, name: p.name, role: at.role, side: at.side, country: at.country, organization: at.organization,
            sentence: ${parts.evidence ? 'at.evidence' : 'null'}, confidence: at.confidence, article: ${ref}} AS x
    ORDER BY x.name, x.id${byArticle}
  },
  topics: COLLECT {
    MATCH (m)-[ab:ABOUT]->(t:Topic)
    ${article('ab')}
    RETURN {name: t.name, status: ab.status, sentence: ${parts.evidence ? 'ab.evidence' : 'null'}, article: ${ref}} AS x
    ORDER BY x.name${byArticle}
  },
  reports: ${
    parts.evidence
      ? `COLLECT {
    MATCH (a:Article)-[r:REPORTS]->(m)
    RETURN {sentences: r.evidence, confidence: r.confidence, article: ${ARTICLE_REF}} AS x
    ORDER BY x.article.publishedAt, x.article.id
  }`
      : '[]'
  },
  corrections: ${
    parts.corrections
      ? `COLLECT {
    MATCH (c:Curation {target: m.id})
    RETURN c {.id, .kind, .target, .details, .note, .at, .keyFingerprint} AS x ORDER BY x.at, x.id
  }`
      : '[]'
  }
}`;
}

export const ALL_PARTS: MeetingParts = { evidence: true, corrections: true };

/** The full projection, for single entities and their neighbour lists. */
export const MEETING_MAP = meetingMap(ALL_PARTS);

/** One article's claim that a person attended (rows come grouped by person, oldest article first). */
interface RawAttendance {
  id: string;
  name: string;
  role: string | null;
  side: Side | null;
  country: string | null;
  organization: string | null;
  sentence: string | null;
  confidence: number | null;
  article: ArticleRef;
}

interface RawTopic {
  name: string;
  status: TopicStatus;
  sentence: string | null;
  article: ArticleRef;
}

interface RawMeeting extends Omit<MeetingView, 'participants' | 'topics' | 'evidence'> {
  participants: RawAttendance[];
  topics: RawTopic[];
  reports: { sentences: string[] | null; confidence: number | null; article: ArticleRef }[];
}

function groupBy<T, K extends keyof T>(items: T[], key: K): T[][] {
  const groups = new Map<T[K], T[]>();
  for (const it of items) groups.set(it[key], [...(groups.get(it[key]) ?? []), it]);
  return [...groups.values()];
}

/** The value most claims give; ties go to the earliest claim (claims come oldest article first). */
function mostClaimed<T>(values: (T | null)[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

function evidenceOf(sentence: string | null, confidence: number | null, article: ArticleRef): Evidence[] {
  return sentence ? [{ sentence, confidence, article }] : [];
}

export function shapeMeeting(raw: unknown): MeetingView {
  const { reports, ...m } = raw as RawMeeting;
  const partyByCode = new Map(m.parties.map((p) => [p.code, p]));
  return {
    ...m,
    participants: groupBy(m.participants, 'id').map((claims) => {
      const first = claims[0] as RawAttendance;
      const country = mostClaimed(claims.map((c) => c.country));
      const org = mostClaimed(claims.map((c) => c.organization));
      const code = country ?? org;
      return {
        person: { id: first.id, name: first.name },
        party: code
          ? (partyByCode.get(code) ?? { code, name: null, kind: country ? 'COUNTRY' : 'ORGANIZATION' })
          : null,
        role: mostClaimed(claims.map((c) => c.role)),
        side: mostClaimed(claims.map((c) => c.side)),
        evidence: claims.flatMap((c) => evidenceOf(c.sentence, c.confidence, c.article)),
      };
    }),
    topics: groupBy(m.topics, 'name').map((claims) => ({
      name: (claims[0] as RawTopic).name,
      status: claims.some((c) => c.status === 'discussed') ? 'discussed' : 'expected',
      evidence: claims.flatMap((c) => evidenceOf(c.sentence, null, c.article)),
    })),
    evidence: reports.flatMap((r) =>
      (r.sentences ?? []).map((sentence) => ({ sentence, confidence: r.confidence, article: r.article })),
    ),
  };
}
