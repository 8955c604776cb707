/**
 * The extractor writes a known person's name as the article spells it; the store must still
 * make one node of that person whatever the spelling.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';
import { toArticleRecord } from '../../../src/resolve/records.js';
import { article } from '../extract/helpers.js';

const kb = loadKnowledge();

function personIds(text: string): string[] {
  const a = article(text, { publishedAt: '2025-03-12' });
  const record = toArticleRecord(a, extractArticle(a, kb), kb);
  return record.meetings.flatMap((m) => m.personIds).sort();
}

describe('written names and canonical people', () => {
  it('gives the same person ids for two spellings of a known person', () => {
    const a = personIds('Ukrainian President Volodymyr Zelenskyy spoke by phone with French President Emmanuel Macron on Sunday.');
    const b = personIds('Ukrainian President Volodymyr Zelensky spoke by phone with French President Emmanuel Macron on Sunday.');
    expect(a).toHaveLength(2);
    expect(a).toEqual(b);
  });

  it('writes the spelling of the article in the extraction', () => {
    const a = article('Ukrainian President Volodymyr Zelenskyy spoke by phone with French President Emmanuel Macron on Sunday.', { publishedAt: '2025-03-12' });
    const names = extractArticle(a, kb).meetings.flatMap((m) => m.participants.map((p) => p.name));
    expect(names).toContain('Volodymyr Zelenskyy');
  });
});
