import { describe, expect, it } from 'vitest';
import { cleanBody } from '../../../src/ingest/body.js';
import { isClutterLine } from '../../../src/ingest/clutter.js';
import { normalizeDate } from '../../../src/ingest/dates.js';
import { htmlToText } from '../../../src/ingest/html-to-text.js';
import { normalizeWhitespace } from '../../../src/ingest/text-normalize.js';

describe('normalizeWhitespace', () => {
  it('unifies line ends, spaces and invisible characters, keeping paragraph breaks', () => {
    expect(normalizeWhitespace('  One\u00A0two\u200B three\t four \r\nsame paragraph\r\n\r\n\r\n\r\nSecond\u2029Third\u000C ')).toBe(
      'One two three four\nsame paragraph\n\nSecond\n\nThird',
    );
  });

  it('keeps ZWNJ, which is spelling in Persian', () => {
    expect(normalizeWhitespace('می\u200Cخواهم')).toBe('می\u200Cخواهم');
  });

  it('removes joiners, direction marks, BOM and soft hyphens from Latin names', () => {
    const names = ['Emma\u200Dnuel Macron', 'Olaf\u200C Scholz', '\u200FRecep Tayyip Erdo\u00ADgan\u200E', '\uFEFFNarendra\u202A Modi\u202C', 'Xi\u2067 Jinping\u2069'];
    expect(names.map(normalizeWhitespace)).toEqual(['Emmanuel Macron', 'Olaf Scholz', 'Recep Tayyip Erdogan', 'Narendra Modi', 'Xi Jinping']);
  });
});

describe('clutter', () => {
  it.each([
    'Advertisement', 'Share this article', 'Join the conversation', '1 minute read', '5 min read', '2 minutes ago',
    'Reporting by Guy Faulconbridge; Editing by Andrew Osborn', 'Reporting by J. Smith in Baku; Editing by Tom Hale',
    'Special offer: 3 months for $1', 'Sign up for our newsletter', 'Read more: Kremlin says talks went well',
    'We use cookies to personalise content and ads.', '© 2025 Example News', 'By Jane Doe and John Roe, Reuters',
    'Russian President Vladimir Putin meets Azerbaijani President Ilham Aliyev in Moscow, Russia. Sputnik/Gavriil Grigorov/Pool via REUTERS',
    '(Reporting by Guy Faulconbridge; Writing by Andrew Osborn)', 'Share | Print | Email', 'Comments (0) | Share: VK · Telegram',
    'Sign up for our politics newsletter | 3 min read | 1.2k comments', 'Advertisement · Continue reading below',
    'Tags: Kremlin, Security Council', '#Tokayev #Putin', 'Views: 3 412', 'Listen to article · 3 min', '[Text truncated]',
    'The views expressed in this article are the author\'s own.', 'Our Standards: The Thomson Reuters Trust Principles.',
    'Seoul Bureau | ⓒ Example Times', 'Associated Press writer Jane Roe contributed to this report.',
  ])('drops %j', (line) => {
    expect(isClutterLine(line)).toBe(true);
  });

  it.each([
    'The ministers agreed to share the data with the commission.',
    'Reporting by state media suggested the talks had stalled.',
    'Read more about the summit in our explainer, the editors said.',
    'Related talks were held in Geneva last month.',
    'By Tuesday, the two sides had agreed on a joint statement.',
    'Copyright disputes were also on the agenda.',
    'The EU says websites that use cookies must ask for consent.',
    'Tags were placed on every crate of aid, the ministry said.',
    'Putin | Erdogan | Aliyev: the three leaders met in Sochi on Friday and agreed to continue talks.',
  ])('keeps %j', (line) => {
    expect(isClutterLine(line)).toBe(false);
  });

  it('drops a link list: its header and the headlines under it', () => {
    expect(cleanBody('Body text.\n\nMost read\nOil prices rise\nFerry line opens\n\nThe talks resumed on Friday.')).toBe(
      'Body text.\n\nThe talks resumed on Friday.',
    );
  });
});

describe('htmlToText', () => {
  it('turns blocks into paragraphs and <br> into line breaks, dropping scripts and styles', () => {
    expect(htmlToText('<h2>Heading</h2><p>One <b>bold</b>\n word.<br/>Next line</p><script>evil()</script><style>p{}</style><ul><li>A</li><li>B</li></ul>')).toBe(
      'Heading\n\nOne bold word.\nNext line\n\nA\n\nB',
    );
  });

  it('decodes entities and never lets markup through', () => {
    expect(htmlToText('<p>Fish &amp; chips &lt;script&gt;</p><img src=x onerror=alert(1)>')).toBe('Fish & chips <script>');
  });
});

describe('normalizeDate', () => {
  it.each([
    ['2025-10-15', '2025-10-15'],
    ['15.10.2025', '2025-10-15'],
    ['5.3.2021', '2021-03-05'],
    ['2025-10-15T09:30:00Z', '2025-10-15T09:30:00Z'],
    ['2025-10-15T09:30:00.123+03:00', '2025-10-15T09:30:00+03:00'],
    ['2025-10-15T09:30+0300', '2025-10-15T09:30:00+03:00'],
    ['2025-10-15 09:30:00', '2025-10-15T09:30:00'],
    ['2025-10-15T09:30:00+00:00', '2025-10-15T09:30:00Z'],
    ['Wed, 15 Oct 2025 10:05:00 +0300', '2025-10-15T10:05:00+03:00'],
    ['Wed, 15 Oct 2025 10:05:00 GMT', '2025-10-15T10:05:00Z'],
    ['October 15, 2025', '2025-10-15'],
    ['15 October 2025', '2025-10-15'],
    ['Thu Oct 16 2025 12:00:00 GMT+0000 (Coordinated Universal Time)', '2025-10-16T12:00:00Z'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each(['', 'yesterday', 'Tuesday', 'October 2025', '2025-02-30', '31.04.2025', '15.10.25', 'not a date', 'Talks on October 15, 2025 in Baku'])(
    'rejects %j',
    (input) => {
      expect(normalizeDate(input)).toBeNull();
    },
  );

  it('rejects non-strings', () => {
    expect(normalizeDate(20251015)).toBeNull();
    expect(normalizeDate(null)).toBeNull();
  });
});
