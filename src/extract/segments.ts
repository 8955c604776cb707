/**
 * Several encounters told in one sentence: "Modi met Carney and later held talks with
 * Albanese", "stops in Kyiv on July 2, where Orban met Zelenskyy, and in Moscow on July 5,
 * where he held talks with Putin", "arrived in Doha from Riyadh, where he held talks with
 * Mohammed bin Salman". The sentence is cut where a new meeting clause starts; each part is
 * analysed on its own, keeps the date and place it names, and otherwise takes them from the
 * sentence ("where" parts: from the words just before "where").
 */
import { fold } from '../domain/fold.js';
import type { SentenceInfo } from './analyze.js';
import { analyzeSentence } from './analyze.js';
import type { Gazetteer } from './gazetteer.js';
import type { PlaceMention } from './locations.js';

/** Where a new clause may start a new encounter; the connective stays with the new part. */
const CUT = new RegExp([
  String.raw`,\s+(?=while (?:[\p{L}'.-]+ ){1,6}(?:met|spoke|held talks|received|hosted|called|talked)\b)`,
  String.raw`,\s+(?=and (?:the two|both|they)\b[^.;]{0,40}?\b(?:agreed|will|would|plan|planned|are due|are expected|are to)\b)`,
  String.raw`,\s+(?=where\s)`,
  String.raw`,?\s+(?=and (?:later|then|afterwards|subsequently|also)\s)`,
  String.raw`;\s+`,
  String.raw`,\s+(?=and (?:in|at|on)\s)`,
  String.raw`,?\s+(?=before (?:meeting|holding|flying|travell?ing|heading|going|leaving|proceeding|departing|moving on|(?:talks|a meeting|meetings|a call|an audience) with)\s)`,
  String.raw`,\s+(?=(?:hours|days|a day|a week|weeks|shortly|soon|just|minutes) (?:after|before) (?:(?:a|an|his|her|their|the) (?:[\w-]+ ){0,2}(?:audience|meeting|talks|call|visit|conversation) with|(?:he|she|they|\p{Lu}[\p{L}-]+) (?:had )?(?:spoke|talked|met|held talks|hosted|received|called|phoned))\s)`,
].join('|'), 'giu');
const BOTH_SIDES = /^\W*and (?:the two|both|they)\b/i;
const MEETING_VERB = /\b(?:met|meet|meets|meeting|held talks|hold talks|talks with|audience with|spoke (?:with|to|by)|received|hosted|summit|visit(?:ed|s)?|call(?:ed)? (?:with|on))\b/i;

export function splitEncounters(s: SentenceInfo, gaz: Gazetteer, ref: Date | null): SentenceInfo[] {
  if (!s.trigger || s.isTitle) return [s];
  const cuts: number[] = [0];
  CUT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUT.exec(s.text)) !== null) cuts.push(m.index + m[0].length);
  if (cuts.length < 2) return [s];
  const pieces = cuts.map((start, k) => ({ start, text: s.text.slice(start, cuts[k + 1] ?? s.text.length).replace(/[\s,;]+$/, '') }));
  const parts = pieces.map((p, k) => analyzeSentence(s.index + (k + 1) / 100, p.text, false, gaz, ref));
  // A part names someone, or both sides at once ("and the two leaders agreed to meet again").
  const meetingParts = parts.filter((p) => MEETING_VERB.test(p.text) && (p.mentions.some((x) => !x.nonParticipant) || BOTH_SIDES.test(p.text)));
  if (meetingParts.length < 2) return [s];
  const named = meetingParts.map((p) => p.mentions.filter((x) => x.kind !== 'pronoun').map((x) => fold(x.surface)).sort().join('|'));
  if (new Set(named).size < meetingParts.length) return [s];
  const wholeDates = s.dates();
  parts.forEach((p, k) => {
    p.setting = s.text;
    const before = parts[k - 1];
    const where = /^where\b/i.test(p.text);
    if (!MEETING_VERB.test(p.text)) return;
    p.trigger = p.trigger || s.trigger;
    // "X met Y in Tehran, while Z spoke by phone with W": a part that says it met keeps to itself.
    if (!p.modality && !/\b(?:met|meets|meeting|visit\w*|received|hosted|talks in)\b/i.test(p.text)) p.modality = s.modality;
    if (p.places.length === 0) {
      const inherited = where && before ? lastPlace(before, gaz) : s.places.length === 1 ? s.places : [];
      p.places = inherited;
    }
    const own = p.dates;
    const beforeDates = where && before ? before.dates() : [];
    p.dates = () => {
      const d = own();
      if (d.length > 0) return d;
      if (where) return beforeDates.slice(-1);
      // "and the two leaders agreed to meet again in the autumn": the day of the first part is not its date.
      if (BOTH_SIDES.test(p.text)) return [];
      return wholeDates.length === 1 ? wholeDates : [];
    };
    // "... and later held talks with Albanese": the subject of the first part.
    if (before && !where && !p.mentions.some((x) => x.offset < firstVerb(p.text))) {
      const subject = parts.slice(0, k).flatMap((q) => q.mentions).find((x) => !x.nonParticipant && !x.oblique && x.kind !== 'pronoun');
      if (subject) p.carried = [subject];
    }
  });
  return parts;
}

function firstVerb(text: string): number {
  const m = MEETING_VERB.exec(text);
  return m ? m.index : text.length;
}

/** The place named last before "where": "from Riyadh, where ...", "stops in Kyiv on July 2, where ...". */
function lastPlace(s: SentenceInfo, gaz: Gazetteer): PlaceMention[] {
  // The name right before "where" first ("arrived in Doha from Riyadh, where ..."), whatever
  // preposition introduced it, then the last place the sentence names.
  for (let i = s.chunks.length - 1; i >= 0; i--) {
    const c = s.chunks[i];
    if (!c || (c.kind !== 'name' && c.kind !== 'person' && c.kind !== 'metonym')) continue;
    const city = c.kind === 'metonym' ? undefined : gaz.kb.city(c.text);
    if (city && (city.isCapital || city.population >= 40_000)) return [{ city: city.name, country: city.country, offset: 0, kind: 'city' }];
    break;
  }
  return s.places.slice(-1);
}
