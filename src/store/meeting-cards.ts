/**
 * A meeting's card: the meeting as the API shows it without evidence or curation history
 * (place, parties, participants with their party, role and side, topics), plus the ids of
 * the articles reporting it, stored as one JSON string on the Meeting.
 *
 * Lists of meetings (meeting pages, bilateral ties, graphs) read one string per meeting
 * instead of five subqueries and a few hundred nested maps: decoding those maps in the
 * driver was the largest single cost of an API request (CPU profile of `dkg serve` under
 * the meetings benchmark; docs/decisions/meeting-cards.md). Cards are rewritten by the same recomputation that derives the
 * meeting's values (meeting-aggregates.ts), so they change whenever a claim does.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Store } from './driver.js';
import { meetingMap, shapeMeeting, type Meeting, type PartyRef } from './queries/meeting-projection.js';
import { int } from './queries/run.js';

/** Bump when the card's shape (or the keys beside it) changes: `upgradeCards` rewrites every older card. */
export const CARD_VERSION = 6;

export interface MeetingCard extends Meeting {
  anchorDay: number | null;
  /** Ids of the articles that report the meeting. */
  sources: string[];
}

const CARD_SOURCES = `
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN ${meetingMap({ evidence: false, corrections: false })} AS meeting, m.anchorDay AS anchorDay,
       COLLECT { MATCH (a:Article)-[:REPORTS]->(m) RETURN a.id AS x ORDER BY x } AS sources,
       COLLECT { MATCH (p:Person)-[:ATTENDED]->(m) UNWIND coalesce(p.aliases, []) AS x RETURN DISTINCT x } AS aliases`;

// The keys of its parties and people beside the card, as lists Cypher can read: graph
// neighbourhoods test and return them for hundreds of meetings without expanding each.
// `personSides` holds the party of each person of `personKeys` ('' when none), so queries
// can tell one delegation from two sides (queries/sides.ts).
const WRITE_CARDS = `
UNWIND $cards AS c
MATCH (m:Meeting {id: c.id})
SET m.card = c.card, m.partyKeys = c.partyKeys, m.personKeys = c.personKeys, m.personSides = c.personSides,
    m.searchText = c.searchText, m.cardVersion = $version`;

const STALE_CARDS = `
MATCH (m:Meeting) WHERE m.cardVersion IS NULL OR m.cardVersion <> $version
RETURN m.id AS id LIMIT $take`;

/** Rewrites the cards of these meetings from the graph as this transaction sees it. */
export async function writeCards(tx: ManagedTransaction, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const res = await tx.run(CARD_SOURCES, { ids });
  const cards = res.records.map((r) => {
    const card: MeetingCard = {
      ...shapeMeeting(r.get('meeting')),
      anchorDay: r.get('anchorDay') as number | null,
      sources: r.get('sources') as string[],
    };
    return {
      id: card.id,
      card: packCard(card),
      partyKeys: card.parties.map((p) => p.code),
      personKeys: card.participants.map((p) => p.person.id),
      personSides: card.participants.map((p) => p.party?.code ?? ''),
      searchText: searchTextOf(card, r.get('aliases') as string[]),
    };
  });
  await tx.run(WRITE_CARDS, { cards, version: CARD_VERSION });
}

/**
 * What the meeting full-text index reads (schema/neo4j/005): who took part (with their
 * aliases), the parties, the place, the topics and the summit, so a search finds the meeting itself.
 */
function searchTextOf(card: MeetingCard, aliases: string[]): string {
  return [
    ...card.participants.map((p) => p.person.name),
    ...aliases,
    ...card.parties.flatMap((p) => [p.code, p.name ?? '']),
    card.place?.name ?? '',
    ...card.topics.map((t) => t.name),
    card.settingEvent ?? '',
  ]
    .filter((s) => s.length > 0)
    .join(' ');
}

/**
 * The stored form: one array, each field at a fixed place (`CardRow`), lists as rows, a
 * participant's party as its code, and none of the lists a card is always without
 * (evidence, corrections). Property names were a third of the object form's JSON: without
 * them a card is a third smaller than version 3's (662 -> 447 bytes on the 10k benchmark
 * graph) and reads in 2.8 instead of 4.1 µs; every page of meetings moves and parses 50.
 */
type CardRow = [
  id: string,
  date: string | null,
  datePrecision: string | null,
  status: string,
  modality: string,
  settingKind: string,
  settingEvent: string | null,
  cameo: string | null,
  confidence: number | null,
  sourceCount: number,
  disputed: string[],
  corrected: boolean,
  place: [id: string, name: string, country: string | null, lat: number | null, lon: number | null] | null,
  parties: [code: string, kind: PartyRef['kind'], name: string | null][],
  participants: [id: string, name: string, party: string | null, kind: PartyRef['kind'] | null, role: string | null, side: string | null][],
  topics: [name: string, status: string][],
  anchorDay: number | null,
  sources: string[],
];

export function packCard(c: MeetingCard): string {
  const row: CardRow = [
    c.id,
    c.date,
    c.datePrecision,
    c.status,
    c.modality,
    c.settingKind,
    c.settingEvent,
    c.cameo,
    c.confidence,
    c.sourceCount,
    c.disputed,
    c.corrected,
    c.place ? [c.place.id, c.place.name, c.place.country, c.place.lat, c.place.lon] : null,
    c.parties.map((p) => [p.code, p.kind, p.name]),
    c.participants.map((p) => [p.person.id, p.person.name, p.party?.code ?? null, p.party?.kind ?? null, p.role, p.side]),
    c.topics.map((t) => [t.name, t.status]),
    c.anchorDay,
    c.sources,
  ];
  return JSON.stringify(row);
}

/**
 * Cards read from their text, by that text: pages, bilateral ties and graphs show the same
 * meetings again and again, and parsing a page's 50 cards was 15% of the server's profile
 * samples under the meetings benchmark (3% as lookups). Keyed by the whole text, a
 * rewritten card is a new key, so an entry is never stale. Two generations bound it: when
 * the newer fills, the older is dropped, so at most 2 x CARD_CACHE_SIZE cards are held:
 * about 40 MB of heap for cards of the benchmark graph's size, texts included.
 */
export const CARD_CACHE_SIZE = 10_000;
let newer = new Map<string, MeetingCard>();
let older = new Map<string, MeetingCard>();

/** The card in this text, shared between callers: frozen, so no caller can change it for the others. */
export function readCard(json: string): MeetingCard {
  const recent = newer.get(json);
  if (recent) return recent;
  const card = older.get(json) ?? deepFreeze(parseCard(json));
  if (newer.size >= CARD_CACHE_SIZE) {
    older = newer;
    newer = new Map();
  }
  newer.set(json, card);
  return card;
}

/** How many parsed cards are held now (at most 2 x CARD_CACHE_SIZE). */
export function cachedCardCount(): number {
  return newer.size + older.size;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function parseCard(json: string): MeetingCard {
  const [id, date, datePrecision, status, modality, settingKind, settingEvent, cameo, confidence, sourceCount, disputed, corrected, pl, rawParties, rawParticipants, rawTopics, anchorDay, sources] =
    JSON.parse(json) as CardRow;
  const parties: PartyRef[] = rawParties.map(([code, kind, name]) => ({ code, kind, name }));
  const participants: MeetingCard['participants'] = rawParticipants.map(([pid, name, code, kind, role, side]) => ({
    person: { id: pid, name },
    // As shapeMeeting does: the meeting's party of that code, or a bare one when it has none.
    party: code === null ? null : (parties.find((p) => p.code === code) ?? { code, name: null, kind: kind ?? 'COUNTRY' }),
    role,
    side,
    evidence: [],
  }));
  return {
    id,
    date,
    datePrecision,
    status,
    modality,
    settingKind,
    settingEvent,
    cameo,
    confidence,
    sourceCount,
    disputed,
    corrected,
    place: pl ? { id: pl[0], name: pl[1], country: pl[2], lat: pl[3], lon: pl[4] } : null,
    placeEvidence: [],
    parties,
    participants,
    topics: rawTopics.map(([name, topicStatus]) => ({ name, status: topicStatus, evidence: [] })),
    evidence: [],
    corrections: [],
    anchorDay,
    sources,
  };
}

/**
 * Gives every meeting written before cards existed (or with an older card) a current one,
 * in batches; run with the schema migrations. Returns how many it rewrote.
 */
export async function upgradeCards(store: Store, batch = 1000): Promise<number> {
  let done = 0;
  for (;;) {
    const ids = await store.write(async (tx) => {
      const res = await tx.run(STALE_CARDS, { version: CARD_VERSION, take: int(batch) });
      const stale = res.records.map((r) => String(r.get('id')));
      await writeCards(tx, stale);
      return stale;
    });
    done += ids.length;
    if (ids.length < batch) return done;
  }
}
