/**
 * An article turned into the record the store writes, with meeting dates implausibly far past
 * its publication (or today) dropped and named in `notes`. Both the in-process ingest and the
 * extraction workers call this, so they write the same records.
 */
import type { Article } from '../domain/model.js';
import { extractArticle } from '../extract/index.js';
import { dropImplausibleDates } from './implausible-dates.js';
import type { KnowledgeBase } from '../knowledge/knowledge-types.js';
import { toArticleRecord, type ArticleRecord } from './records.js';

export interface DatedRecord {
  record: ArticleRecord;
  notes: string[];
}

export function datedRecord(article: Article, kb: KnowledgeBase, today: string): DatedRecord {
  const { extraction, notes } = dropImplausibleDates(extractArticle(article, kb), today);
  return { record: toArticleRecord(article, extraction, kb), notes };
}
