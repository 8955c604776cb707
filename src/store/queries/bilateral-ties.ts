/**
 * The ties between two parties: one round trip (shared with concurrent asks,
 * batched-reads.ts) fetches the card of every meeting of the pair (all time and every
 * status), and the figures are computed here: those of the scope asked (held by default),
 * and beside them held and planned counts, the last held and the next planned meeting, and
 * visits as trips (visit-trips.ts). All time, because "the first visit in nine years" needs
 * the visits before the period asked about.
 */
import type { Store } from '../driver.js';
import type { PartyCode } from './meeting-filter.js';
import { readCard } from '../meeting-cards.js';
import { batchedQuery } from '../batched-reads.js';
import type { MeetingRef, MeetingView, PersonRef, PlaceRef } from './meeting-projection.js';
import { statusesOf, type StatusScope } from './status-scope.js';
import { visitsOf, type NamedParty, type Visits } from './visit-trips.js';

export type { NamedParty } from './visit-trips.js';


const LABEL = { COUNTRY: 'Country', ORGANIZATION: 'Organization' } as const;

const pairMeetings = (a: PartyCode, b: PartyCode): string => `
OPTIONAL MATCH (pa:${LABEL[a.kind]} {code: $a})
OPTIONAL MATCH (pb:${LABEL[b.kind]} {code: $b})
CALL (pa, pb) {
  // The key list on the meeting (meeting-cards.ts) rules out most meetings before the
  // second BETWEEN is looked for (collecting them keeps the planner from checking the
  // pattern first); the pattern still decides, as a country and an organisation may share
  // a code (AU).
  MATCH (pa)<-[:BETWEEN]-(m:Meeting)
  WHERE $b IN m.partyKeys
  WITH pb, collect(m) AS candidates
  UNWIND candidates AS m
  WITH m WHERE (m)-[:BETWEEN]->(pb)
  RETURN collect(m.card) AS cards
}
RETURN pa.name AS aName, pb.name AS bName, cards`;

const PAIR_COLUMNS = ['aName', 'bName', 'cards'];

export interface BilateralTies {
  a: NamedParty;
  b: NamedParty;
  count: number;
  held: number;
  planned: number;
  firstMeeting: MeetingRef | null;
  lastMeeting: MeetingRef | null;
  lastHeldMeeting: MeetingRef | null;
  nextPlannedMeeting: MeetingRef | null;
  timeline: { period: string; count: number }[];
  /** The months of `timeline`, each split by how its meetings were held. */
  modalityTimeline: ModalityPeriod[];
  topics: { topic: string; count: number }[];
  places: { place: PlaceRef; count: number }[];
  peopleA: { person: PersonRef; count: number }[];
  peopleB: { person: PersonRef; count: number }[];
  sources: number;
  visits: Visits;
  setting: { standalone: number; sidelines: number; events: { event: string; count: number }[] };
  modality: { inPerson: number; phone: number; video: number; calls: number };
  /** The cards of the meetings counted, for a page of them without another round trip. */
  cards: MeetingView[];
}

export interface ModalityPeriod {
  period: string;
  inPerson: number;
  phone: number;
  video: number;
}

/** Per month (day- or month-precise dates only), in person versus calls; `timeline` is their sum. */
export function modalityByMonth(ms: readonly { date: string | null; modality: string }[]): ModalityPeriod[] {
  const months = new Map<string, ModalityPeriod>();
  for (const m of ms) {
    if (!m.date || m.date.length < 7) continue;
    const period = m.date.slice(0, 7);
    const row = months.get(period) ?? { period, inPerson: 0, phone: 0, video: 0 };
    // Anything not a call counts as in person, as the `modality` totals count it.
    row[m.modality === 'phone' ? 'phone' : m.modality === 'video' ? 'video' : 'inPerson'] += 1;
    months.set(period, row);
  }
  return [...months.values()].sort((x, y) => (x.period < y.period ? -1 : 1));
}

/** Whether a meeting's date (of any precision) overlaps [from, to]. */
export function inRange(date: string | null, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  if (from && date < from.slice(0, date.length)) return false;
  // Compared at the coarser precision: "2024-05-03" is within to: "2024".
  if (to && date.slice(0, to.length) > to.slice(0, date.length)) return false;
  return true;
}

/** Counts, most first, ties by key. */
function ranked<K>(items: K[], key: (k: K) => string): { item: K; count: number }[] {
  const counts = new Map<string, { item: K; count: number }>();
  for (const it of items) {
    const k = key(it);
    const c = counts.get(k);
    if (c) c.count += 1;
    else counts.set(k, { item: it, count: 1 });
  }
  return [...counts.entries()]
    .sort(([ka, a], [kb, b]) => b.count - a.count || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([, v]) => v);
}

const ref = (m: MeetingView): MeetingRef => ({ id: m.id, date: m.date, status: m.status, modality: m.modality });
const byDate = (x: MeetingView, y: MeetingView): number =>
  (x.date ?? '') < (y.date ?? '') ? -1 : (x.date ?? '') > (y.date ?? '') ? 1 : x.id < y.id ? -1 : 1;

export async function bilateralTies(
  store: Store,
  pa: PartyCode,
  pb: PartyCode,
  range: { from: string | null; to: string | null },
  ask: { scope: StatusScope; today: string },
): Promise<BilateralTies> {
  const [row] = await batchedQuery<{ aName: string | null; bName: string | null; cards: string[] }>(
    store,
    pairMeetings(pa, pb),
    PAIR_COLUMNS,
    { a: pa.code, b: pb.code },
  );
  const all = (row?.cards ?? []).map(readCard);
  const a: NamedParty = { ...pa, name: row?.aName ?? null };
  const b: NamedParty = { ...pb, name: row?.bName ?? null };
  const inPeriod = all.filter((m) => inRange(m.date, range.from, range.to)).sort(byDate);
  const statuses = statusesOf(ask.scope);
  const ms = inPeriod.filter((m) => statuses.includes(m.status));
  const dated = ms.filter((m) => m.date);
  const perMonth = modalityByMonth(ms);
  const heldDated = inPeriod.filter((m) => m.status === 'held' && m.date);
  // The soonest planned meeting not before today: a month or year date counts while it lasts.
  const next = all
    .filter((m) => m.status === 'planned' && m.date && m.date >= ask.today.slice(0, m.date.length))
    .sort(byDate)[0];
  // Each person once per meeting, for the party they represented in it.
  const representing = (m: MeetingView, party: string): PersonRef[] => [
    ...new Map(m.participants.filter((p) => p.party?.code === party).map((p) => [p.person.id, p.person])).values(),
  ];
  const people = (party: string): { person: PersonRef; count: number }[] =>
    ranked(
      ms.flatMap((m) => representing(m, party)),
      (p) => p.id,
    )
      .sort((x, y) => y.count - x.count || (x.item.name < y.item.name ? -1 : 1))
      .map(({ item, count }) => ({ person: { id: item.id, name: item.name }, count }));
  const sidelines = ms.filter((m) => m.settingKind === 'sidelines');
  const phone = ms.filter((m) => m.modality === 'phone').length;
  const video = ms.filter((m) => m.modality === 'video').length;
  return {
    a,
    b,
    count: ms.length,
    held: inPeriod.filter((m) => m.status === 'held').length,
    planned: inPeriod.filter((m) => m.status === 'planned').length,
    firstMeeting: dated[0] ? ref(dated[0]) : null,
    lastMeeting: dated.length ? ref(dated[dated.length - 1] as MeetingView) : null,
    lastHeldMeeting: heldDated.length ? ref(heldDated[heldDated.length - 1] as MeetingView) : null,
    nextPlannedMeeting: next ? ref(next) : null,
    timeline: perMonth.map((p) => ({ period: p.period, count: p.inPerson + p.phone + p.video })),
    modalityTimeline: perMonth,
    topics: ranked(ms.flatMap((m) => m.topics.map((t) => t.name)), (t) => t).map(({ item, count }) => ({ topic: item, count })),
    places: ranked(
      ms.flatMap((m) => (m.place ? [m.place] : [])),
      (p) => p.id,
    ).map(({ item, count }) => ({ place: item, count })),
    peopleA: people(a.code),
    peopleB: people(b.code),
    sources: new Set(ms.flatMap((m) => m.articleIds)).size,
    visits: visitsOf(all, new Set(inPeriod.map((m) => m.id)), a, b, ask.today),
    setting: {
      standalone: ms.length - sidelines.length,
      sidelines: sidelines.length,
      events: ranked(
        sidelines.flatMap((m) => (m.settingEvent ? [m.settingEvent] : [])),
        (e) => e,
      ).map(({ item, count }) => ({ event: item, count })),
    },
    modality: { inPerson: ms.length - phone - video, phone, video, calls: phone + video },
    cards: ms,
  };
}
