import { describe, expect, it } from 'vitest';
import { fold, foldAccents } from '../../../src/domain/fold.js';
import { articleId, meetingId, personId, placeId } from '../../../src/resolve/ids.js';

describe('foldAccents', () => {
  it('spells accented and special letters in plain Latin, keeping case', () => {
    expect(foldAccents('Erdoğan')).toBe('Erdogan');
    expect(foldAccents('Əliyev')).toBe('Eliyev');
    expect(foldAccents('Støre')).toBe('Store');
    expect(foldAccents('Þórðarson')).toBe('Thordarson');
    expect(foldAccents('Łódź')).toBe('Lodz');
    expect(foldAccents('Đukanović, Weiß, İstanbul, ılık')).toBe('Dukanovic, Weiss, Istanbul, ilik');
  });

  it('makes curly and modifier apostrophes straight and dashes hyphens', () => {
    expect(foldAccents('Nuku‘alofa')).toBe("Nuku'alofa");
    expect(foldAccents('Côte d’Ivoire')).toBe("Cote d'Ivoire");
    expect(foldAccents('Hawaiʻi `x´')).toBe("Hawai'i 'x'");
    expect(foldAccents('Kim Jong–un — Seoul‑Busan')).toBe('Kim Jong-un - Seoul-Busan');
  });

  it('folds a text whole as it folds it character by character', () => {
    const text = 'Œuvre «Þór» ß–Ø ’t';
    expect(foldAccents(text)).toBe([...text].map(foldAccents).join(''));
  });

  it('leaves plain ASCII as it is', () => {
    expect(foldAccents('Macron met  Scholz.')).toBe('Macron met  Scholz.');
  });
});

describe('fold', () => {
  it('compares names whatever their case, accents, apostrophes and spacing', () => {
    expect(fold('  ERDOĞAN\t met\n Støre ')).toBe(fold('erdogan met store'));
    expect(fold("Côte d’Ivoire")).toBe(fold("cote d'ivoire"));
    expect(fold('Đukanović')).toBe('dukanovic');
  });

  it('keeps different names different', () => {
    expect(fold('Kim Jong-un')).not.toBe(fold('Kim Jong un'));
    expect(fold('Lula')).not.toBe(fold('Lulu'));
  });
});

describe('ids built on the fold', () => {
  // Ids are stored in users' graphs: these values must never change.
  it('gives people and places the ids they have always had', () => {
    expect(personId('Recep Tayyip Erdoğan')).toBe('p-recep-tayyip-erdogan');
    expect(personId('Jonas Gahr Støre')).toBe('p-jonas-gahr-store');
    expect(personId('Ilham Əliyev')).toBe('p-ilham-eliyev');
    expect(personId('Kim Jong-un')).toBe('p-kim-jong-un');
    expect(personId('Côte d’Ivoire')).toBe('p-cote-d-ivoire');
    expect(personId('Þórðarson')).toBe('p-thordarson');
    expect(placeId('São Paulo', 'BR')).toBe('pl-sao-paulo-br');
    expect(placeId('Washington, D.C.', null)).toBe('pl-washington-d-c-xx');
  });

  it('gives articles and meetings the ids they have always had', () => {
    expect(articleId(null, '  Erdoğan  met\nStøre. ')).toBe('a-1728ce5b32f17f2f');
    expect(articleId(null, 'Erdoğan met Støre.')).toBe('a-1728ce5b32f17f2f');
    expect(articleId(null, 'Erdogan met Store.')).not.toBe('a-1728ce5b32f17f2f');
    expect(articleId('HTTPS://Example.com/a/#x', 'y')).toBe('a-17695f664df09d72');
    expect(meetingId([personId('Jonas Gahr Støre'), personId('Recep Tayyip Erdoğan')], '2024-05-01')).toBe('m-76511f4fe290d907');
  });
});
