/** Small hand-made articles and extractions for store tests, where the extractor is not under test. */
import type { Article, ArticleExtraction, Meeting, Participant } from '../../src/domain/model.js';

export function article(source: string, text: string, extra: Partial<Article> = {}): Article {
  return { source, title: null, text, publishedAt: '2025-10-15', publisher: null, section: null, url: null, ...extra };
}

export function person(name: string, country: string | null, role = 'president', organization: string | null = null): Participant {
  return { name, country, organization, role, confidence: 0.9, evidence: `${name} took part.` };
}

export function meeting(participants: Participant[], extra: Partial<Meeting> = {}): Meeting {
  return {
    participants,
    modality: 'in_person',
    status: 'held',
    date: '2025-10-15',
    location: { city: 'Moscow', country: 'RU' },
    topics: [{ name: 'energy', status: 'discussed', evidence: 'They discussed energy.' }],
    setting: { kind: 'standalone' },
    cameo: '042',
    confidence: 0.8,
    evidence: ['They met.'],
    ...extra,
  };
}

export function extraction(a: Article, meetings: Meeting[], attributedTo: string[] = []): ArticleExtraction {
  return {
    file: a.source,
    article: { title: a.title, publishedAt: a.publishedAt, publisher: a.publisher, url: a.url, attributedTo },
    meetings,
  };
}
