/**
 * A meeting's card: its read model (MeetingView) without evidence or curation history,
 * stored as one JSON string on the Meeting.
 *
 * Lists of meetings (meeting pages, bilateral ties, graphs) read one string per meeting
 * instead of five subqueries and a few hundred nested maps: decoding those maps in the
 * driver was the largest single cost of an API request (CPU profile of `dkg serve` under
 * the meetings benchmark; docs/decisions/meeting-cards.md). Cards are rewritten by the same recomputation that derives the
 * meeting's values (meeting-aggregates.ts), so they change whenever a claim does.
 */
import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Side, TopicStatus } from '../domain/model.js';
import type { Store } from './driver.js';
import { MEETING_FIELDS, meetingMap, shapeMeeting, type MeetingView, type PartyRef } from './queries/meeting-projection.js';
import { int } from './queries/run.js';

const CARD_SOURCES = `
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN ${meetingMap({ evidence: false, corrections: false })} AS meeting,
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
    const card = shapeMeeting(r.get('meeting'));
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
function searchTextOf(card: MeetingView, aliases: string[]): string {
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
 * The stored form: one array, a slot per field of CARD_FIELDS in its order, lists as rows, a
 * participant's party as its code, and none of the lists a card is always without (evidence,
 * corrections). Property names were a third of the object form's JSON: without them a card is
 * a third smaller (662 -> 447 bytes on the 10k benchmark graph) and reads in 2.8 instead of
 * 4.1 µs; every page of meetings moves and parses 50.
 */
interface CardField {
  name: keyof MeetingView;
  encode: (card: MeetingView) => unknown;
  /** Gets the card decoded so far: the fields before this one. */
  decode: (stored: unknown, card: Partial<MeetingView>) => unknown;
}

/** A field stored as `encode` gives it; `decode` takes back exactly that. */
function field<K extends keyof MeetingView, S>(
  name: K,
  encode: (value: MeetingView[K]) => S,
  decode: (stored: S, card: Partial<MeetingView>) => MeetingView[K],
): CardField {
  return { name, encode: (card) => encode(card[name]), decode: decode as CardField['decode'] };
}

const asIs = <K extends keyof MeetingView>(name: K): CardField => field(name, (v) => v, (v) => v);

type PartyRow = [code: string, kind: PartyRef['kind'], name: string | null];
type ParticipantRow = [id: string, name: string, party: string | null, kind: PartyRef['kind'] | null, role: string | null, side: Side | null];

const CARD_FIELDS: CardField[] = [
  // The meeting's own values, as the projection reads them.
  ...(Object.keys(MEETING_FIELDS) as (keyof typeof MEETING_FIELDS)[]).map(asIs),
  field(
    'place',
    (pl) => (pl ? ([pl.id, pl.name, pl.country, pl.lat, pl.lon] as const) : null),
    (row) => (row ? { id: row[0], name: row[1], country: row[2], lat: row[3], lon: row[4] } : null),
  ),
  field(
    'parties',
    (ps) => ps.map((p): PartyRow => [p.code, p.kind, p.name]),
    (rows) => rows.map(([code, kind, name]) => ({ code, kind, name })),
  ),
  field(
    'participants',
    (ps) => ps.map((p): ParticipantRow => [p.person.id, p.person.name, p.party?.code ?? null, p.party?.kind ?? null, p.role, p.side]),
    (rows, card) =>
      rows.map(([id, name, code, kind, role, side]) => ({
        person: { id, name },
        // As shapeMeeting does: the meeting's party of that code, or a bare one when it has none.
        party: code === null ? null : (card.parties?.find((p) => p.code === code) ?? { code, name: null, kind: kind ?? 'COUNTRY' }),
        role,
        side,
        evidence: [],
      })),
  ),
  field(
    'topics',
    (ts) => ts.map((t): [name: string, status: TopicStatus] => [t.name, t.status]),
    (rows) => rows.map(([name, status]) => ({ name, status, evidence: [] })),
  ),
];

/** What a card is always without. */
const NOT_STORED = (): Pick<MeetingView, 'placeEvidence' | 'evidence' | 'corrections'> => ({ placeEvidence: [], evidence: [], corrections: [] });

/**
 * Bump when a field's encoding changes. Adding, removing or moving a field changes
 * CARD_VERSION by itself, so `upgradeCards` rewrites every older card either way.
 */
const CARD_ENCODING = 7;

export const CARD_VERSION = `${CARD_ENCODING}-${createHash('sha1')
  .update(CARD_FIELDS.map((f) => f.name).join(','))
  .digest('hex')
  .slice(0, 8)}`;

export function packCard(c: MeetingView): string {
  return JSON.stringify(CARD_FIELDS.map((f) => f.encode(c)));
}

function parseCard(json: string): MeetingView {
  const row = JSON.parse(json) as unknown[];
  const card: Partial<MeetingView> = NOT_STORED();
  CARD_FIELDS.forEach((f, i) => {
    (card as Record<string, unknown>)[f.name] = f.decode(row[i], card);
  });
  return card as MeetingView;
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
let newer = new Map<string, MeetingView>();
let older = new Map<string, MeetingView>();

/** The card in this text, shared between callers: frozen, so no caller can change it for the others. */
export function readCard(json: string): MeetingView {
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
