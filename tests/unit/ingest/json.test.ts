import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, read, readError, readOne, tempDir } from './helpers.js';

describe('JSON', () => {
  it('reads one article object, ignoring unknown fields', async () => {
    expect(await readOne(fixture('article.json'))).toEqual({
      source: fixture('article.json'),
      title: 'Lavrov and Wang Yi hold talks in Beijing',
      text:
        'BEIJING, April 9 — Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing on Tuesday, the Chinese foreign ministry said.' +
        '\n\nThe ministers discussed trade settlements and the situation in Ukraine.',
      publishedAt: '2024-04-09T08:15:00Z',
      publisher: 'Example Wire',
      section: 'Diplomacy',
      url: 'https://news.example.org/2024/04/09/lavrov-wang-yi',
    });
  });

  it('reads an array item by item, with #N sources, fallback fields and an error for the item without text', async () => {
    const file = fixture('articles.json');
    const results = await read(file);
    expect(results).toHaveLength(3);

    const [first, second, third] = results;
    expect(first).toMatchObject({
      ok: true,
      article: {
        source: `${file}#1`,
        title: 'Modi receives Macron in New Delhi',
        publishedAt: '2024-01-26', // "date": "26.01.2024"
        publisher: 'Example Wire', // {"name": ...}
        url: 'https://news.example.org/modi-macron', // "link"
      },
    });

    expect(second?.ok).toBe(false);
    if (second?.ok === false) {
      expect(second.error.code).toBe('INPUT_MALFORMED');
      expect(second.error.input).toBe(`${file}#2`);
      expect(second.error.message).toContain('"text", "body" or "content"');
    }

    expect(third?.ok).toBe(true);
    if (third?.ok) {
      // HTML in "content" becomes plain text; a javascript: URL is dropped.
      expect(third.article.text).toBe(
        'South African President Cyril Ramaphosa held a phone call with Brazilian President Luiz Inacio Lula da Silva.\n\nThey discussed BRICS preparations.',
      );
      expect(third.article.text).not.toMatch(/<|alert/);
      expect(third.article.publishedAt).toBe('2024-02-05T14:30:00+02:00');
      expect(third.article.url).toBeNull();
    }
  });
});

describe('JSON Lines', () => {
  it('yields one result per line: a bad line is one error naming its line, the others still read', async () => {
    const file = fixture('articles.jsonl');
    const results = await read(file);
    expect(results.map((r) => r.ok)).toEqual([true, false, true, false]);

    const [first, bad, third, notObject] = results;
    if (first?.ok) expect(first.article).toMatchObject({ source: `${file}#1`, title: 'Scholz visits Warsaw', publishedAt: '2024-07-02' });
    if (bad?.ok === false) {
      expect(bad.error.code).toBe('INPUT_MALFORMED');
      expect(bad.error.input).toBe(`${file}#2`);
      expect(bad.error.message).toMatch(/line 2: invalid JSON/);
    }
    // The blank line is not an item: the next article is item 3, on line 4.
    if (third?.ok) expect(third.article).toMatchObject({ source: `${file}#3`, title: 'Albanese meets Kishida', publishedAt: '2023-10-20' });
    if (notObject?.ok === false) expect(notObject.error.message).toMatch(/line 5: expected an article object, got an array/);
  });
});

describe('JSON: bad input', () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    tmp = await tempDir();
  });
  afterAll(() => tmp.remove());

  it('reports malformed JSON with line and column', async () => {
    const error = await readError(await tmp.write('bad.json', '{\n  "title": "x",\n  "text": "y",,\n}'));
    expect(error.code).toBe('INPUT_MALFORMED');
    expect(error.message).toMatch(/bad\.json: invalid JSON/);
    // Node 20 reports a position (turned into line 3 here); Node 22+ words some errors without one.
    expect(error.message).toMatch(/line 3|Unexpected token/);
  });

  it('reports an object without a text field', async () => {
    const error = await readError(await tmp.write('notext.json', JSON.stringify({ title: 'Only a title', text: '   ' })));
    expect(error.code).toBe('INPUT_MALFORMED');
    expect(error.message).toContain('no text');
  });

  it('reports an empty array and a JSON value that is not an object', async () => {
    expect((await readError(await tmp.write('empty.json', '[]'))).code).toBe('INPUT_EMPTY');
    expect((await readError(await tmp.write('number.json', '42'))).message).toContain('got a number');
  });

  it('reads a NewsAPI-style wrapper {"articles": [...]}', async () => {
    const file = await tmp.write(
      'newsapi.json',
      JSON.stringify({
        status: 'ok',
        articles: [{ source: { id: null, name: 'Example Times' }, title: 'T', content: 'Xi met Lula in Beijing.', publishedAt: '2023-04-14T10:00:00Z' }],
      }),
    );
    const [result] = await read(file);
    expect(result).toEqual({
      ok: true,
      article: { source: `${file}#1`, title: 'T', text: 'Xi met Lula in Beijing.', publishedAt: '2023-04-14T10:00:00Z', publisher: 'Example Times', section: null, url: null },
    });
  });

  it('reads a .json file that really holds JSON Lines', async () => {
    const file = await tmp.write('lines.json', '{"text": "One."}\n{"text": "Two."}\n');
    const results = await read(file);
    expect(results.map((r) => (r.ok ? r.article.source : r.error.message))).toEqual([`${file}#1`, `${file}#2`]);
  });
});
