/**
 * The composition root of extraction: text clean-up, dateline, sentences, mentions,
 * coreference, encounter segmentation, then one Meeting per encounter.
 * Offline and rule-based; all lookups are precompiled per KnowledgeBase.
 */
import type { Article, ArticleExtraction, Meeting } from '../domain/model.js';
import type { KnowledgeBase } from '../resolve/knowledge-types.js';
import { analyzeSentence, type SentenceInfo } from './analyze.js';
import { agenciesIn } from './attribution.js';
import { buildMeeting, type ArticleContext } from './build-meeting.js';
import { cleanText } from './clean-text.js';
import { resolveEntities } from './coreference.js';
import { parseDateline } from './dateline.js';
import { headerDate, referenceDate } from './dates.js';
import { segmentEncounters } from './encounters.js';
import { gazetteerFor } from './gazetteer.js';
import { isTopicSentence } from './topics.js';
import { splitSentences } from './sentences.js';

export function extractArticle(article: Article, kb: KnowledgeBase): ArticleExtraction {
  const gaz = gazetteerFor(kb);
  let text = cleanText(article.text ?? '');
  let ref = referenceDate(article.publishedAt) ?? referenceDate(headerDate(`${article.title ?? ''}\n${text}`));
  const dateline = parseDateline(text, kb, ref);
  if (dateline) {
    text = ' '.repeat(dateline.length) + text.slice(dateline.length);
    if (!ref && dateline.date && dateline.date.length === 10) ref = referenceDate(dateline.date);
  }
  const year = ref ? ref.getUTCFullYear() : Number(kb.peopleAsOf.slice(0, 4)) || new Date().getUTCFullYear();
  const body: SentenceInfo[] = splitSentences(text).map((s) => analyzeSentence(s.index, s.text, false, gaz, ref));
  const title = article.title ? analyzeSentence(-1, cleanText(article.title), true, gaz, ref) : null;
  const all = title ? [title, ...body] : body;
  const res = resolveEntities(all.flatMap((s) => s.mentions), gaz, year);
  const encounters = segmentEncounters(body, title, res, year, ref);
  const claimed = new Set(encounters.flatMap((e) => (e.kind === 'lead' ? [] : e.sentences)));
  const ctx: ArticleContext = {
    body,
    title,
    year,
    ref,
    dateline,
    topicSentences: body.filter((s) => !claimed.has(s) && !s.recalled && isTopicSentence(s.text)),
  };
  const meetings: Meeting[] = encounters.map((e) => buildMeeting(e, ctx));
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
