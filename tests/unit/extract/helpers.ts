import type { Article } from '../../../src/domain/model.js';

export function article(text: string, fields: Partial<Article> = {}): Article {
  return { source: 'test.txt', title: null, publishedAt: '2025-10-15', publisher: null, section: null, url: null, ...fields, text };
}
