import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../../src/ingest/plain-text.js';
import { splitPublisherLine } from '../../../src/ingest/publisher-line.js';
import { fixture, readOne } from './helpers.js';

describe('plain text: the seed article', () => {
  it('reads title, publisher, section and date from the footer', async () => {
    const article = await readOne(fixture('seed-aliyev-putin.txt'));
    expect(article).toMatchObject({
      source: fixture('seed-aliyev-putin.txt'),
      title: 'Aliyev Meets Putin in Moscow for High-Level Talks',
      publisher: 'Truth Social Media',
      section: 'Politics',
      publishedAt: '2025-10-15',
      url: null,
    });
  });

  it('keeps the footer out of the body', async () => {
    const { text } = await readOne(fixture('seed-aliyev-putin.txt'));
    expect(text.startsWith('The Azerbaijani president Ilham Aliyev traveled to Moscow')).toBe(true);
    expect(text.endsWith('holds both promise and risk for all involved partners.')).toBe(true);
    expect(text).not.toContain('Truth Social Media');
    expect(text).not.toContain('15.10.2025');
    expect(text).not.toContain('High-Level Talks');
  });
});

describe('plain text: headline, clutter and footer', () => {
  it('takes the headline, strips clutter and reads an ISO footer date (CRLF, NBSP, zero-width)', async () => {
    const article = await readOne(fixture('headline-footer-clutter.txt'));
    expect(article.title).toBe('Erdogan and Tokayev Sign Transit Pact');
    expect(article.publisher).toBe('Steppe Herald');
    expect(article.section).toBe('World');
    expect(article.publishedAt).toBe('2025-10-03');
    expect(article.text).toBe(
      'ASTANA, Kazakhstan, October 3 — Turkish President Recep Tayyip Erdogan and Kazakh President ' +
        'Kassym-Jomart Tokayev signed a transit agreement on Friday, the Kazakh presidential office said in a statement.' +
        '\n\n' +
        'The two leaders discussed the Middle Corridor, a trade route across the Caspian Sea, and agreed to meet again in Ankara next year.',
    );
  });

  it('uses a first-line headline as title when there is no footer', () => {
    const parsed = parsePlainText('Macron hosts Scholz at Elysee\n\nFrench President Emmanuel Macron hosted German Chancellor Olaf Scholz.\n');
    expect(parsed.title).toBe('Macron hosts Scholz at Elysee');
    expect(parsed.text).toBe('French President Emmanuel Macron hosted German Chancellor Olaf Scholz.');
  });

  it('does not take a first sentence as a headline', () => {
    const parsed = parsePlainText('Macron hosted Scholz at the Elysee on Monday.\n\nThey discussed defence.');
    expect(parsed.title).toBeNull();
    expect(parsed.text).toBe('Macron hosted Scholz at the Elysee on Monday.\n\nThey discussed defence.');
  });

  it('accepts the date line variants', () => {
    for (const [line, expected] of [
      ['on15.10.2025', '2025-10-15'],
      ['on 15.10.2025', '2025-10-15'],
      ['15.10.2025', '2025-10-15'],
      ['2025-10-15', '2025-10-15'],
      ['Published: October 15, 2025', '2025-10-15'],
      ['2025-10-15T09:30:00+03:00', '2025-10-15T09:30:00+03:00'],
    ] as const) {
      const parsed = parsePlainText(`Putin received Aliyev in the Kremlin.\n${line}`);
      expect(parsed.publishedAt, line).toBe(expected);
      expect(parsed.text, line).toBe('Putin received Aliyev in the Kremlin.');
    }
  });

  it('takes the whole footer line as title when no section word is found', () => {
    const parsed = parsePlainText('Body of the article.\nAliyev Meets Putin in Moscow\non15.10.2025');
    expect(parsed).toMatchObject({ title: 'Aliyev Meets Putin in Moscow', publisher: null, section: null, publishedAt: '2025-10-15' });
    expect(parsed.text).toBe('Body of the article.');
  });

  it('leaves a short last line in the body when nothing marks it as a footer', () => {
    const parsed = parsePlainText('The two leaders met in Baku.\n\nTalks continue next week');
    expect(parsed).toMatchObject({ title: null, publisher: null, section: null, publishedAt: null });
    expect(parsed.text).toBe('The two leaders met in Baku.\n\nTalks continue next week');
  });

  it('accepts a publisher line without a date when it splits into publisher and section', () => {
    const parsed = parsePlainText('The two leaders met in Baku.\nCaspian Post Diplomacy Leaders Meet in Baku');
    expect(parsed).toMatchObject({ title: 'Leaders Meet in Baku', publisher: 'Caspian Post', section: 'Diplomacy', publishedAt: null });
    expect(parsed.text).toBe('The two leaders met in Baku.');
  });

  it('only looks for footer lines at the end', () => {
    const parsed = parsePlainText('Intro line.\nTruth Social Media Politics Something\n15.10.2025\nThe body goes on after that.');
    expect(parsed.publishedAt).toBeNull();
    expect(parsed.text).toContain('Truth Social Media Politics Something');
  });

  it('keeps paragraph breaks and drops page clutter lines', () => {
    const parsed = parsePlainText(
      [
        'First paragraph.',
        '',
        'Special offer: subscribe for $1',
        '2 minutes ago',
        'Join the conversation',
        'Sign up for our daily newsletter',
        'Read more: Another story entirely',
        'We use cookies to improve your experience.',
        '',
        '',
        'Second paragraph,',
        'with a second line.',
      ].join('\n'),
    );
    expect(parsed.text).toBe('First paragraph.\n\nSecond paragraph,\nwith a second line.');
  });
});

describe('plain text: scraped header and toolbar furniture', () => {
  it('takes section, headline, date from the header; byline, captions, toolbars and link lists go', async () => {
    const article = await readOne(fixture('scraped-header.txt'));
    expect(article).toMatchObject({
      title: 'Tokayev and Mirziyoyev open border trade hub on Syrdarya',
      publisher: 'Steppe Courier',
      section: 'Central Asia',
      publishedAt: '2025-11-04', // the footer's date wins over the header's
    });
    expect(article.text).toBe(
      'TURKESTAN, Kazakhstan, Nov 4 — Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev opened a cross-border trade centre on Tuesday, the Kazakh presidential press service said.' +
        '\n\nThe leaders also discussed water sharing on the Syrdarya river and a planned rail link.',
    );
  });

  it('reads the date from header lines when there is no footer', () => {
    for (const [header, expected] of [
      ['24 OCT 2024, 17:52', '2024-10-24T17:52:00'],
      ['09.11.2023, 11:40', '2023-11-09T11:40:00'],
      ['July 3, 2024 | 2 minutes ago', '2024-07-03'],
      ['12 April 2024 | 09:31 | Politics', '2024-04-12T09:31:00'],
      ['Published June 25, 2025 4:02 p.m. ET', '2025-06-25T16:02:00-04:00'],
      ['Anna Lee | Posted: 2025-08-23 22:40 | Updated: 2025-08-24 07:15', '2025-08-23T22:40:00'],
    ] as const) {
      const parsed = parsePlainText(`Xi hosts Lula in Beijing\n${header}\n\nBEIJING — Xi Jinping hosted Lula.`);
      expect(parsed.publishedAt, header).toBe(expected);
      expect(parsed.title, header).toBe('Xi hosts Lula in Beijing');
      expect(parsed.text, header).toBe('BEIJING — Xi Jinping hosted Lula.');
    }
  });

  it('splits the footer line around a known headline, even with a section it does not know', () => {
    const parsed = parsePlainText('Kim hosts Putin in Pyongyang\n\nSEOUL — Kim Jong Un hosted Vladimir Putin.\nKorea Peninsula Times North Korea Kim hosts Putin in Pyongyang\non19.06.2024');
    expect(parsed).toMatchObject({ title: 'Kim hosts Putin in Pyongyang', publisher: 'Korea Peninsula Times', section: 'North Korea', publishedAt: '2024-06-19' });
    expect(parsed.text).toBe('SEOUL — Kim Jong Un hosted Vladimir Putin.');
  });

  it('never takes a whole one-paragraph text as header', () => {
    expect(parsePlainText('Talks continue in Baku').text).toBe('Talks continue in Baku');
  });
});

describe('splitPublisherLine', () => {
  it.each([
    ['Truth Social Media Politics Aliyev Meets Putin in Moscow for High-Level Talks', 'Truth Social Media', 'Politics', 'Aliyev Meets Putin in Moscow for High-Level Talks'],
    ['Gulf Times Middle East Emir Receives Iranian Envoy', 'Gulf Times', 'Middle East', 'Emir Receives Iranian Envoy'],
    ['Fox News World Leaders Gather in Rome', 'Fox News', 'World', 'Leaders Gather in Rome'],
    ['Asia Times Diplomacy Xi Meets Lula', 'Asia Times', 'Diplomacy', 'Xi Meets Lula'],
    ['Politics Xi Meets Lula', null, 'Politics', 'Xi Meets Lula'],
    // Several section words: the one after a newspaper word ("Post", "Wire", "Agency") wins.
    ['Arabian Business Post Economy Saudi Crown Prince Receives Lula', 'Arabian Business Post', 'Economy', 'Saudi Crown Prince Receives Lula'],
    ['Mexico News Daily Wire Nation Sheinbaum Calls Trump', 'Mexico News Daily Wire', 'Nation', 'Sheinbaum Calls Trump'],
    ['Caucasus Monitor Region Aliyev and Pashinyan Meet', 'Caucasus Monitor', 'Region', 'Aliyev and Pashinyan Meet'],
    ['Volga News Agency Politics Putin Holds Security Council Meeting', 'Volga News Agency', 'Politics', 'Putin Holds Security Council Meeting'],
  ])('%s', (line, publisher, section, title) => {
    expect(splitPublisherLine(line)).toEqual({ publisher, section, title });
  });

  it('returns null without a section word, or when it is too far in to end a publisher name', () => {
    expect(splitPublisherLine('Aliyev Meets Putin in Moscow')).toBeNull();
    expect(splitPublisherLine('Aliyev and Putin Meet in Moscow for Energy Talks')).toBeNull();
  });
});
