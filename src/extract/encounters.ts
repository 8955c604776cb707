/**
 * Segments an article's meeting sentences into encounters: the main one, meetings
 * recalled from the past, upcoming ones, encounters of another modality (a call
 * besides a visit) and separate meetings with other parties.
 */
import type { Modality } from '../domain/model.js';
import type { SentenceInfo } from './analyze.js';
import type { Entity, Resolution } from './coreference.js';
import type { Mention } from './mentions.js';
import { entityCountry, kbRole } from './coreference.js';
import { entityFacts } from './entity-facts.js';
import { betweenFrames } from './between-frames.js';
import { distributiveFrames, type ListFrames } from './distributive.js';
import { enumeratedMeetings, type EnumeratedItem } from './enumerations.js';
import { FUTURE_MEET, INVITATION_CLAUSE, MEET, MEETING_NOUNS, PAST_MEET, PHONE, PLURAL_PARTIES, SPEECH_VERBS, VIDEO } from './lexicon/cues.js';

export type EncounterKind = 'lead' | 'future' | 'past' | 'modality' | 'other-parties';

export interface Encounter {
  kind: EncounterKind;
  key: string;
  /** Sentences reporting this encounter (trigger sentences). */
  sentences: SentenceInfo[];
  modality: Modality | null;
  planned: boolean;
  parties: Entity[];
  /** One item of a list of past meetings: its own date and place, whatever else the sentence names. */
  at?: EnumeratedItem;
  /** Told apart inside a sentence (a list, a noun phrase) rather than by the main segmentation. */
  frame?: boolean;
  /** Sentences that report what this encounter covered without being told as a meeting of their own. */
  content?: SentenceInfo[];
}

/** "At the meeting, the sides discussed ...": content of the encounter told just before. */
const ANAPHORIC_CONTENT = /^\W*(?:at|during|in) (?:the|this|that) (?:meeting|talks|call|conversation|exchange|phone call)\b/i;

/**
 * The people a sentence presents as taking part (not spokespeople, not "Zelensky's plan"):
 * those in a clause holding a meeting word, plus the main clause's subject when that
 * clause says "the two leaders" or names fewer than two sides ("Putin, who earlier held
 * talks with Xi, ..."; "... as Trump takes office" is left out).
 */
export function sentenceParties(s: SentenceInfo, res: Resolution): Entity[] {
  let byRes = partiesSeen.get(s);
  if (!byRes) partiesSeen.set(s, (byRes = new WeakMap()));
  let parties = byRes.get(res);
  if (!parties) byRes.set(res, (parties = readParties(s, res)));
  return parties;
}

/** Segmentation asks for a sentence's parties many times; the answer depends only on the sentence and the resolution. */
const partiesSeen = new WeakMap<SentenceInfo, WeakMap<Resolution, Entity[]>>();

function readParties(s: SentenceInfo, res: Resolution): Entity[] {
  const bounds = clauseStarts(s.text);
  const clauseOf = (offset: number): number => {
    let c = 0;
    while (c + 1 < bounds.length && (bounds[c + 1] as number) <= offset) c++;
    return c;
  };
  const triggerClauses = new Set<number>();
  TRIGGER_ALL.lastIndex = 0;
  let m: RegExpExecArray | null;
  let firstTrigger = -1;
  while ((m = TRIGGER_ALL.exec(s.text)) !== null) {
    if (firstTrigger < 0) firstTrigger = m.index;
    const c = clauseOf(m.index);
    triggerClauses.add(c);
    // "X, who arrived on Monday, met Y": the main verb after a relative clause is X's.
    const resumed = bounds.resumes.get(bounds[c] as number);
    if (resumed !== undefined) triggerClauses.add(clauseOf(resumed));
  }
  const candidates: Array<{ e: Entity; clause: number }> = [];
  for (const mention of s.mentions) {
    const e = res.of.get(mention);
    if (!e) continue;
    const seen = candidates.find((c) => c.e === e);
    if (seen) {
      // "said Plenkovic, and added that he had met X": the mention inside the meeting's clause counts.
      const clause = clauseOf(mention.offset);
      if (!triggerClauses.has(seen.clause) && triggerClauses.has(clause) && !mention.nonParticipant && !mention.oblique) seen.clause = clause;
      continue;
    }
    // "met Bangladesh's Foreign Affairs Adviser X": an adviser met in person is a party.
    const metAdviser = mention.role === 'aide' && MET_OBJECT.test(s.text.slice(Math.max(0, mention.offset - 80), mention.offset));
    if (((mention.nonParticipant || isReporter(e)) && !metAdviser) || mention.oblique || s.framed?.has(mention)) continue;
    if (mention.poss && !MEETING_NOUNS.has(mention.next) && !POSS_MEETING.test(s.text.slice(mention.offset + mention.surface.length))) continue;
    if (SPEECH_VERBS.has(mention.next) && s.plural && !toldSomeone(s, mention)) continue;
    if (isTrailingSpeaker(s.text, mention, firstTrigger)) continue;
    if (isLeadingSpeaker(s, mention, firstTrigger, res)) continue;
    if (NOT_A_PARTY.test(s.text.slice(Math.max(0, mention.offset - 70), mention.offset))) continue;
    candidates.push({ e, clause: clauseOf(mention.offset) });
  }
  for (const mention of s.carried ?? []) {
    const e = res.of.get(mention);
    if (!e) continue;
    // The carried subject is the subject of this part, wherever else it is named in it.
    const i = candidates.findIndex((c) => c.e === e);
    if (i >= 0) candidates.splice(i, 1);
    candidates.unshift({ e, clause: 0 });
  }
  if (triggerClauses.size === 0 || s.isTitle) return candidates.map((c) => c.e);
  const core = candidates.filter((c) => triggerClauses.has(c.clause));
  const needSubject = core.length < 2 || [...triggerClauses].some((c) => PLURAL_PARTIES.test(clauseText(s.text, bounds, c)));
  return candidates.filter((c) => triggerClauses.has(c.clause) || (needSubject && c.clause === 0)).map((c) => c.e);
}

/**
 * The source of a report, after the meeting it reports: "Al-Sharaa is expected to visit Ankara for
 * talks with Erdogan, Fidan told a news conference" (a comma, at most a few title words, the
 * name, then a verb of saying).
 */
export function isTrailingSpeaker(text: string, mention: { offset: number; next: string }, firstTrigger: number): boolean {
  if (firstTrigger < 0 || mention.offset < firstTrigger || !SPEECH_VERBS.has(mention.next)) return false;
  return /,\s*(?:(?:the\s+)?[\p{Lu}][\p{L}'\u2019.-]*\s+){0,4}$/u.test(text.slice(0, mention.offset));
}

/** "Japarov's bilateral meetings with ...": a meeting noun a word or two after the possessive. */
const POSS_MEETING = /^['\u2019]s?\s+(?:[\w-]+\s+){1,2}(?:visits?|meetings?|talks|calls?|trip|conversations?|summit|consultations|tour)\b/;

/** A meeting verb right before a title and name: its object. */
const MET_OBJECT = /\b(?:met|meets|met with|meets with|received|receives|held talks with|hold talks with|talks with|spoke with|spoke to|called on)\s+(?:(?:the|his|her)\s+)?(?:[\p{L}'\u2019.-]+\s+){0,6}$/iu;

/**
 * Named as the source ("according to Kyrgyz Foreign Minister X"), the one who invited ("at the
 * invitation of Speaker X") or the one served ("an adviser to Supreme Leader X"): not a party.
 */
const NOT_A_PARTY = /\b(?:according to|(?:at|on|upon) the invitation of|invited by|(?:adviser|advisor|aide|envoy|spokes(?:man|woman|person)|son|daughter|wife|husband|brother) (?:to|of)) (?:the )?(?:[\p{L}'\u2019.-]+\s+){0,6}$/iu;

/**
 * The source of a report, before the meeting it reports: "Kuleba says preparations for the call
 * between Zelensky and Biden are under way" (a verb of saying, then two other people named).
 */
function isLeadingSpeaker(s: SentenceInfo, mention: Mention, firstTrigger: number, res: Resolution): boolean {
  if (firstTrigger < 0 || mention.offset > firstTrigger || !SPEECH_VERBS.has(mention.next) || mention.kind === 'pronoun') return false;
  const self = res.of.get(mention);
  const others = new Set(s.mentions.filter((m) => m.offset > mention.offset && m.kind !== 'pronoun' && !m.nonParticipant && res.of.get(m) !== self).map((m) => res.of.get(m)));
  others.delete(undefined);
  return others.size >= 2;
}

const CLAUSE_BREAK = /,\s*(?:who|which|whose|where|when|while|as|after|before|since|because|although|though|but|even as|amid|despite|hours after|days after|a day after|weeks after|months after)\b|\s(?:as|after|before|while|when|because|although|though|since|amid|whereas|that|but|until|ahead of)\s|;|\s[-\u2013\u2014]\s|"/gi;
const TRIGGER_ALL = new RegExp(`${MEET.source}|${PHONE.source}|${VIDEO.source}`, 'gi');

/** Clause start offsets; `resumes` maps a clause that resumes a main clause after a relative one to an offset in that main clause. */
type ClauseBounds = number[] & { resumes: Map<number, number> };

function clauseStarts(text: string): ClauseBounds {
  const out = [0];
  const resumes = new Map<number, number>();
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(text)) !== null) {
    // "Mr. A, Deputy Speaker; Dr. B, Minister of Foreign Affairs; and Mr. C, ..., held talks": a
    // semicolon between items of a list of people does not end a clause.
    if (m[0] === ';' && !VERB_LIKE.test(text.slice(out[out.length - 1] as number, m.index))) continue;
    out.push(m.index + 1);
    // "Putin, who earlier held talks with Xi, thanked Erdogan": the relative clause ends
    // where the main clause's verb resumes after a comma.
    if (/^,\s*(?:who|which)\b/i.test(m[0])) {
      RELATIVE_END.lastIndex = m.index + m[0].length;
      const end = RELATIVE_END.exec(text);
      if (end) {
        out.push(end.index + 1);
        resumes.set(end.index + 1, Math.max(0, m.index - 1));
      }
    }
  }
  return Object.assign([...new Set(out)].sort((a, b) => a - b), { resumes });
}

const VERB_LIKE = /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|said|says|met|meets|held|holds|[a-z]{3,}ed)\b/;

const RELATIVE_END = /,\s+(?=(?:[a-z]+ed|said|says|told|tells|met|meets|held|holds|spoke|made|gave|took|went|came|is|was|has|had|will|would|thanks|urges|praises|welcomes|calls|noted)\b)/g;

function clauseText(text: string, bounds: number[], c: number): string {
  return text.slice(bounds[c] ?? 0, bounds[c + 1] ?? text.length);
}

function isReporter(e: Entity): boolean {
  const facts = entityFacts(e);
  return facts.nonParticipant && facts.participantRoles.size === 0;
}

/** Offices below the state: their holders meet visitors without standing for a state. */
const LOCAL_ROLES = new Set(['governor', 'mayor', 'legislator', 'leader', 'counterpart', 'head', 'chairman', 'director']);

/** Distinct states (or organisations) among the parties. */
export function sides(parties: Entity[], year: number): number {
  const keys = new Set<string>();
  let unknown = 0;
  let official = false;
  for (const e of parties) {
    const facts = entityFacts(e);
    const org = facts.organization ?? (facts.country ? null : kbRole(e.person, year, null)?.organization ?? null);
    const country = org ? `org:${org}` : entityCountry(e, year);
    if (country) keys.add(country);
    else {
      unknown += 1;
      if ([...facts.participantRoles].some((r) => !LOCAL_ROLES.has(r))) official = true;
    }
  }
  // Someone whose state neither the text nor the KB gives ("Kursk Region Governor X") is
  // not evidence of a second state; a national official with a title ("Speaker Agni Sapkota",
  // visited by a named foreigner) is: news leaves out the state of the country it reports from.
  return keys.size + ((keys.size === 0 && unknown > 0) || official ? 1 : 0);
}

/** Every party has a known state, and it is the same one. */
function oneState(parties: Entity[], year: number): boolean {
  const states = parties.map((p) => (entityFacts(p).organization ? null : entityCountry(p, year)));
  return states.every((c) => c !== null) && new Set(states).size === 1;
}

const DAY = 86_400_000;

export function segmentEncounters(body: SentenceInfo[], title: SentenceInfo | null, res: Resolution, year: number, ref: Date | null): Encounter[] {
  const allTriggers = body.filter((s) => s.trigger && !(s.recalled && !s.dates().length && !s.places.length && s.mentions.length === 0));
  const lists = new Map<SentenceInfo, ListFrames>();
  const framed = new Set<SentenceInfo>();
  for (const s of allTriggers) {
    const parties = sentenceParties(s, res);
    const list = distributiveFrames(s, parties, res);
    if (list) {
      lists.set(s, list);
      continue;
    }
    // "noting two conversations between A and B, and a planned call between C and D": each
    // noun phrase is its own meeting; the rest of the sentence keeps its other parties.
    const between = betweenFrames(s, parties, res);
    if (between && (between.frames.length !== 1 || between.rest.length > 0 || s.plural || between.possessive)) {
      lists.set(s, { frames: between.frames });
      s.framed = between.taken;
      partiesSeen.delete(s);
      // "their phone call of 3 March" keeps the sentence for the main meeting's people.
      if (between.rest.length === 0 && !s.plural) framed.add(s);
    }
  }
  const triggers = allTriggers.filter((s) => !framed.has(s) && (!lists.has(s) || s.framed));
  const main = segmentMain(body, triggers, title, res, year, ref);
  return lists.size === 0 ? main : addListFrames(main, lists, year);
}

/** The same people in any order give the same key. */
function partyKey(parties: Entity[]): string {
  return parties.map((p) => p.id).sort((a, b) => a - b).join(',');
}

/** One encounter per frame a sentence tells apart, joined to an encounter of exactly the same parties. */
function addListFrames(encounters: Encounter[], lists: Map<SentenceInfo, ListFrames>, year: number): Encounter[] {
  const out = [...encounters];
  for (const [s, { frames }] of lists) {
    for (const { parties, future, modality, at } of frames) {
      if (sides(parties, year) < 2) continue;
      const same = out.find((e) => partyKey(e.parties) === partyKey(parties) && (e.planned || e.kind === 'future') === future
        && (e.modality ?? 'in_person') === (modality ?? 'in_person'));
      if (same) {
        if (!same.sentences.includes(s)) same.sentences.push(s);
        continue;
      }
      const kind: EncounterKind = future ? 'future' : s.recalled ? 'past' : 'other-parties';
      out.push({ kind, key: `list|${partyKey(parties)}`, sentences: [s], modality, planned: future, parties, frame: true, ...(at ? { at } : {}) });
    }
  }
  return out;
}

function segmentMain(body: SentenceInfo[], triggers: SentenceInfo[], title: SentenceInfo | null, res: Resolution, year: number, ref: Date | null): Encounter[] {
  const leadSentence = triggers.find((s) => sentenceParties(s, res).length > 0 && !s.recalled) ?? triggers.find((s) => !s.recalled);
  const encounters = new Map<string, Encounter>();
  const get = (key: string, kind: EncounterKind, s: SentenceInfo, planned: boolean): Encounter => {
    let e = encounters.get(key);
    if (!e) {
      e = { kind, key, sentences: [], modality: null, planned, parties: [] };
      encounters.set(key, e);
    }
    return e;
  };
  const encounterOf = (s: SentenceInfo): Encounter | null => {
    for (const e of encounters.values()) if (e.sentences.includes(s)) return e;
    return null;
  };
  if (!leadSentence) {
    if (title && title.trigger && sentenceParties(title, res).length >= 2) {
      const e = get('lead', 'lead', title, title.future);
      e.sentences.push(title);
      e.modality = title.modality;
      e.parties = sentenceParties(title, res);
      return [e];
    }
    return [];
  }
  const lead = get('lead', 'lead', leadSentence, leadSentence.future);
  let leadModality: Modality | null = leadSentence.modality;
  const leadParties = new Set<Entity>();

  let prev: SentenceInfo | null = null;
  /** Lead sentences whose lone new person is not a party ("Argentina's Milei threatened ..."). */
  const loose = new Set<SentenceInfo>();
  for (const s of triggers) {
    const parties = sentenceParties(s, res);
    const last = prev ? encounterOf(prev) : null;
    if (parties.length === 0 && last && (last.kind === 'other-parties' || last.kind === 'modality') && ANAPHORIC_CONTENT.test(s.text)) {
      (last.content ??= []).push(s);
      continue;
    }
    prev = s;
    if (s === leadSentence) {
      lead.sentences.push(s);
      parties.forEach((p) => leadParties.add(p));
      continue;
    }
    const listed = s === leadSentence ? null : enumeratedMeetings(s, ref);
    if (listed) {
      for (const item of listed) {
        const e = get(`past|${item.date}|${item.place?.city ?? null}`, 'past', s, false);
        if (!e.sentences.includes(s)) e.sentences.push(s);
        e.at = item;
      }
      continue;
    }
    const recalledByDate = !s.recalled && !s.future && isEarlier(s, ref);
    if (s.recalled || recalledByDate) {
      const d = s.dates().find((x) => !x.relative || /ago|last/.test(x.text))?.value ?? s.dates()[0]?.value ?? null;
      const place = s.places[0]?.city ?? s.places[0]?.country ?? null;
      // Undated and unplaced, a recalled meeting still stands when it names its own two sides
      // ("the prime minister had met Michel and von der Leyen").
      const own = !d && !place && sides(parties, year) >= 2 && parties.some((p) => !leadParties.has(p)) ? partyKey(parties) : null;
      if (!d && !place && !own) continue;
      const e = get(own ? `past|${own}` : `past|${d}|${place}`, 'past', s, false);
      e.sentences.push(s);
      continue;
    }
    if (s.future && !lead.planned) {
      // Two upcoming encounters in different places ("before flying to Washington for a summit
      // with Trump"; "Ishiba is expected to make a return visit to South Korea") stay apart.
      const place = s.places[0]?.country ?? null;
      const base = `future|${s.modality ?? ''}`;
      const same = [...encounters.values()].filter((x) => x.kind === 'future' && (x.key === base || x.key.startsWith(`${base}|`)));
      const match = same.find((x) => !place || x.sentences.every((y) => !y.places[0] || y.places[0].country === place));
      const e = match ?? get(same.length === 0 ? base : `${base}|${place}`, 'future', s, true);
      e.sentences.push(s);
      continue;
    }
    if (s.modality && leadModality && s.modality !== leadModality && s.modality !== 'in_person' && parties.length > 0) {
      // Two calls with different people stay two calls.
      const same = [...encounters.values()].find((x) => x.kind === 'modality' && x.modality === s.modality
        && x.sentences.some((y) => sentenceParties(y, res).some((p) => parties.includes(p))));
      const e = same ?? get(`modality|${s.modality}|${partyKey(parties)}`, 'modality', s, lead.planned);
      e.modality = s.modality;
      e.sentences.push(s);
      continue;
    }
    // "Also the President met with his own foreign minister": people of one state only, a domestic
    // meeting, adds no one to the main one (what it says may still be the main meeting's content).
    if (parties.length >= 2 && leadParties.size >= 2 && oneState(parties, year)) {
      lead.sentences.push(s);
      loose.add(s);
      continue;
    }
    const shared = parties.filter((p) => leadParties.has(p));
    const fresh = parties.filter((p) => !leadParties.has(p));
    // "Earlier in the day, Singh and Kihara held separate bilateral talks": some of the main
    // meeting's parties on their own.
    const subset = s.separate && fresh.length === 0 && parties.length >= 2 && parties.length < leadParties.size;
    if ((fresh.length > 0 || subset) && leadParties.size >= 2 && sides([...parties], year) >= 2 && (s.separate || (shared.length <= 1 && [...leadParties].filter((p) => !shared.includes(p)).length >= 1 && shared.length < parties.length && !s.plural))) {
      const e = get(`others|${parties.map((p) => p.id).sort().join(',')}`, 'other-parties', s, s.future);
      e.sentences.push(s);
      continue;
    }
    lead.sentences.push(s);
    // A sentence naming one new person and no party of the main meeting ("Argentina's Milei
    // threatened not to sign the summit communique") does not add that person to it.
    if (fresh.length > 0 && shared.length === 0 && parties.length === 1 && !s.plural && sides([...leadParties], year) >= 2) {
      loose.add(s);
      continue;
    }
    parties.forEach((p) => leadParties.add(p));
    if (!leadModality && s.modality) leadModality = s.modality;
  }
  lead.modality = leadModality;
  // Parties of each encounter.
  for (const e of encounters.values()) {
    const list: Entity[] = [];
    for (const s of e.sentences) if (!loose.has(s)) for (const p of sentenceParties(s, res)) if (!list.includes(p)) list.push(p);
    e.parties = list;
    if (e.kind !== 'lead' && e.modality === null) e.modality = e.sentences.find((s) => s.modality)?.modality ?? (e.kind === 'modality' ? null : null);
  }
  if (title && lead.parties.length < 2 || (title && sides(lead.parties, year) < 2)) {
    for (const p of sentenceParties(title as SentenceInfo, res)) if (!lead.parties.includes(p)) lead.parties.push(p);
  }
  // Encounters told without naming everyone ("their last meeting", "Aliyev will visit Moscow").
  for (const e of encounters.values()) {
    if (e.kind === 'lead') continue;
    // An encounter that names its own two sides borrows no one, whatever plural words it uses
    // ("He also met Borrell, and their talks focused on ...").
    if (sides(e.parties, year) >= 2) continue;
    // A planned meeting borrows the main meeting's people only through an anaphor that covers
    // both sides ("the two leaders will meet again"); "officials of both sides will meet" does not.
    // A visit to the country of one of the main meeting's people has that person as host
    // ("Putin will visit Kyrgyzstan" after talks with Japarov).
    if (e.kind === 'future' && !e.sentences.some((s) => LEADERS_ANAPHOR.test(s.text))) {
      const places = new Set(e.sentences.flatMap((s) => s.places.map((pl) => pl.country)));
      for (const p of lead.parties) if (!e.parties.includes(p) && places.has(entityCountry(p, year))) e.parties.push(p);
      continue;
    }
    const borrows = e.kind === 'future' || e.parties.length === 0 || e.sentences.some((s) => s.plural) || e.parties.some((p) => lead.parties.includes(p));
    if (borrows) for (const p of lead.parties) if (!e.parties.includes(p)) e.parties.push(p);
  }
  // An open invitation nobody accepted and with no date ("invited the pope to visit his
  // homeland") is no planned meeting (annotation guidelines).
  const accepted = body.some((s) => ACCEPTED.test(s.text));
  const openInvitation = (e: Encounter) => e.kind === 'future' && !accepted
    && e.sentences.every((s) => INVITATION.test(s.text) && !FUTURE_MEET.test(s.text.replace(INVITATION_CLAUSE, '')) && s.dates().length === 0);
  return [...encounters.values()].filter((e) => sides(e.parties, year) >= 2 && !openInvitation(e));
}

const LEADERS_ANAPHOR = /\b(?:the two (?:leaders|presidents|ministers|prime ministers|heads of state|men|women|sides)|both (?:leaders|presidents|ministers|prime ministers|heads of state)|the (?:leaders|presidents|ministers|prime ministers)|they|each other|their (?:next|second|third|another|upcoming|planned) (?:meeting|talks|summit|visit|call))\b/i;

const INVITATION = /\binvit(?:ed|es|ing|ation)\b/i;
const ACCEPTED = /\baccept(?:ed|s)\b|\bagreed to (?:come|visit|attend)\b/i;

/** A past-tense meeting sentence whose absolute date is weeks before the article's. */
function isEarlier(s: SentenceInfo, ref: Date | null): boolean {
  if (!ref || !PAST_MEET.test(s.text)) return false;
  const d = s.dates().find((x) => !x.relative || /\b(?:last|ago|(?:19|20)\d\d)\b/i.test(x.text));
  if (!d) return false;
  const t = Date.parse(d.value.length === 4 ? `${d.value}-12-31` : d.value.length === 7 ? `${d.value}-28` : d.value);
  return Number.isFinite(t) && ref.getTime() - t > 20 * DAY;
}

/** "Erdogan told Putin ...": speaking to another named person is part of the encounter. */
function toldSomeone(s: SentenceInfo, m: Mention): boolean {
  if (m.next !== 'told' && m.next !== 'tells') return false;
  const after = s.mentions.find((x) => x.offset > m.offset);
  return !!after && after.kind !== 'pronoun' && /^\s*told\s+(?:\p{Lu}\w+\s+){0,3}$/u.test(s.text.slice(m.offset + m.surface.length + (m.poss ? 2 : 0), after.offset));
}
