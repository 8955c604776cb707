/**
 * The bilateral view's time story as plain data: months on a real time axis (so gaps show),
 * trips each way with the years since the one before, and planned meetings gone stale. No DOM.
 */
import type { VisitData } from './api.js';

export interface MonthBar {
  /** First day of the month, UTC. */
  start: Date;
  /** First day of the next month, UTC. */
  end: Date;
  count: number;
}

/** "2025-03" -> the month as a span of time; periods that are not months are skipped. */
export function monthBars(timeline: { period: string; count: number }[]): MonthBar[] {
  const bars: MonthBar[] = [];
  for (const t of timeline) {
    const m = /^(\d{4})-(\d{2})$/.exec(t.period);
    if (!m) continue;
    const y = Number(m[1]);
    const mo = Number(m[2]) - 1;
    bars.push({ start: new Date(Date.UTC(y, mo, 1)), end: new Date(Date.UTC(y, mo + 1, 1)), count: t.count });
  }
  return bars.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** Gaps of at least `minMonths` empty months between bars, for the axis to name. */
export function gaps(bars: MonthBar[], minMonths = 6): { from: Date; to: Date; months: number }[] {
  const out: { from: Date; to: Date; months: number }[] = [];
  for (let i = 1; i < bars.length; i++) {
    const prev = bars[i - 1]!;
    const next = bars[i]!;
    const months = (next.start.getUTCFullYear() - prev.end.getUTCFullYear()) * 12 + next.start.getUTCMonth() - prev.end.getUTCMonth();
    if (months >= minMonths) out.push({ from: prev.end, to: next.start, months });
  }
  return out;
}

/** How a trip reads: "first visit in 7 years", "first known visit", or nothing for a routine one. */
export function visitNote(v: Pick<VisitData, 'yearsSincePrevious'>): string | null {
  if (v.yearsSincePrevious === null) return 'first known visit';
  if (v.yearsSincePrevious >= 1) {
    const years = Math.floor(v.yearsSincePrevious);
    return `first visit in ${years} year${years === 1 ? '' : 's'}`;
  }
  return null;
}

/** A planned meeting whose date (its whole month or year, when that is all we know) has passed. */
export function isOverdue(m: { status: string; date: string | null }, today: string): boolean {
  if (m.status !== 'PLANNED' || !m.date) return false;
  const last = /^\d{4}$/.test(m.date) ? `${m.date}-12-31` : /^\d{4}-\d{2}$/.test(m.date) ? `${m.date}-31` : m.date.slice(0, 10);
  return last < today;
}

/** Today as an ISO day in UTC, as the API dates meetings. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
