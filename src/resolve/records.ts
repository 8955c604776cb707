/**
 * Turns one article's extraction into the records the store writes: every entity with
 * its stable id, every fact with the article that claims it.
 */
import type { Article, ArticleExtraction, Meeting, Participant } from '../domain/model.js';
import type { KnowledgeBase } from '../knowledge/knowledge-types.js';
import { articleId, epochDay, personId, placeId, textHash } from './ids.js';

export interface PersonRecord {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  countryName: string | null;
  organization: string | null;
  organizationName: string | null;
  role: string | null;
  side: string | null;
  evidence: string;
  confidence: number;
}

export interface PlaceRecord {
  id: string;
  name: string;
  country: string | null;
  countryName: string | null;
  lat: number | null;
  lon: number | null;
}

export interface MeetingRecord {
  /**
   * Which of the article's meetings this is (its position in the extraction). With the
   * article id it names the report: an article's reports are never one meeting.
   */
  mention: number;
  participants: PersonRecord[];
  personIds: string[];
  modality: Meeting['modality'];
  status: Meeting['status'];
  date: string | null;
  datePrecision: 'day' | 'month' | 'year' | null;
  /** Day of the claimed date, else of publication: what "within a day / three days" compares. */
  anchorDay: number | null;
  dated: boolean;
  place: PlaceRecord | null;
  /** The country the report places it in, with or without a city: a planned and a held report must not disagree on it. */
  placeCountry: string | null;
  topics: { name: string; status: string; evidence: string }[];
  settingKind: string;
  settingEvent: string | null;
  cameo: string;
  confidence: number;
  evidence: string[];
}

export interface ArticleRecord {
  id: string;
  source: string;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  publisher: string | null;
  text: string;
  textHash: string;
  cites: { code: string; name: string }[];
  meetings: MeetingRecord[];
}

function precision(date: string | null): MeetingRecord['datePrecision'] {
  if (!date) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'day';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  return /^\d{4}$/.test(date) ? 'year' : null;
}

function personRecord(p: Participant, kb: KnowledgeBase): PersonRecord {
  // The knowledge file's canonical name makes "Zelenskyy" and "Zelensky" one node.
  const known = kb.personByName(p.name);
  const name = known?.name ?? p.name;
  const aliases = [...new Set([...(known?.aliases ?? []), ...(p.name !== name ? [p.name] : [])])];
  const country = p.country ? kb.countryByCode(p.country) : undefined;
  const org = p.organization ? kb.organization(p.organization) : undefined;
  return {
    id: personId(name),
    name,
    aliases,
    country: p.country,
    countryName: country?.name ?? p.country,
    organization: p.organization,
    organizationName: org?.name ?? p.organization,
    role: p.role,
    side: p.side ?? null,
    evidence: p.evidence,
    confidence: p.confidence,
  };
}

function placeRecord(m: Meeting, kb: KnowledgeBase): PlaceRecord | null {
  const city = m.location?.city;
  if (!city) return null;
  const country = m.location?.country ?? null;
  const known = kb.city(city, country);
  return {
    id: placeId(city, country),
    name: city,
    country,
    countryName: country ? (kb.countryByCode(country)?.name ?? country) : null,
    lat: known?.lat ?? null,
    lon: known?.lon ?? null,
  };
}

export function toArticleRecord(article: Article, extraction: ArticleExtraction, kb: KnowledgeBase): ArticleRecord {
  const publishedDay = article.publishedAt ? epochDay(article.publishedAt) : null;
  const meetings = extraction.meetings.map((m, mention): MeetingRecord => {
    const participants = dedupe(m.participants.map((p) => personRecord(p, kb)));
    const datePrecision = precision(m.date);
    const day = datePrecision === 'day' && m.date ? epochDay(m.date) : null;
    return {
      mention,
      participants,
      personIds: participants.map((p) => p.id).sort(),
      modality: m.modality,
      status: m.status,
      date: m.date,
      datePrecision,
      anchorDay: day ?? publishedDay,
      dated: m.date !== null,
      place: placeRecord(m, kb),
      placeCountry: m.location?.country ?? null,
      topics: m.topics.map((t) => ({ name: t.name, status: t.status, evidence: t.evidence })),
      settingKind: m.setting?.kind ?? 'standalone',
      settingEvent: m.setting?.event ?? null,
      cameo: m.cameo,
      confidence: m.confidence,
      evidence: m.evidence,
    };
  });
  return {
    id: articleId(article.url, article.text),
    source: article.source,
    url: article.url,
    title: extraction.article.title ?? article.title,
    publishedAt: article.publishedAt,
    publisher: article.publisher,
    text: article.text,
    textHash: textHash(article.text),
    cites: extraction.article.attributedTo.map((name) => {
      const org = kb.organization(name);
      return { code: org?.code ?? name, name: org?.name ?? name };
    }),
    meetings,
  };
}

function dedupe(people: PersonRecord[]): PersonRecord[] {
  const seen = new Map<string, PersonRecord>();
  for (const p of people) if (!seen.has(p.id)) seen.set(p.id, p);
  return [...seen.values()];
}
