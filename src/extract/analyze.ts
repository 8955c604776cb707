/**
 * Per-sentence analysis: tokens, chunks, person mentions, places and the cues that
 * decide whether and how a sentence reports a meeting. Dates are read lazily: only
 * the sentences that end up in a meeting need chrono.
 */
import type { Modality } from '../domain/model.js';
import { chunkTokens, type Chunk } from './chunks.js';
import { findDates, type DateMention } from './dates.js';
import type { Gazetteer } from './gazetteer.js';
import {
  ADDRESS, ATTENDANCE, DOMESTIC, FUTURE_MEET, HEADLINE_FUTURE, HEDGED_MEET, IN_PERSON, INVITATION_CLAUSE, INVITE_TO_PLACE, MEET, NEGATED, PHONE, PLURAL_PARTIES,
  RECALLED, SEPARATE, STRONG_MEET, SUMMIT_DESCRIPTION, VIDEO,
} from './lexicon/cues.js';
import { findPlaces, placeBeforeWhere, type PlaceMention } from './locations.js';
import { findMentions, type Mention } from './mentions.js';
import { tokenize, type Token } from './tokens.js';

export interface SentenceInfo {
  index: number;
  text: string;
  isTitle: boolean;
  tokens: Token[];
  chunks: Chunk[];
  mentions: Mention[];
  places: PlaceMention[];
  trigger: boolean;
  /** Modality the sentence states, null when it does not say. */
  modality: Modality | null;
  future: boolean;
  recalled: boolean;
  separate: boolean;
  plural: boolean;
  /** Parties carried over from an earlier part of the same sentence (segments.ts). */
  carried?: Mention[];
  /** Mentions that belong to a meeting told apart inside the sentence ("a call between A and B"). */
  framed?: Set<Mention>;
  /** Text to read the setting from when this is a part of a longer sentence. */
  setting?: string;
  /** "arrived in Doha from Riyadh, where he held talks": the place the meeting clause points back to. */
  wherePlace: PlaceMention | null;
  dates(): DateMention[];
}

const AIRPORT = /\b(?:received|welcomed|greeted|met|seen off|receives|welcomes)\b[^.]{0,140}\bairport\b|\bairport\b[^.]{0,80}\b(?:received|welcomed|greeted)\b/i;
const CAPTION = /\((?:photo|file photo|source|credit)\b[^)]*\)|\b(?:photo|file photo|pictured)\s*:|\bshake(?:s)? hands\b[^.]{0,160}\b(?:19|20)\d\d\b/i;
const HELD_VERB = /\b(?:met|meets|(?:held|holds) (?:[\w-]+ ){0,2}?talks|received|receives|hosted|hosts|visited|spoke (?:with|to|by))\b/i;
const CALL_NOUN = /\b(?:the|a|their|this|that|today's|monday's|tuesday's|wednesday's|thursday's|friday's) call\b/i;
const FIRST_SINCE = /\b(?:first|last) (?:[\w-]+ ){0,2}?(?:meeting|talks|visit|call|conversation|summit|encounter|contact|trip)s?\b(?:(?![.;]).){0,80}?\b(?:since|in (?:over|more than|nearly|almost|\d+|a|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?|decades?))\b|\bfirst (?:[\w-]+ ){0,2}?(?:meeting|talks|visit|call|conversation|summit|trip)s? (?:as|of|in)\b/i;

/** An event a place will host or hosted: "the summit that Belem will host", "which Kazan hosted". */
const EVENT_HOSTING = /\b(?:that|which)\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:will |is to |is set to )?host(?:s|ed)?\b[^,;]*|\b(?:received|receives|receiving|hosts|hosted|hosting)\s+(?:about |around |some |nearly |almost |more than |over |up to |at least |roughly )?(?:[$€£¥]|US\$|\d)/gu;

export function analyzeSentence(index: number, text: string, isTitle: boolean, gaz: Gazetteer, ref: Date | null): SentenceInfo {
  const tokens = tokenize(text);
  const chunks = chunkTokens(tokens, gaz);
  // A known city is a place, not a person, unless a title introduces it ("Bali" is no one's name).
  const isPlace = (c: Chunk): boolean => { const city = gaz.kb.city(c.text); return !!city && (city.isCapital || city.population >= 100_000); };
  const mentions = findMentions(index, chunks, tokens, isPlace);
  const places = findPlaces(chunks, tokens, gaz);
  const phone = PHONE.test(text) || (CALL_NOUN.test(text) && !VIDEO.test(text));
  const video = VIDEO.test(text);
  // "the COP30 conference that Belem will host in 2025": a place hosting an event; "received
  // $1.45 billion in aid", "hosts more than two million refugees": money and people, no guest.
  const cueText = text.replace(EVENT_HOSTING, (m) => ' '.repeat(m.length));
  const meet = MEET.test(cueText);
  let trigger = phone || video || meet;
  if (trigger && NEGATED.test(text) && !/\b(?:met|held talks|spoke)\b/i.test(text.replace(NEGATED, ''))) trigger = false;
  if (trigger && HEDGED_MEET.test(text) && !/\b(?:met|held talks|spoke|visited|received)\b/i.test(text)) trigger = false;
  if (trigger && SUMMIT_DESCRIPTION.test(text) && !/\b(?:met|held talks|bilateral)\b/i.test(text)) trigger = false;
  if (trigger && DOMESTIC.test(text) && !/\b(?:counterpart|bilateral|foreign|visiting)\b/i.test(text)) trigger = false;
  if (trigger && ADDRESS.test(text) && !/\b(?:met|meet|talks|phone|call|visit\w*|received|hosted)\b/i.test(text.replace(ADDRESS, ''))) trigger = false;
  if (trigger && ATTENDANCE.test(text) && !STRONG_MEET.test(text.replace(ATTENDANCE, ''))) trigger = false;
  // A welcome at the airport is ceremony, not talks.
  if (trigger && AIRPORT.test(text) && !/\b(?:talks|discuss\w*|meeting|held|met with)\b/i.test(text)) trigger = false;
  if (trigger && video && ADDRESS.test(text) && !/\b(?:with|between)\b/i.test(text)) trigger = false;
  let modality: Modality | null = null;
  if (phone) modality = 'phone';
  else if (video) modality = 'video';
  else if (IN_PERSON.test(text)) modality = 'in_person';
  // "held talks with X and invited him to visit India": an invitation beside a meeting held does
  // not make that meeting planned.
  const heldToo = HELD_VERB.test(text);
  const withoutInvitation = heldToo ? cueText.replace(INVITATION_CLAUSE, ' ') : cueText;
  const future = FUTURE_MEET.test(withoutInvitation) || (!heldToo && INVITE_TO_PLACE.test(text)) || (isTitle && HEADLINE_FUTURE.test(text));
  // A photo caption dated with its year shows an earlier meeting, not the one reported.
  const caption = CAPTION.test(text) && /\b(?:19|20)\d\d\b/.test(text) && (!ref || !text.includes(String(ref.getUTCFullYear())));
  const recalled = !future && ((RECALLED.test(text) && !FIRST_SINCE.test(text)) || caption);
  let cached: DateMention[] | null = null;
  return {
    index,
    text,
    isTitle,
    tokens,
    chunks,
    mentions,
    places,
    trigger,
    modality,
    future,
    recalled,
    separate: SEPARATE.test(text),
    wherePlace: placeBeforeWhere(text, chunks, tokens, gaz),
    plural: PLURAL_PARTIES.test(text),
    dates: () => (cached ??= findDates(text, ref).filter((d) => !/\bsince\s*$/i.test(text.slice(Math.max(0, d.index - 7), d.index))
      // "since October 2019, when Modi hosted Xi": the date of the meeting the clause recalls.
      || /^,? when\b/i.test(text.slice(d.index + d.text.length, d.index + d.text.length + 7)))),
  };
}
