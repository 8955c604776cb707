import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, read, readError, tempDir } from './helpers.js';

describe('RSS 2.0', () => {
  it('yields one article per item with the channel title as publisher', async () => {
    const file = fixture('feed.rss');
    const results = await read(file);
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);

    const [first, second, empty] = results;
    expect(first).toEqual({
      ok: true,
      article: {
        source: `${file}#1`,
        title: 'Emir of Qatar visits Tehran',
        text: 'The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, arrived in Tehran for talks with Iranian President Masoud Pezeshkian.\n\nThe visit focused on energy and regional security.',
        publishedAt: '2025-10-15T10:05:00+03:00', // RFC 822 pubDate, offset kept
        publisher: 'Gulf & Levant Daily',
        section: null,
        url: 'https://gulf.example.net/emir-tehran',
      },
    });
    // content:encoded wins over description; entities decoded; clutter dropped; guid as link; dc:date.
    expect(second).toMatchObject({
      ok: true,
      article: {
        source: `${file}#2`,
        text: 'Saudi Crown Prince Mohammed bin Salman hosted Turkish President Recep Tayyip Erdogan at Al-Salam Palace in Jeddah’s old quarter.',
        publishedAt: '2023-07-17',
        url: 'https://gulf.example.net/mbs-erdogan',
      },
    });
    if (empty?.ok === false) {
      expect(empty.error.code).toBe('INPUT_EMPTY');
      expect(empty.error.input).toBe(`${file}#3`);
    }
  });
});

describe('Atom', () => {
  it('yields one article per entry: xhtml content, html summary, alternate link, published then updated', async () => {
    const file = fixture('feed.atom');
    const results = await read(file);
    expect(results).toEqual([
      {
        ok: true,
        article: {
          source: `${file}#1`,
          title: 'Stoltenberg welcomes Kristersson',
          text: 'NATO Secretary General Jens Stoltenberg welcomed Swedish Prime Minister Ulf Kristersson at NATO headquarters in Brussels.\n\nSweden formally joined the alliance the same day.',
          publishedAt: '2024-03-07T14:00:00+01:00',
          publisher: 'Nordic & Baltic Briefing',
          section: null,
          url: 'https://nordic.example.com/stoltenberg-kristersson',
        },
      },
      {
        ok: true,
        article: {
          source: `${file}#2`,
          title: 'Stubb calls Zelensky',
          text: 'Finnish President Alexander Stubb held a phone call with Ukrainian President Volodymyr Zelensky.',
          publishedAt: '2024-03-05T11:30:00Z',
          publisher: 'Nordic & Baltic Briefing',
          section: null,
          url: 'https://nordic.example.com/stubb-zelensky',
        },
      },
    ]);
  });
});

describe('feeds: bad input', () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    tmp = await tempDir();
  });
  afterAll(() => tmp.remove());

  it('reports malformed XML with its line and column', async () => {
    const error = await readError(fixture('malformed.xml'));
    expect(error.code).toBe('INPUT_MALFORMED');
    expect(error.input).toBe(fixture('malformed.xml'));
    expect(error.message).toMatch(/invalid XML at line 8, column \d+: Expected closing tag 'title'/);
  });

  it('reports XML that is not a feed, and a feed without items', async () => {
    const sitemap = await readError(await tmp.write('sitemap.xml', '<?xml version="1.0"?><urlset><url><loc>https://x.example</loc></url></urlset>'));
    expect(sitemap.code).toBe('INPUT_UNSUPPORTED');
    expect(sitemap.message).toContain('<urlset>');
    const empty = await readError(await tmp.write('empty.rss', '<rss version="2.0"><channel><title>T</title></channel></rss>'));
    expect(empty.code).toBe('INPUT_EMPTY');
  });

  it('treats descriptions as HTML and drops WordPress endings', async () => {
    const file = await tmp.write(
      'wordpress.rss',
      '<rss version="2.0"><channel><title>WP</title><item><title>Prabowo to meet Putin</title>' +
        '<description>Prabowo will visit Russia this week, officials said. Tom &amp;amp; Jerry [&amp;#8230;]</description></item>' +
        '<item><title>Amir calls Sisi</title><description><![CDATA[<p>The Amir of Qatar called President Sisi.</p>' +
        '<p>The post <a href="https://wp.example/x">Amir calls Sisi</a> appeared first on WP.</p>]]></description></item></channel></rss>',
    );
    const texts = (await read(file)).map((r) => (r.ok ? r.article.text : r.error.message));
    expect(texts).toEqual(['Prabowo will visit Russia this week, officials said. Tom & Jerry', 'The Amir of Qatar called President Sisi.']);
  });

  it('reads RSS 1.0 (RDF)', async () => {
    const file = await tmp.write(
      'rdf.rss',
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
        '<channel><title>RDF News</title></channel>' +
        '<item><title>Putin meets Modi</title><link>https://rdf.example/1</link><dc:date>2024-07-08T18:00:00+03:00</dc:date><description>Putin met Modi at Novo-Ogaryovo.</description></item>' +
        '</rdf:RDF>',
    );
    const [result] = await read(file);
    expect(result).toMatchObject({ ok: true, article: { source: `${file}#1`, publisher: 'RDF News', title: 'Putin meets Modi', publishedAt: '2024-07-08T18:00:00+03:00' } });
  });
});
