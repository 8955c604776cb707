import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';
import { readText, type ReadResult } from '../../../src/ingest/index.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';

const kb = loadKnowledge();

async function participants(text: string): Promise<string[]> {
  const read: ReadResult[] = [];
  for await (const r of readText(text, 'invisible.txt', 'text', { maxBytes: 1 << 20 })) read.push(r);
  const first = read[0];
  if (!first?.ok) throw new Error('not read');
  return extractArticle(first.article, kb).meetings.flatMap((m) => m.participants.map((p) => p.name)).sort();
}

describe('names with invisible characters', () => {
  it('reads a name cut by a joiner, a direction mark or a soft hyphen as the plain name', async () => {
    const plain = 'Talks in Berlin\n\nBERLIN, March 3, 2025 -- French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday.';
    const marked = plain.replace('Emmanuel', 'Emma\u200Dnuel').replace('Macron', '\u200FMa\u00ADcron\u200E').replace('Olaf Scholz', 'Olaf\u200C Scholz');
    const names = await participants(plain);
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect(await participants(marked)).toEqual(names);
  });
});
