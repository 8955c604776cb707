/**
 * The composition root of extraction: text clean-up, dateline, sentences, mentions,
 * coreference, encounter segmentation, then one Meeting per encounter.
 * Offline and rule-based; all lookups are precompiled per KnowledgeBase.
 */
import type { Article, ArticleExtraction, Meeting } from '../domain/model.js';
import { fold } from '../domain/fold.js';
import type { KnowledgeBase } from '../knowledge/knowledge-types.js';
import { analyzeSentence, type SentenceInfo } from './analyze.js';
import { agenciesIn } from './attribution.js';
import { buildMeeting, type ArticleContext } from './build-meeting.js';
import { cleanText } from './clean-text.js';
import { resolveEntities } from './coreference.js';
import { parseDateline } from './dateline.js';
import { headerDate, referenceDate } from './dates.js';
import { segmentEncounters } from './encounters.js';
import { gazetteerFor } from './gazetteer.js';
import { HEDGE_HELD, PASSIVE_CONTENT, SPEECH_VERBS } from './lexicon/cues.js';
import type { Encounter } from './encounters.js';
import { COMMENTARY, isTopicSentence } from './topics.js';
import { splitEncounters } from './segments.js';
import { splitSentences } from './sentences.js';

export function extractArticle(article: Article, kb: KnowledgeBase): ArticleExtraction {
  const gaz = gazetteerFor(kb);
  let text = cleanText(article.text ?? '');
  let ref = referenceDate(article.publishedAt) ?? referenceDate(headerDate(`${article.title ?? ''}\n${text}`));
  const dateline = parseDateline(text, kb, ref);
  if (dateline) {
    text = text.slice(0, dateline.start) + ' '.repeat(dateline.length) + text.slice(dateline.start + dateline.length);
    if (!ref && dateline.date && dateline.date.length === 10) ref = referenceDate(dateline.date);
  }
  const year = ref ? ref.getUTCFullYear() : Number(kb.peopleAsOf.slice(0, 4)) || new Date().getUTCFullYear();
  const body: SentenceInfo[] = splitSentences(text).flatMap((s) => splitEncounters(analyzeSentence(s.index, s.text, s.index === 0 && isHeadline(s.text) && (!article.title || sameLine(s.text, article.title)), gaz, ref), gaz, ref));
  const title = article.title ? analyzeSentence(-1, cleanText(article.title), true, gaz, ref) : null;
  const all = title ? [title, ...body] : body;
  const res = resolveEntities(all.flatMap((s) => s.mentions), gaz, year);
  const encounters = segmentEncounters(body, title, res, year, ref);
  // Without a main meeting (a list of meetings), content is about any of their parties.
  const leadParties = new Set(encounters.find((e) => e.kind === 'lead')?.parties ?? encounters.flatMap((e) => e.parties));
  // What was discussed is told of the parties ("Japarov thanked his Uzbek counterpart for gas
  // supplies", "the two leaders agreed") or in the passive ("attention was paid to"); a
  // sentence about someone else, or background, is not the meeting's content.
  const aboutParties = (s: SentenceInfo): boolean =>
    s.plural || PASSIVE_CONTENT.test(s.text) || s.mentions.some((m) => { const e = res.of.get(m); return !!e && leadParties.has(e); });
  // What a party says about the talks ("Sanchez said Spain favoured a balanced trade relationship").
  const partySays = (s: SentenceInfo): boolean => s.mentions.some((m) => {
    const e = res.of.get(m);
    return !!e && leadParties.has(e) && m.kind !== 'pronoun' && (SPEECH_VERBS.has(m.next) || /^,\s*(?:speaking|writing)\b[^.]*?,\s*(?:said|told)\b/i.test(s.text.slice(m.offset + m.surface.length)));
  });
  const claimed = new Set(encounters.flatMap((e) => (e.kind === 'lead' ? [] : [...e.sentences, ...(e.content ?? [])])));
  assignHedgedContent(body, encounters, claimed);
  const ctx: ArticleContext = {
    body,
    title,
    year,
    ref,
    dateline,
    topicSentences: body.filter((s) => !claimed.has(s) && !s.recalled && (isTopicSentence(s.text) && aboutParties(s) && !COMMENTARY.test(s.text) || partySays(s))),
  };
  ctx.lead = encounters.find((e) => e.kind === 'lead');
  if (ctx.lead) ctx.leadMeeting = buildMeeting(ctx.lead, ctx);
  const meetings: Meeting[] = encounters.map((e) => (e === ctx.lead && ctx.leadMeeting ? ctx.leadMeeting : buildMeeting(e, ctx)))
    .filter(twoSides);
  const attributedTo = agenciesIn(all.flatMap((s) => s.chunks));
  if (dateline?.agency && !attributedTo.includes(dateline.agency)) attributedTo.unshift(dateline.agency);
  return {
    file: article.source,
    article: {
      title: article.title,
      publishedAt: article.publishedAt,
      publisher: article.publisher,
      url: article.url,
      attributedTo,
    },
    meetings,
  };
}

/**
 * A body that opens with its headline (scraped pages, feeds without a title field): one line,
 * no closing period, most words capitalised ("Kyrgyz President To Make First Visit To Russia").
 */
function isHeadline(line: string): boolean {
  if (line.length > 160 || /[.!?]["'\u201d]?$/.test(line.trim()) || line.includes('\n')) return false;
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

function sameLine(a: string, b: string): boolean {
  const key = (x: string) => fold(x).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return key(a) === key(b);
}

/**
 * Two states, or a state and an organisation, once every participant has its state (officials
 * the text names without one take the state of the place): a minister calling on his own
 * president is no diplomatic meeting.
 */
function twoSides(m: Meeting): boolean {
  return new Set(m.participants.map((p) => (p.organization ? `org:${p.organization}` : p.country)).filter(Boolean)).size >= 2;
}

/**
 * A hedged content sentence ("Migration and Ukraine are expected to dominate the agenda") told
 * right after a planned encounter of a held main meeting is that planned meeting's agenda.
 */
function assignHedgedContent(body: SentenceInfo[], encounters: Encounter[], claimed: Set<SentenceInfo>): void {
  const lead = encounters.find((e) => e.kind === 'lead');
  if (!lead || lead.planned) return;
  let current: Encounter | null = null;
  for (const s of body) {
    const owner = encounters.find((e) => e.sentences.includes(s));
    if (owner) {
      current = owner;
      continue;
    }
    if (!current || current.kind !== 'future' || claimed.has(s)) continue;
    if (isTopicSentence(s.text) && HEDGE_HELD.test(s.text)) {
      (current.content ??= []).push(s);
      claimed.add(s);
    }
  }
}
