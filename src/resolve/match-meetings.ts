/**
 * Decides whether a reported meeting is one the graph already has: the same participants
 * (at least two shared, or all when fewer were named) and dates within a day; when a date
 * is missing, the same place within three days. A call and an in-person meeting are
 * different encounters even on the same day. A planned and a held report are one meeting
 * only when their dates and places are compatible: "agreed to meet again" names another
 * encounter, not the one just held.
 */
/** What matching compares, on a report and on a stored meeting alike. */
interface MatchFields {
  personIds: string[];
  modality: string;
  status: string;
  date: string | null;
  datePrecision: string | null;
  anchorDay: number | null;
  placeCountry: string | null;
}

/** What matching reads of a report (a MeetingRecord is one; `dkg db repair` reads a stored meeting as one). */
export interface ReportShape extends MatchFields {
  place: { id: string } | null;
}

export interface MeetingCandidate extends MatchFields {
  id: string;
  placeId: string | null;
}

const DAY_TOLERANCE = 1;
const UNDATED_TOLERANCE = 3;

function remote(modality: string): boolean {
  return modality === 'phone' || modality === 'video';
}

function sharedCount(a: string[], b: string[]): number {
  const set = new Set(b);
  return a.filter((x) => set.has(x)).length;
}

function datesAgree(m: ReportShape, c: MeetingCandidate): boolean | null {
  if (!m.date || !c.date) return null;
  if (m.datePrecision === 'day' && c.datePrecision === 'day') {
    return m.anchorDay !== null && c.anchorDay !== null && Math.abs(m.anchorDay - c.anchorDay) <= DAY_TOLERANCE;
  }
  // A month or a year agrees with any date inside it.
  const [short, long] = m.date.length <= c.date.length ? [m.date, c.date] : [c.date, m.date];
  return long.startsWith(short);
}

/** No contradiction on where: the same city when both name one, else the same country when both name one. */
export function placesCompatible(m: ReportShape, c: MeetingCandidate): boolean {
  if (m.place !== null && c.placeId !== null) return m.place.id === c.placeId;
  if (m.placeCountry !== null && c.placeCountry !== null) return m.placeCountry === c.placeCountry;
  return true;
}

/** How close a candidate is: higher is better; null when it is not the same meeting. */
export function matchScore(m: ReportShape, c: MeetingCandidate): number | null {
  if (remote(m.modality) !== remote(c.modality)) return null;
  const shared = sharedCount(m.personIds, c.personIds);
  const needed = Math.min(2, m.personIds.length, c.personIds.length);
  if (needed === 0 || shared < needed) return null;
  const agree = datesAgree(m, c);
  if (agree === false) return null;
  if (m.status !== c.status && !placesCompatible(m, c)) return null;
  if (agree === null) {
    // A date is missing: fall back on the place and the reports' days.
    if (m.anchorDay === null || c.anchorDay === null) return null;
    if (Math.abs(m.anchorDay - c.anchorDay) > UNDATED_TOLERANCE) return null;
    const samePlace = m.place !== null && m.place.id === c.placeId;
    const bothRemote = remote(m.modality) && m.place === null && c.placeId === null;
    if (!samePlace && !bothRemote) return null;
  }
  const distance = m.anchorDay !== null && c.anchorDay !== null ? Math.abs(m.anchorDay - c.anchorDay) : 3;
  return shared * 10 - distance;
}

/** A meeting the graph holds, read as a report of itself, to ask whether two stored meetings are one. */
export function asReport(c: MeetingCandidate): ReportShape {
  return { ...c, place: c.placeId === null ? null : { id: c.placeId } };
}
