/**
 * A meeting's card: the meeting as the API shows it without evidence or curation history
 * (place, parties, participants with their party, role and side, topics), plus the ids of
 * the articles reporting it, stored as one JSON string on the Meeting.
 *
 * Lists of meetings (meeting pages, bilateral ties, graphs) read one string per meeting
 * instead of five subqueries and a few hundred nested maps: decoding those maps in the
 * driver was the largest single cost of an API request (CPU profile of `dkg serve` under
 * the issue-5 benchmark). Cards are rewritten by the same recomputation that derives the
 * meeting's values (meeting-aggregates.ts), so they change whenever a claim does.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Store } from './driver.js';
import { meetingMap, shapeMeeting, type Meeting, type PartyRef } from './queries/meeting-projection.js';
import { int } from './queries/run.js';

/** Bump when the card's shape changes: `upgradeCards` rewrites every older card. */
export const CARD_VERSION = 3;

export interface MeetingCard extends Meeting {
  anchorDay: number | null;
  /** Ids of the articles that report the meeting. */
  sources: string[];
}

const CARD_SOURCES = `
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN ${meetingMap({ evidence: false, corrections: false })} AS meeting, m.anchorDay AS anchorDay,
       COLLECT { MATCH (a:Article)-[:REPORTS]->(m) RETURN a.id AS x ORDER BY x } AS sources`;

// The keys of its parties and people beside the card, as lists Cypher can read: graph
// neighbourhoods test and return them for hundreds of meetings without expanding each.
const WRITE_CARDS = `
UNWIND $cards AS c
MATCH (m:Meeting {id: c.id})
SET m.card = c.card, m.partyKeys = c.partyKeys, m.personKeys = c.personKeys, m.cardVersion = $version`;

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
    };
  });
  await tx.run(WRITE_CARDS, { cards, version: CARD_VERSION });
}

/**
 * The stored form: lists as rows instead of objects, a participant's party as its code, and
 * none of the lists a card is always without (evidence, corrections): some 40% less JSON
 * than the full object, which every write of a touched meeting and every page of meetings
 * moves and parses.
 */
interface PackedCard extends Omit<MeetingCard, 'parties' | 'participants' | 'topics' | 'evidence' | 'placeEvidence' | 'corrections'> {
  parties: [code: string, kind: PartyRef['kind'], name: string | null][];
  participants: [id: string, name: string, party: string | null, kind: PartyRef['kind'] | null, role: string | null, side: string | null][];
  topics: [name: string, status: string][];
}

const ALWAYS_EMPTY = ['evidence', 'placeEvidence', 'corrections'] as const;

export function packCard(card: MeetingCard): string {
  const packed: Record<string, unknown> = {
    ...card,
    parties: card.parties.map((p) => [p.code, p.kind, p.name]),
    participants: card.participants.map((p) => [p.person.id, p.person.name, p.party?.code ?? null, p.party?.kind ?? null, p.role, p.side]),
    topics: card.topics.map((t) => [t.name, t.status]),
  };
  for (const key of ALWAYS_EMPTY) delete packed[key];
  return JSON.stringify(packed);
}

export function readCard(json: string): MeetingCard {
  const packed = JSON.parse(json) as PackedCard;
  const parties: PartyRef[] = [];
  for (const [code, kind, name] of packed.parties) parties.push({ code, kind, name });
  const participants: MeetingCard['participants'] = [];
  for (const [id, name, code, kind, role, side] of packed.participants) {
    participants.push({
      person: { id, name },
      // As shapeMeeting does: the meeting's party of that code, or a bare one when it has none.
      party: code === null ? null : (parties.find((p) => p.code === code) ?? { code, name: null, kind: kind ?? 'COUNTRY' }),
      role,
      side,
      evidence: [],
    });
  }
  const topics: MeetingCard['topics'] = [];
  for (const [name, status] of packed.topics) topics.push({ name, status, evidence: [] });
  // Filled in place: spreading the parsed object into a new one doubled the cost of a card.
  const card = packed as unknown as MeetingCard;
  card.parties = parties;
  card.participants = participants;
  card.topics = topics;
  card.evidence = [];
  card.placeEvidence = [];
  card.corrections = [];
  return card;
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
