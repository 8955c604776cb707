/**
 * Visits each way between two parties, as trips. A visit is a held in-person meeting where
 * one party travelled to the other; the meetings of one visiting party in one host country
 * on consecutive days are one trip (a minister who sees the foreign minister and then the
 * president of the host country on the same day made one visit, not two). Gaps run from the
 * last day of one trip to the first day of the next in the same direction, and the days
 * since the latest trip each way are counted to a given today.
 */
import { epochDay } from '../../resolve/ids.js';
import type { MeetingRef, MeetingView } from './meeting-projection.js';
import type { PartyCode } from './meeting-filter.js';

/** What a trip needs of a meeting (bilateral-ties.ts reads it from the card). */
type VisitMeeting = Pick<MeetingView, 'id' | 'date' | 'anchorDay' | 'status' | 'modality' | 'place' | 'participants'>;

export interface NamedParty extends PartyCode {
  name: string | null;
}

export interface Trip {
  meeting: MeetingRef;
  meetings: MeetingRef[];
  start: string | null;
  end: string | null;
  visitor: NamedParty;
  host: NamedParty;
  daysSincePrevious: number | null;
  yearsSincePrevious: number | null;
}

export interface Visits {
  aToB: number;
  bToA: number;
  balance: number;
  list: Trip[];
  asOf: string;
  daysSinceLastAToB: number | null;
  daysSinceLastBToA: number | null;
}

const ref = (m: VisitMeeting): MeetingRef => ({ id: m.id, date: m.date, status: m.status, modality: m.modality });
const byDate = (x: VisitMeeting, y: VisitMeeting): number =>
  (x.date ?? '') < (y.date ?? '') ? -1 : (x.date ?? '') > (y.date ?? '') ? 1 : x.id < y.id ? -1 : 1;

/** Who visited whom: the participants' sides when the articles give them, else where it was held. */
export function visitOf(m: VisitMeeting, a: NamedParty, b: NamedParty): { visitor: NamedParty; host: NamedParty } | null {
  if (m.modality !== 'in_person' || m.status !== 'held') return null;
  const partyOf = (code: string | null | undefined): NamedParty | null =>
    code === a.code ? a : code === b.code ? b : null;
  const on = (side: 'visitor' | 'host'): NamedParty | null =>
    partyOf(m.participants.find((p) => p.side === side && partyOf(p.party?.code))?.party?.code);
  const visitor = on('visitor');
  const host = on('host');
  if (visitor && host && visitor !== host) return { visitor, host };
  const at = partyOf(m.place?.country);
  if (at && at.kind === 'COUNTRY') return { visitor: at === a ? b : a, host: at };
  return null;
}

interface OpenTrip {
  visitor: NamedParty;
  host: NamedParty;
  /** Visitor, host, and the country it was in: one trip stays in one host country. */
  key: string;
  meetings: VisitMeeting[];
  /** First and last day; null when its meeting has no day at all. */
  first: number | null;
  last: number | null;
  /** Whether a meeting on the next day may still join (only day-precise trips grow). */
  open: boolean;
}

/** The trips among these meetings, oldest first. */
function tripsOf(all: VisitMeeting[], a: NamedParty, b: NamedParty): OpenTrip[] {
  const trips: OpenTrip[] = [];
  const current = new Map<string, OpenTrip>();
  for (const m of [...all].sort(byDate)) {
    const v = visitOf(m, a, b);
    if (!v) continue;
    const exact = m.date ? epochDay(m.date) : null;
    const day = exact ?? m.anchorDay;
    const key = `${v.visitor.code}>${v.host.code}@${m.place?.country ?? v.host.code}`;
    const trip = current.get(key);
    if (trip && trip.open && exact !== null && trip.last !== null && exact - trip.last <= 1) {
      trip.meetings.push(m);
      trip.last = Math.max(trip.last, exact);
      continue;
    }
    const next: OpenTrip = { ...v, key, meetings: [m], first: day, last: day, open: exact !== null };
    trips.push(next);
    current.set(key, next);
  }
  return trips;
}

/**
 * Visits of `a` and `b` to each other: every trip with a meeting in `window` (ids), with its gap
 * from the previous trip the same way (any date), and the days from the latest trip each way
 * (any date up to `today`) to `today`.
 */
export function visitsOf(all: VisitMeeting[], window: Set<string>, a: NamedParty, b: NamedParty, today: string): Visits {
  const todayDay = epochDay(today);
  const lastDay = new Map<string, number>();
  const latest = new Map<string, number>();
  const list: Trip[] = [];
  for (const t of tripsOf(all, a, b)) {
    // By which party travelled, not its code: a country and an organisation may share one (AU).
    const direction = t.visitor === a ? 'a' : 'b';
    const prev = lastDay.get(direction);
    const days = t.first !== null && prev !== undefined ? t.first - prev : null;
    if (t.last !== null) lastDay.set(direction, t.last);
    if (t.last !== null && todayDay !== null && t.first !== null && t.first <= todayDay) latest.set(direction, t.last);
    if (!t.meetings.some((m) => window.has(m.id))) continue;
    const first = t.meetings[0] as VisitMeeting;
    list.push({
      meeting: ref(first),
      meetings: t.meetings.map(ref),
      start: first.date,
      end: (t.meetings[t.meetings.length - 1] as VisitMeeting).date,
      visitor: t.visitor,
      host: t.host,
      daysSincePrevious: days,
      yearsSincePrevious: days === null ? null : Math.round((days / 365.25) * 10) / 10,
    });
  }
  const since = (direction: 'a' | 'b'): number | null => {
    const day = latest.get(direction);
    return day === undefined || todayDay === null ? null : Math.max(0, todayDay - day);
  };
  const aToB = list.filter((v) => v.visitor === a).length;
  const bToA = list.length - aToB;
  return { aToB, bToA, balance: aToB - bToA, list, asOf: today, daysSinceLastAToB: since('a'), daysSinceLastBToA: since('b') };
}
