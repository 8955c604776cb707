/**
 * Turns an encounter into the output Meeting: participants with role, state,
 * organisation and side; modality, status, date, place, topics, setting, CAMEO code,
 * confidence and evidence.
 */
import type { Cameo, Location, Meeting, MeetingStatus, Modality, Participant, Side } from '../domain/model.js';
import type { SentenceInfo } from './analyze.js';
import { entityCountry, kbRole, type Entity } from './coreference.js';
import { adjustWeekday, type DateMention } from './dates.js';
import type { Dateline } from './dateline.js';
import type { Encounter } from './encounters.js';
import { IN_PERSON, NEGOTIATION } from './lexicon/cues.js';
import { VAGUE_ROLES } from './lexicon/roles.js';
import type { PlaceMention } from './locations.js';
import { settingOf } from './setting.js';
import { topicsOf, type TopicSentence } from './topics.js';

export interface ArticleContext {
  body: SentenceInfo[];
  title: SentenceInfo | null;
  year: number;
  ref: Date | null;
  dateline: Dateline | null;
  /** Sentences that report what was discussed, not claimed by another encounter. */
  topicSentences: SentenceInfo[];
  /** The main encounter and, once built, its meeting (other encounters may share its place). */
  lead?: Encounter;
  leadMeeting?: Meeting;
}

export function buildMeeting(e: Encounter, ctx: ArticleContext): Meeting {
  const status: MeetingStatus = e.planned || e.kind === 'future' ? 'planned' : 'held';
  const modality: Modality = e.modality ?? (status === 'planned' && plannedCall(e) ? 'phone' : 'in_person');
  const texts = e.sentences.map((s) => s.setting ?? s.text);
  const settingTexts = e.kind === 'lead' && ctx.title ? [...texts, ctx.title.text] : texts;
  const setting = settingOf(settingTexts);
  let location = modality === 'in_person' ? (e.at ? placeOf(e.at.place) : locationOf(e, ctx)) : null;
  let date = e.at ? e.at.date : dateOf(e, ctx, status);
  // Another pair met at the same occasion ("earlier in the day, Aliyev also met Costa"; "Putin,
  // who earlier held talks with Xi"): same place, and the same day unless the text says otherwise.
  if (e.kind === 'other-parties' && status === 'held' && ctx.lead && ctx.lead !== e) {
    const leadMeeting = ctx.leadMeeting;
    if (leadMeeting && modality === 'in_person' && leadMeeting.modality === 'in_person') {
      if (!location) location = leadMeeting.location;
      // A noun phrase's meeting keeps its own date, or none ("Modi's talks with Zelensky in Kyiv").
      if (!date && !e.at) date = leadMeeting.date;
    }
  }
  const participants = e.parties.map((p) => participantOf(p, e, ctx));
  // A planned meeting on the same trip with the host ("Kamikawa and Kihara are also scheduled to
  // call on Prime Minister Modi on Wednesday"): where the visitors already are.
  const leadPlace = ctx.leadMeeting?.location;
  if (!location && status === 'planned' && modality === 'in_person' && e.kind === 'future' && leadPlace?.city && ctx.leadMeeting?.status === 'held'
    && e.parties.some((p) => ctx.lead?.parties.includes(p)) && participants.some((p) => p.country === leadPlace.country)
    && e.sentences.every((s) => s.places.length === 0)) location = leadPlace;
  // An official named with a bare title ("Defence Minister Rajnath Singh", no state given and
  // unknown to the KB): news copy leaves out the state of the country it reports from.
  const home = location?.country ?? ctx.dateline?.country ?? null;
  for (const p of participants) if (!p.country && !p.organization && p.role && home) p.country = home;
  // Where the story stands when this meeting is told ("In Tbilisi, ...", "arrived in Jakarta"):
  // a place for the meeting only, not evidence of anyone's state.
  if (e.kind === 'other-parties' && modality === 'in_person' && !location?.city) location = sceneBefore(e, ctx) ?? location;
  // Who travelled and who received: on a visit to one party's country.
  if (location?.country && modality === 'in_person' && setting.kind === 'standalone') {
    const hosts = participants.filter((p) => p.country === location.country);
    const guests = participants.filter((p) => p.country !== location.country);
    if (hosts.length > 0 && guests.length > 0) {
      for (const p of participants) p.side = (p.country === location.country ? 'host' : 'visitor') as Side;
    }
  }
  const topicSents: TopicSentence[] = e.sentences.filter((s) => !s.isTitle).map((s) => ({ text: s.text, own: true }));
  for (const s of e.content ?? []) topicSents.push({ text: s.text, own: false });
  // The article's content sentences belong to its main meeting, or, when a list of meetings is all
  // it tells ("met A, B and C. The talks focused on ..."), to each of them.
  const contentOwner = e.kind === 'lead' || (!ctx.leadMeeting && e.frame);
  if (contentOwner) for (const s of ctx.topicSentences) if (!e.sentences.includes(s)) topicSents.push({ text: s.text, own: false, content: true });
  const topics = topicsOf(topicSents, status === 'planned');
  const cameo = cameoOf(modality, e, participants, location, setting.kind);
  let confidence = 0.55;
  if (e.sentences.some((s) => s.mentions.length >= 2)) confidence += 0.15;
  if (e.parties.every((p) => p.person)) confidence += 0.1;
  if (location) confidence += 0.05;
  if (date) confidence += 0.05;
  if (e.kind === 'past' || e.kind === 'other-parties') confidence -= 0.05;
  return {
    participants,
    modality,
    status,
    date,
    location,
    topics,
    setting,
    cameo,
    confidence: round(Math.min(0.95, confidence)),
    evidence: e.sentences.filter((s) => !s.isTitle).slice(0, 3).map((s) => s.text),
  };
}

/**
 * "Trudeau was due to speak with Trump again later on Monday": a planned conversation with no
 * place, visit or meeting noun is a call (news says "speak with" for calls, "meet" for meetings).
 */
function plannedCall(e: Encounter): boolean {
  const told = e.sentences.filter((s) => !s.isTitle);
  return told.length > 0 && told.every((s) => s.places.length === 0 && !IN_PERSON.test(s.text))
    && told.some((s) => /\b(?:speak|talk)\s+(?:again\s+)?(?:with|to)\b/i.test(s.text) && !/\b(?:meet|meeting|summit|talks in)\b/i.test(s.text));
}

function participantOf(p: Entity, e: Encounter, ctx: ArticleContext): Participant {
  const textRole = p.mentions.find((m) => m.role && !VAGUE_ROLES.has(m.role) && m.role !== 'president-elect' && !m.nonParticipant)?.role ?? null;
  let role = textRole;
  if (!role && p.mentions.some((m) => m.counterpart)) {
    // "his Azerbaijani counterpart": the same office as the other party.
    const m = p.mentions.find((x) => x.counterpart) as (typeof p.mentions)[number];
    for (const other of e.parties) {
      if (other === p) continue;
      const r = other.mentions.find((x) => x.sentence === m.sentence && x.role && !VAGUE_ROLES.has(x.role))?.role;
      if (r) role = r;
    }
  }
  const textOrg = p.mentions.find((m) => m.organization)?.organization ?? null;
  const kr = kbRole(p.person, ctx.year, role);
  if (!role) role = kr?.role ?? null;
  const organization = textOrg ?? (p.mentions.some((m) => m.country) ? null : kr?.organization ?? null);
  const country = organization ? null : entityCountry(p, ctx.year);
  const evidenceSentence = e.sentences.find((s) => s.mentions.some((m) => p.mentions.includes(m)))
    ?? ctx.body.find((s) => s.mentions.some((m) => p.mentions.includes(m)));
  const confidence = p.person ? (textRole ? 0.95 : 0.9) : p.mentions.some((m) => m.anchored) ? 0.75 : 0.6;
  return {
    name: p.name,
    country,
    organization,
    role,
    confidence,
    evidence: evidenceSentence?.text ?? '',
  };
}

function dateOf(e: Encounter, ctx: ArticleContext, status: MeetingStatus): string | null {
  const planned = status === 'planned';
  const pubDay = ctx.ref ? ctx.ref.toISOString().slice(0, 10) : null;
  for (const s of e.sentences) {
    for (const d of meetingDates(s)) {
      if (e.kind === 'lead' && !planned && ctx.ref && !d.relative) {
        // A held main meeting is not dated weeks before the article (that is a recalled one) nor after it.
        const t = Date.parse(d.value.length === 4 ? `${d.value}-12-31` : d.value.length === 7 ? `${d.value}-28` : d.value);
        if (Number.isFinite(t) && (ctx.ref.getTime() - t > 60 * 86_400_000 || t - ctx.ref.getTime() > 2 * 86_400_000)) continue;
      }
      return adjustWeekday(d, ctx.ref, planned);
    }
  }
  if (e.kind === 'lead' && ctx.title && !planned) {
    const d = ctx.title.dates()[0];
    if (d) return adjustWeekday(d, ctx.ref, planned);
  }
  if (planned || e.kind !== 'lead') return null;
  if (ctx.dateline?.date) return ctx.dateline.date;
  return pubDay;
}

/**
 * A sentence's dates in the order they may date its meeting: the date of a verb of saying
 * ("Vucic said on Monday that his talks ... last week") only when nothing else is dated, and
 * a period before a day inside it ("this week ... on Thursday") gives way to the day.
 */
function meetingDates(s: SentenceInfo): DateMention[] {
  // "the draft peace agreement, which was agreed by the two countries in March": the date of
  // something the relative clause describes, not of the meeting.
  const all = s.dates().filter((d) => {
    const rel = /,\s+(?:which|that)\b[^,;]*$/i.exec(s.text.slice(0, d.index));
    return !rel || MEET_VERB.test(rel[0]);
  });
  const saying = (d: DateMention) => /\b(?:said|says|told (?:\w+ ){0,2}?|stated|announced|reported|added|confirmed)\s*$/i.test(s.text.slice(Math.max(0, d.index - 40), d.index));
  const rest = all.filter((d) => !saying(d));
  const list = rest.length > 0 ? rest : all;
  return list.map((d) => list.find((x) => x !== d && x.value.length > d.value.length && x.value.startsWith(d.value)) ?? d);
}

const MEET_VERB = /\b(?:met|meet|meeting|talks|visit\w*|held|hosted|received|spoke|call)\b/i;

function locationOf(e: Encounter, ctx: ArticleContext): Location | null {
  const pick = (places: PlaceMention[]): Location | null => {
    const city = places.find((p) => p.city);
    if (city) return { city: city.city, country: city.country };
    const c = places[0];
    return c ? { city: null, country: c.country } : null;
  };
  const told = e.sentences.filter((s) => !s.isTitle);
  const where = told.find((s) => s.wherePlace?.city)?.wherePlace;
  if (where) return { city: where.city, country: where.country };
  const own = pick(told.flatMap((s) => s.places));
  if (own?.city) return own;
  // "arrived in Armenia" under a YEREVAN dateline: the country's city the dateline names.
  if (own && ctx.dateline?.city && ctx.dateline.country === own.country) return { city: ctx.dateline.city, country: own.country };
  // Meetings told apart from a list, with no main meeting to share a place with: the dateline's city.
  if (e.kind === 'other-parties' && !ctx.leadMeeting && !own && ctx.dateline?.city) return { city: ctx.dateline.city, country: ctx.dateline.country };
  if (e.kind === 'lead') {
    const fromTitle = ctx.title ? pick(ctx.title.places) : null;
    if (fromTitle?.city) return fromTitle;
    if (own) return own;
    if (fromTitle) return fromTitle;
    if (ctx.dateline?.city) return { city: ctx.dateline.city, country: ctx.dateline.country };
  }
  return own;
}

function placeOf(p: PlaceMention | null): Location | null {
  return p ? { city: p.city, country: p.country } : null;
}

/** The last city named in a sentence about the present, up to the encounter's first sentence. */
function sceneBefore(e: Encounter, ctx: ArticleContext): Location | null {
  const first = Math.min(...e.sentences.map((s) => s.index));
  let scene: Location | null = null;
  for (const s of ctx.body) {
    if (s.index > first) break;
    if (s.recalled || s.future) continue;
    const city = s.places.filter((p) => p.city).pop();
    if (city) scene = { city: city.city, country: city.country };
  }
  return scene;
}

function cameoOf(modality: Modality, e: Encounter, participants: Participant[], location: Location | null, setting: 'standalone' | 'sidelines'): Cameo {
  if (modality !== 'in_person') return '041';
  if (e.sentences.some((s) => NEGOTIATION.test(s.text))) return '046';
  const first = participants[0];
  if (first?.side === 'visitor') return '042';
  if (first?.side === 'host') return '043';
  if (location?.country && !participants.some((p) => p.country === location.country)) return '044';
  if (setting === 'sidelines') return '044';
  return '040';
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
