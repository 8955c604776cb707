/**
 * The bilateral view's time story as plain data: months on a real time axis (so gaps show),
 * in person versus calls per month, quarter or year, trips each way with the years since the
 * one before, and planned meetings gone stale. No DOM.
 */
import type { VisitData } from './api.js';

export interface MonthBar {
  /** First day of the month, UTC. */
  start: Date;
  /** First day of the next month, UTC. */
  end: Date;
  count: number;
}

/** "2025-03" -> year 2025, month 2 (zero-based); null for a period that is not a month. */
function monthOf(period: string): { year: number; month: number } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  return m ? { year: Number(m[1]), month: Number(m[2]) - 1 } : null;
}

/** "2025-03" -> the month as a span of time; periods that are not months are skipped. */
export function monthBars(timeline: { period: string; count: number }[]): MonthBar[] {
  return timeline
    .flatMap((t) => {
      const m = monthOf(t.period);
      if (!m) return [];
      const { start, end } = binOf(m.year, m.month, 'month');
      return [{ start, end, count: t.count }];
    })
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** Gaps of at least `minMonths` empty months between bars, for the axis to name. */
export function gaps(bars: MonthBar[], minMonths = 6): { from: Date; to: Date; months: number }[] {
  const out: { from: Date; to: Date; months: number }[] = [];
  for (let i = 1; i < bars.length; i++) {
    const prev = bars[i - 1]!;
    const next = bars[i]!;
    const months = monthsBetween(prev.end, next.start);
    if (months >= minMonths) out.push({ from: prev.end, to: next.start, months });
  }
  return out;
}

export type BinUnit = 'month' | 'quarter' | 'year';

export interface ModalityCounts {
  inPerson: number;
  phone: number;
  video: number;
}

export interface ModalityBin extends ModalityCounts {
  start: Date;
  end: Date;
  /** "2024-07", "2024 Q3" or "2024". */
  label: string;
}

const monthsBetween = (a: Date, b: Date): number => (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();

/** Months for up to two years, quarters up to six, years beyond: bars wide enough to read their split. */
export function binUnitFor(months: number): BinUnit {
  return months <= 24 ? 'month' : months <= 72 ? 'quarter' : 'year';
}

/** The bin of `unit` a month falls in. */
function binOf(year: number, month: number, unit: BinUnit): Pick<ModalityBin, 'start' | 'end' | 'label'> {
  if (unit === 'year') return { start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year + 1, 0, 1)), label: String(year) };
  if (unit === 'quarter') {
    const q = Math.floor(month / 3);
    return { start: new Date(Date.UTC(year, 3 * q, 1)), end: new Date(Date.UTC(year, 3 * q + 3, 1)), label: `${year} Q${q + 1}` };
  }
  return { start: new Date(Date.UTC(year, month, 1)), end: new Date(Date.UTC(year, month + 1, 1)), label: `${year}-${String(month + 1).padStart(2, '0')}` };
}

/**
 * Monthly counts of in person, phone and video summed into bins of `unit` (by default one
 * fitting the span), oldest first; bins without meetings are left out, the axis keeps them.
 */
export function modalityBins(rows: readonly ({ period: string } & ModalityCounts)[], unit?: BinUnit): { unit: BinUnit; bins: ModalityBin[] } {
  const months = rows.flatMap((r) => {
    const m = monthOf(r.period);
    return m ? [{ ...m, row: r }] : [];
  });
  const starts = months.map((m) => new Date(Date.UTC(m.year, m.month, 1))).sort((a, b) => a.getTime() - b.getTime());
  const chosen = unit ?? (starts.length ? binUnitFor(monthsBetween(starts[0]!, starts.at(-1)!) + 1) : 'month');
  const bins = new Map<string, ModalityBin>();
  for (const { year, month, row } of months) {
    const b = binOf(year, month, chosen);
    const bin = bins.get(b.label) ?? { ...b, inPerson: 0, phone: 0, video: 0 };
    bin.inPerson += row.inPerson;
    bin.phone += row.phone;
    bin.video += row.video;
    bins.set(b.label, bin);
  }
  return { unit: chosen, bins: [...bins.values()].sort((a, b) => a.start.getTime() - b.start.getTime()) };
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
