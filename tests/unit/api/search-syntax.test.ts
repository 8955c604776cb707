/** How search text becomes required terms: words, phrases, prefixes, folded; operators never reach Lucene. */
import { describe, expect, it } from 'vitest';
import { parseSearch } from '../../../src/api/search-syntax.js';
import { luceneQuery } from '../../../src/store/queries/full-text-search.js';

const lucene = (text: string): string => luceneQuery(parseSearch(text));

describe('search syntax', () => {
  it('requires every word, folded to lower case without accents', () => {
    expect(lucene('Erdoğan Putin')).toBe('+erdogan +putin');
    expect(lucene('Zoë ŞTEFĂNESCU')).toBe('+zoe +stefanescu');
  });

  it('keeps quoted words together, in order', () => {
    expect(parseSearch('"BRICS summit" Kazan')).toEqual([
      { kind: 'phrase', words: ['brics', 'summit'] },
      { kind: 'word', text: 'kazan' },
    ]);
    expect(lucene('"grain  corridor"')).toBe('+"grain corridor"');
    expect(lucene('"Kazan"')).toBe('+kazan');
  });

  it('reads a trailing * as a prefix, folded, and refuses one of a single letter', () => {
    expect(parseSearch('Erdoğ*')).toEqual([{ kind: 'prefix', text: 'erdog' }]);
    expect(lucene('corri* Kazan')).toBe('+corri* +kazan');
    expect(() => parseSearch('a*')).toThrow(/at least 2 letters/);
  });

  it('reads an unmatched quote as plain words', () => {
    expect(lucene('Putin "Aliyev Baku')).toBe('+putin +aliyev +baku');
    expect(lucene('"Aliyev Baku" "Putin')).toBe('+"aliyev baku" +putin');
  });

  it('treats brackets, ~ ^ : + - ! ? / \\ as separators, so no operator reaches Lucene', () => {
    for (const text of ['(Putin)', 'Putin~', 'Putin^3', 'title:Putin', '+Putin', '-Putin', '!Putin', 'Put?', '/Putin/', '\\Putin', '{Putin}', '[Putin]', 'Putin&&', '||Putin']) {
      expect(lucene(text), text).toMatch(/^\+[a-z0-9]+(?: \+[a-z0-9]+)*$/);
    }
    expect(lucene('Putin^3')).toBe('+putin +3');
  });

  it("keeps apostrophes inside words", () => {
    expect(lucene("Côte d'Ivoire")).toBe("+cote +d'ivoire");
  });

  it('drops AND, refuses OR and NOT, and searches them as words in quotes or lower case', () => {
    expect(lucene('Putin AND Aliyev')).toBe('+putin +aliyev');
    expect(() => parseSearch('Putin OR Aliyev')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', input: 'text' }));
    expect(() => parseSearch('NOT Putin')).toThrow(/no NOT operator/);
    expect(lucene('"Putin or Aliyev"')).toBe('+"putin or aliyev"');
    expect(lucene('not putin')).toBe('+not +putin');
  });

  it('refuses text with no words, and too many terms', () => {
    for (const text of ['AND', '*', '""', '" "', '()', '~^:']) {
      expect(() => parseSearch(text), text).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    }
    expect(() => parseSearch(Array.from({ length: 21 }, (_, i) => `w${i}`).join(' '))).toThrow(/at most 20/);
  });
});
