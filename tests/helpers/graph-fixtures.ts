/**
 * Articles we wrote for the graph's rules (tests/fixtures/graph): each `.txt` is the article,
 * its `.json` the extraction by hand, so the store and the API are tested on exactly the
 * meetings the text reports, whatever the extractor makes of it today.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Article, ArticleMeta, Meeting, Participant } from '../../src/domain/model.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';
import { toArticleRecord } from '../../src/resolve/records.js';
import { writeArticles } from '../../src/store/article-writes.js';
import type { Store } from '../../src/store/driver.js';

export const GRAPH_FIXTURES = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'graph');

type FixtureMeeting = Omit<Meeting, 'participants' | 'confidence'> & {
  participants: Omit<Participant, 'confidence' | 'evidence'>[];
};

interface FixtureExtraction {
  article: Pick<ArticleMeta, 'title' | 'publishedAt' | 'url'>;
  meetings: FixtureMeeting[];
}

/** The article and its meetings; participants' evidence is the meeting's first sentence. */
export function readGraphFixture(name: string): { article: Article; meetings: Meeting[] } {
  const text = readFileSync(path.join(GRAPH_FIXTURES, `${name}.txt`), 'utf8');
  const x = JSON.parse(readFileSync(path.join(GRAPH_FIXTURES, `${name}.json`), 'utf8')) as FixtureExtraction;
  const article: Article = { source: `${name}.txt`, text, publisher: null, section: null, ...x.article };
  const meetings = x.meetings.map((m) => ({
    ...m,
    confidence: 0.9,
    participants: m.participants.map((p) => ({ ...p, confidence: 0.9, evidence: m.evidence[0] ?? '' })),
  }));
  return { article, meetings };
}

const kb = loadKnowledge({ extraPeopleFile: null });

/** Writes the fixtures' articles to the graph, as `dkg ingest` would after extraction. */
export async function ingestGraphFixtures(store: Store, names: string[]): Promise<void> {
  const records = names.map((name) => {
    const { article, meetings } = readGraphFixture(name);
    const meta: ArticleMeta = { title: article.title, publishedAt: article.publishedAt, publisher: null, url: article.url, attributedTo: [] };
    return toArticleRecord(article, { file: article.source, article: meta, meetings }, kb);
  });
  await writeArticles(store, records);
}
