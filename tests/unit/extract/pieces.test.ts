import { describe, expect, it } from 'vitest';
import { findDates, adjustWeekday, referenceDate } from '../../../src/extract/dates.js';
import { splitSentences } from '../../../src/extract/sentences.js';
import { settingOf } from '../../../src/extract/setting.js';
import { topicsOf } from '../../../src/extract/topics.js';
import { cleanText } from '../../../src/extract/clean-text.js';
import { RECALLED } from '../../../src/extract/lexicon/cues.js';

describe('splitSentences', () => {
  it('keeps abbreviations and initials inside a sentence', () => {
    const s = splitSentences('U.S. President Joe R. Biden met Mr. Xi on Nov. 15 in Woodside. They talked for four hours.');
    expect(s.map((x) => x.text)).toEqual(['U.S. President Joe R. Biden met Mr. Xi on Nov. 15 in Woodside.', 'They talked for four hours.']);
  });
});

describe('findDates', () => {
  const ref = referenceDate('2025-10-15');
  it('reads numeric dates day first', () => {
    expect(findDates('signed on 05.10.2025 in Baku', ref).map((d) => d.value)).toEqual(['2025-10-05']);
  });
  it('keeps the precision the text gives', () => {
    expect(findDates('they last met in October 2023', ref).map((d) => d.value)).toEqual(['2023-10']);
    expect(findDates('a visit in 2019', ref).map((d) => d.value)).toEqual(['2019']);
  });
  it('does not read the modal "may" as a month', () => {
    expect(findDates('officials may discuss trade', ref)).toEqual([]);
  });
  it('sends weekdays to the past for held meetings and to the future for planned ones', () => {
    const d = findDates('on Monday', ref)[0];
    expect(d && adjustWeekday(d, ref, false)).toBe('2025-10-13');
    expect(d && adjustWeekday(d, ref, true)).toBe('2025-10-20');
  });
});

describe('topicsOf', () => {
  it('marks hedged topics as expected and keeps discussed over expected', () => {
    const t = topicsOf([
      { text: 'The leaders discussed energy transit and cross-border trade.', own: true },
      { text: 'They are likely to touch on transportation routes and energy.', own: false },
    ], false);
    expect(t.map((x) => [x.name, x.status])).toEqual([['energy', 'discussed'], ['trade', 'discussed'], ['transport', 'expected']]);
  });
  it('does not read "food security" as security', () => {
    expect(topicsOf([{ text: 'They discussed food security.', own: true }], false).map((x) => x.name)).toEqual(['agriculture']);
  });
});

describe('settingOf', () => {
  it('names the summit on whose sidelines leaders met', () => {
    expect(settingOf(['The two met on the sidelines of the Shanghai Cooperation Organisation summit in Astana.'])).toEqual({ kind: 'sidelines', event: 'SCO summit' });
    expect(settingOf(['Putin received Aliyev in the Kremlin.'])).toEqual({ kind: 'standalone' });
  });
});

describe('cleanText', () => {
  it('blanks furniture lines without moving offsets', () => {
    const raw = 'Body line.\n2 minutes ago\nReporting by A; Editing by B';
    const clean = cleanText(raw);
    expect(clean.length).toBe(raw.length);
    expect(clean.trim()).toBe('Body line.');
  });
});

describe('RECALLED', () => {
  it('recognises an earlier encounter named by its host, accented names included, in any case', () => {
    expect(RECALLED.test("the first talks since Érdi's trip to Paris")).toBe(true);
    expect(RECALLED.test("SINCE MACRON'S VISIT TO BEIJING")).toBe(true);
    expect(RECALLED.test('They last met in Geneva.')).toBe(true);
  });
  it('does not take an encounter reported now for a recalled one', () => {
    expect(RECALLED.test('The ministers met in Baku on Tuesday since talks began.')).toBe(false);
    expect(RECALLED.test('since 2019 visits to Baku have grown')).toBe(false);
  });
});
