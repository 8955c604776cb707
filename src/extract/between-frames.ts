/**
 * Meetings named by a noun phrase inside a sentence about something else: "noting two
 * conversations between Putin and Macron, and a planned call between Lavrov and Blinken".
 * Each "<meeting noun> between A and B" is a meeting of its own, with the tense and modality
 * its own words give; "possible" or negated ones are no meeting.
 */
import type { Modality } from '../domain/model.js';
import type { SentenceInfo } from './analyze.js';
import type { Entity, Resolution } from './coreference.js';
import type { Frame } from './distributive.js';
import type { EnumeratedItem } from './enumerations.js';
import type { Mention } from './mentions.js';

const NOUN_BETWEEN = /\b((?:[\w-]+\s+){0,3}?)((?:tele)?phone\s+|video\s+)?(calls?|conversations?|talks|meetings?|summit|negotiations|contacts?|visits?|encounters?|consultations|phone talks)\s+between\s+/gi;
const PLANNED = /\b(?:planned|upcoming|expected|scheduled|proposed|next|forthcoming|future|prospective)\b/i;
const HEDGED = /\b(?:possible|potential|hypothetical|no|any|without)\b/i;
const PHONE_NOUN = /^(?:calls?|conversations?)$/i;

export interface BetweenFrames {
  frames: Frame[];
  /** Mentions the frames took. */
  taken: Set<Mention>;
  /** Parties of the sentence left outside every frame. */
  rest: Entity[];
  /** A frame came from "X's talks with Y": the sentence is about another meeting than its own. */
  possessive: boolean;
}

export function betweenFrames(s: SentenceInfo, parties: Entity[], res: Resolution): BetweenFrames | null {
  if (s.isTitle || parties.length < 2 || !/\bbetween\b|['\u2019]s?\s+(?:[\w-]+\s+){0,2}(?:talks|meeting|call|visit|conversation)\s+with\b/i.test(s.text)) return null;
  const text = s.text;
  const frames: Frame[] = [];
  const taken = new Set<Mention>();
  const used = new Set<Entity>();
  NOUN_BETWEEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NOUN_BETWEEN.exec(text)) !== null) {
    const end = m.index + m[0].length;
    const after = s.mentions.filter((x) => x.offset >= end && res.of.has(x)).sort((a, b) => a.offset - b.offset);
    const a = after[0];
    const b = after[1];
    if (!a || !b) continue;
    const joint = text.slice(a.offset + a.surface.length, b.offset);
    if (!/\band\b|&/.test(joint) || /[.;]/.test(joint) || joint.length > 80) continue;
    const ea = res.of.get(a) as Entity;
    const eb = res.of.get(b) as Entity;
    if (ea === eb) continue;
    taken.add(a);
    taken.add(b);
    const modifiers = m[1] ?? '';
    if (HEDGED.test(modifiers) || /\b(?:no|not|without)\s+(?:\w+\s+){0,3}$/i.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    used.add(ea);
    used.add(eb);
    const noun = (m[3] ?? '').toLowerCase();
    const modality: Modality | null = /video/i.test(m[2] ?? '') ? 'video' : m[2] || PHONE_NOUN.test(noun) ? 'phone' : s.modality;
    frames.push({ parties: [ea, eb], future: PLANNED.test(modifiers), modality, at: spanOf(s, m.index, b.offset + b.surface.length) });
  }
  const before = frames.length;
  possessiveFrames(s, res, frames, taken, used);
  if (taken.size === 0) return null;
  const rest = parties.filter((p) => !used.has(p) && !s.mentions.some((x) => taken.has(x) && res.of.get(x) === p));
  return { frames, taken, rest, possessive: frames.length > before };
}

/** "Modi's talks with Zelensky in Kyiv", "Lavrov's visit with Wang": the possessor and the one after "with". */
const POSS_WITH = /['\u2019]s?\s+((?:[\w-]+\s+){0,2})(talks|meeting|call|visit|conversation)\s+with\s+/gi;

function possessiveFrames(s: SentenceInfo, res: Resolution, frames: Frame[], taken: Set<Mention>, used: Set<Entity>): void {
  POSS_WITH.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = POSS_WITH.exec(s.text)) !== null) {
    const at = m.index;
    const end = at + m[0].length;
    const owner = s.mentions.filter((x) => x.poss && x.offset + x.surface.length <= at + 1 && at - (x.offset + x.surface.length) <= 1 && res.of.has(x)).pop();
    const other = s.mentions.find((x) => x.offset >= end && x.offset - end < 60 && res.of.has(x) && !x.poss);
    if (!owner || !other) continue;
    const a = res.of.get(owner) as Entity;
    const b = res.of.get(other) as Entity;
    if (a === b) continue;
    taken.add(owner);
    taken.add(other);
    if (HEDGED.test(m[1] ?? '')) continue;
    used.add(a);
    used.add(b);
    const noun = (m[2] ?? '').toLowerCase();
    frames.push({ parties: [a, b], future: PLANNED.test(m[1] ?? ''), modality: noun === 'call' ? 'phone' : s.modality === 'phone' ? null : s.modality, at: spanOf(s, at, other.offset + other.surface.length) });
  }
}

/** The date and place written inside a noun phrase's span (up to the next comma or clause). */
function spanOf(s: SentenceInfo, start: number, namesEnd: number): EnumeratedItem {
  const rest = s.text.slice(namesEnd);
  const stop = /[,;]|\s(?:and|but|while|as|after|before)\s/.exec(rest);
  const end = namesEnd + (stop ? stop.index : rest.length);
  const date = s.dates().find((d) => d.index >= start && d.index < end && !d.relative);
  const place = s.places.find((p) => p.offset >= start && p.offset < end) ?? null;
  return { date: date?.value ?? null, place };
}

