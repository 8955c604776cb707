import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, readError, readOne, tempDir } from './helpers.js';

describe('HTML', () => {
  it('extracts the main text as plain paragraphs and the page metadata', async () => {
    const article = await readOne(fixture('article.html'));
    expect(article).toMatchObject({
      source: fixture('article.html'),
      title: 'Pashinyan and Aliyev meet on the sidelines of the EPC summit', // og:title
      publishedAt: '2023-10-05T17:40:00+02:00', // article:published_time
      publisher: 'Caucasus Courier', // og:site_name
      section: 'Region', // article:section
      url: 'https://courier.example.com/news/pashinyan-aliyev-granada?ref=canonical', // canonical
    });
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^GRANADA, Spain — Armenian Prime Minister Nikol Pashinyan/);
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[2]).toContain('expected before the end of the year.\nDiplomats described'); // <br>
  });

  it('outputs no markup, scripts, navigation or page furniture', async () => {
    const { text } = await readOne(fixture('article.html'));
    expect(text).not.toMatch(/[<>]/);
    for (const unwanted of ['tracking', 'alert', 'font-family', 'Home', 'Advertisement', 'Unrelated story', 'All rights reserved', 'By Anna Petrosyan']) {
      expect(text).not.toContain(unwanted);
    }
  });

  it('still reads malformed HTML', async () => {
    const article = await readOne(fixture('broken.html'));
    expect(article.title).toBe('Sisi receives Abbas in Cairo');
    expect(article.publishedAt).toBe('2024-03-12'); // meta name="date"
    expect(article.text).toContain('received Palestinian President Mahmoud Abbas in Cairo on Tuesday to discuss humanitarian aid');
    expect(article.text).toContain('the Egyptian presidency said in a statement.');
  });

  describe('edge cases', () => {
    let tmp: Awaited<ReturnType<typeof tempDir>>;
    beforeAll(async () => {
      tmp = await tempDir();
    });
    afterAll(() => tmp.remove());

    it('errors only when no text can be found', async () => {
      const error = await readError(await tmp.write('blank.html', '<html><head><title>App shell</title><script>var a = 1;</script></head><body><div id="root"></div><noscript>Enable JavaScript</noscript></body></html>'));
      expect(error.code).toBe('INPUT_EMPTY');
      expect(error.message).toContain('no article text found');
    });

    it('drops header furniture, captions and wire endings from the readable text', async () => {
      const file = await tmp.write(
        'furniture.html',
        '<html><head><meta property="og:title" content="Lee and Ishiba meet in Tokyo"></head><body><article>' +
          '<p>Politics &gt; Diplomacy</p><p>Park Ji-won | Posted: 2025-08-23 22:40 | Updated: 2025-08-24 07:15</p>' +
          '<p>TOKYO, Aug. 23 -- President Lee Jae-myung and Prime Minister Ishiba Shigeru held their first summit in Tokyo on Saturday, officials said, agreeing to resume regular reciprocal visits.</p>' +
          '<figure><img src="a.jpg"><figcaption>Lee is welcomed at Haneda airport on Friday.</figcaption></figure>' +
          '<p>AD</p><p>The two leaders met for about two hours at the Kantei before issuing a joint press statement on trade and energy cooperation.</p>' +
          '<p>(END) © Example Wire. Unauthorised reproduction prohibited.</p></article></body></html>',
      );
      const { text } = await readOne(file);
      expect(text).toBe(
        'TOKYO, Aug. 23 -- President Lee Jae-myung and Prime Minister Ishiba Shigeru held their first summit in Tokyo on Saturday, officials said, agreeing to resume regular reciprocal visits.' +
          '\n\nThe two leaders met for about two hours at the Kantei before issuing a joint press statement on trade and energy cooperation.',
      );
    });

    it('reads a fragment without <html>, <time datetime> and a <title> minus the site suffix', async () => {
      const file = await tmp.write(
        'fragment.html',
        '<title>Lula visits Luanda - Atlantic Wire</title><meta property="og:site_name" content="Atlantic Wire"><p>Brazilian President Lula met Angolan President Joao Lourenco in Luanda.</p><time datetime="2023-08-25">Aug 25</time>',
      );
      const article = await readOne(file);
      expect(article).toMatchObject({ title: 'Lula visits Luanda', publisher: 'Atlantic Wire', publishedAt: '2023-08-25' });
      expect(article.text).toContain('Brazilian President Lula met Angolan President Joao Lourenco in Luanda.');
    });
  });
});
