/**
 * Distributive lists: one subject meeting a list of people ("met with President A, Prime
 * Minister B and Foreign Minister C", "held bilateral meetings with A, B and C", "met
 * separately with A and B") reports one meeting per person listed, unless the sentence says
 * they met together (a joint, trilateral or round-table meeting, a working session).
 */
import type { Modality } from '../domain/model.js';
import type { SentenceInfo } from './analyze.js';
import type { Entity, Resolution } from './coreference.js';
import type { EnumeratedItem } from './enumerations.js';
import { FUTURE_MEET } from './lexicon/cues.js';

/** A verb or noun phrase that takes the list as its object. */
const LIST_VERB = /\b(?:met|meets|meet|meeting)(?: (?:separately|individually|also|later|then|respectively))?(?: with)?\s|\b(?:held|holds|hold|had|has|have|holding|having) (?:[\w-]+\s+){0,3}?(?:talks|meetings|consultations|discussions|conversations|bilaterals)(?: separately)? with\s|\b(?:bilateral|separate|individual) (?:talks|meetings|consultations|discussions|conversations) with\s|\bmeetings with\s|\b(?:received|receives|receiving)\s|\bspoke (?:separately )?(?:with|to)\s|\bcalled on\s|\bpaid (?:a )?courtesy calls? on\s/gi;

/** Told as one meeting of everyone: no split. */
const TOGETHER = /\b(?:together|jointly|joint|trilateral|tripartite|three-way|four-way|quadrilateral|multilateral|round[- ]?table|working session|plenary|all (?:three|four|five)|group of|format)\b/i;
const SEPARATELY = /\b(?:separately|individually|respectively|bilateral meetings|separate (?:talks|meetings))\b/i;

/** Words between two listed names that end the list: a new clause, not another name. */
const LIST_BREAK = /\b(?:who|which|where|when|to discuss|discussed|said|during|before|after|while|about|on the|at the|in the)\b|[.:]/i;

/**
 * The meetings a sentence's list yields, each as [subject..., one object], or null when the
 * sentence holds no distributive list.
 */
export function distributiveFrames(s: SentenceInfo, parties: Entity[], res: Resolution): ListFrames | null {
  if (parties.length < 2 || s.isTitle) return null;
  const text = s.text;
  if (TOGETHER.test(text) && !SEPARATELY.test(text)) return null;
  LIST_VERB.lastIndex = 0;
  const verb = LIST_VERB.exec(text);
  if (!verb) return null;
  const verbEnd = verb.index + verb[0].length;
  const at = new Map<Entity, { start: number; end: number }>();
  for (const m of s.mentions) {
    const e = res.of.get(m);
    if (!e || !parties.includes(e) || at.has(e)) continue;
    at.set(e, { start: m.offset, end: m.offset + m.surface.length });
  }
  const carried = new Set((s.carried ?? []).map((m) => res.of.get(m)).filter((e): e is Entity => !!e));
  let subjects = parties.filter((e) => carried.has(e) || (at.get(e)?.start ?? -1) < verb.index);
  const objects = parties.filter((e) => !subjects.includes(e) && (at.get(e)?.start ?? -1) >= verbEnd)
    .sort((a, b) => (at.get(a)?.start ?? 0) - (at.get(b)?.start ?? 0));
  // "Speaking after meetings with A and B, Borrell said ...": the subject comes after the list,
  // past the comma that closes the opening phrase.
  if (subjects.length === 0 && /^\W*(?:speaking|after|following|during|in|at)\b/i.test(text)) {
    const comma = text.indexOf(',', verbEnd);
    const inPhrase = comma < 0 ? [] : objects.filter((e) => (at.get(e)?.start ?? 0) < comma);
    const after = comma < 0 ? undefined : s.mentions.find((m) => m.offset > comma && m.kind !== 'pronoun' && res.of.has(m) && !inPhrase.includes(res.of.get(m) as Entity));
    if (after && /^,\s*(?:[\p{L}'\u2019.-]+\s+){0,6}$/u.test(text.slice(comma, after.offset))) {
      subjects = [res.of.get(after) as Entity];
      objects.splice(0, objects.length, ...inPhrase);
    }
  }
  if (subjects.length === 0 || objects.length < 2 || subjects.length + objects.length < 3) return null;
  // The listed names must follow one another as a list: only roles, titles and "and" between them.
  for (let k = 1; k < objects.length; k++) {
    const gap = text.slice(at.get(objects[k - 1] as Entity)?.end ?? 0, at.get(objects[k] as Entity)?.start ?? 0);
    if (gap.length > 160 || LIST_BREAK.test(gap) || !/,|\band\b|&|;/.test(gap)) return null;
  }
  const first = text.slice(verbEnd, at.get(objects[0] as Entity)?.start ?? 0);
  if (first.length > 120 || LIST_BREAK.test(first)) return null;
  // Tense from the list's own clause: "who arrived to attend the next meeting" after it is not.
  const last = at.get(objects[objects.length - 1] as Entity)?.end ?? text.length;
  const clause = text.slice(0, Math.min(text.length, last + 30));
  const future = FUTURE_MEET.test(clause) || /\b(?:are|is|were|was) (?:also )?(?:planned|scheduled|expected)\b/i.test(clause);
  return { frames: objects.map((o) => ({ parties: [...subjects, o], future, modality: s.modality })) };
}

/** One meeting a sentence tells apart from the rest of it. */
export interface Frame {
  parties: Entity[];
  /** A noun-phrase meeting's own date and place ("Modi's talks with Zelensky in Kyiv"), not the sentence's. */
  at?: EnumeratedItem;
  /** Told as still to come. */
  future: boolean;
  modality: Modality | null;
}

export interface ListFrames {
  frames: Frame[];
}
