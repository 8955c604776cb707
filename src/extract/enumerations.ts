/**
 * Lists of past meetings told in one sentence: "have met four times: in Astana in 2019, in
 * Moscow in 2021 and in Samarkand in 2022"; "first at Bishkek in April, the second in Sochi in
 * July". Each place with its date is a meeting of its own.
 */
import type { SentenceInfo } from './analyze.js';
import { adjustYear, type DateMention } from './dates.js';
import type { PlaceMention } from './locations.js';

export interface EnumeratedItem {
  date: string | null;
  place: PlaceMention | null;
}

/** Words that count meetings: the sentence lists them. */
const MET = /\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+) times|twice|(?:the )?first (?:at|in|was)|(?:the )?second (?:at|in|was)|(?:previous|earlier|past) (?:meetings|talks|visits|encounters|summits))\b/i;

export function enumeratedMeetings(s: SentenceInfo, ref: Date | null): EnumeratedItem[] | null {
  if (s.future || !MET.test(s.text)) return null;
  const places = s.places.filter((p) => p.city);
  // Months named without a year ("in May") are the latest such month before the article.
  const dates = s.dates()
    .filter((d) => !d.relative || !/\b(?:today|yesterday|tomorrow|tonight|week|day|ago|last|next|this)\b/i.test(d.text))
    .map((d) => (ref && d.relative ? { ...d, value: adjustYear(d, ref, false) } : d))
    .filter((d) => isPast(d, ref));
  if (places.length < 2 && dates.length < 2) return null;
  const cities = new Set(places.map((p) => p.city));
  const values = new Set(dates.map((d) => d.value));
  if (cities.size < 2 && values.size < 2) return null;
  // Pair each place with the date written closest after it (or, failing that, before it).
  if (places.length >= dates.length) {
    return places.map((p) => ({ place: p, date: nearestDate(dates, p.offset)?.value ?? null }));
  }
  return dates.map((d) => ({ date: d.value, place: nearestPlace(places, d.index) }));
}

function nearestDate(dates: DateMention[], offset: number): DateMention | undefined {
  return dates.find((d) => d.index > offset && d.index - offset < 40) ?? [...dates].reverse().find((d) => d.index < offset && offset - d.index < 25);
}

function nearestPlace(places: PlaceMention[], index: number): PlaceMention | null {
  return [...places].reverse().find((p) => p.offset < index && index - p.offset < 40) ?? places.find((p) => p.offset > index && p.offset - index < 25) ?? null;
}

function isPast(d: DateMention, ref: Date | null): boolean {
  if (!ref) return true;
  return d.value.slice(0, 7) < ref.toISOString().slice(0, 7);
}
