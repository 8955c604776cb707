import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';
import { article } from './helpers.js';

const kb = loadKnowledge();

describe('extractArticle: the seed', () => {
  const text = readFileSync(new URL('../../../samples/seed-aliyev-putin.txt', import.meta.url), 'utf8').split('\n')[0] as string;
  const x = extractArticle(article(text, { title: 'Aliyev Meets Putin in Moscow for High-Level Talks', publishedAt: '2025-10-15' }), kb);
  const m = x.meetings[0];

  it('finds one held, in-person meeting in Moscow on the publication date', () => {
    expect(x.meetings).toHaveLength(1);
    expect(m?.modality).toBe('in_person');
    expect(m?.status).toBe('held');
    expect(m?.date).toBe('2025-10-15');
    expect(m?.location).toEqual({ city: 'Moscow', country: 'RU' });
  });

  it('names Ilham Aliyev (AZ) and Vladimir Putin (RU), presidents; Aliyev visits, Putin hosts', () => {
    const people = m?.participants.map((p) => [p.name, p.country, p.role, p.organization, p.side]);
    expect(people).toEqual([
      ['Ilham Aliyev', 'AZ', 'president', null, 'visitor'],
      ['Vladimir Putin', 'RU', 'president', null, 'host'],
    ]);
    expect(m?.cameo).toBe('042');
  });

  it('tells discussed topics from expected ones', () => {
    const topics = Object.fromEntries((m?.topics ?? []).map((t) => [t.name, t.status]));
    expect(topics).toMatchObject({ energy: 'discussed', trade: 'discussed', security: 'discussed', conflict: 'expected', infrastructure: 'expected', transport: 'expected' });
    for (const t of m?.topics ?? []) expect(t.evidence.length).toBeGreaterThan(20);
  });

  it('credits Interfax and gives evidence', () => {
    expect(x.article.attributedTo).toEqual(['Interfax']);
    expect(m?.evidence[0]).toContain('traveled to Moscow');
    expect(m?.confidence).toBeGreaterThan(0.5);
  });
});

describe('extractArticle: traps and shapes', () => {
  it('gives no meeting for a speech by video link to a forum', () => {
    const x = extractArticle(article('MOSCOW, Oct 15 (Reuters) - Russian President Vladimir Putin addressed the Russian Energy Week forum by video link on Wednesday, saying oil markets would stay tight. He said Western sanctions had failed.'), kb);
    expect(x.meetings).toEqual([]);
  });

  it('gives no meeting for two officials of the same state', () => {
    const x = extractArticle(article('Russian President Vladimir Putin held talks with Foreign Minister Sergei Lavrov in the Kremlin on Monday.'), kb);
    expect(x.meetings).toEqual([]);
  });

  it('reads a phone call: modality phone, no location, relative date resolved', () => {
    const x = extractArticle(article('Turkish President Recep Tayyip Erdogan spoke by phone with Russian President Vladimir Putin on Monday, the Turkish presidency said. The leaders discussed grain exports and the war in Ukraine.', { publishedAt: '2024-08-14' }), kb);
    expect(x.meetings).toHaveLength(1);
    const m = x.meetings[0];
    expect(m?.modality).toBe('phone');
    expect(m?.location).toBeNull();
    expect(m?.cameo).toBe('041');
    expect(m?.date).toBe('2024-08-12');
    expect(m?.participants.map((p) => p.country).sort()).toEqual(['RU', 'TR']);
    expect(m?.topics.map((t) => t.name)).toEqual(expect.arrayContaining(['agriculture', 'conflict']));
  });

  it('reads a planned visit as planned, with its date', () => {
    const x = extractArticle(article('Indian Prime Minister Narendra Modi will travel to Moscow on July 8 for talks with Russian President Vladimir Putin, the foreign ministry announced.', { publishedAt: '2024-07-02' }), kb);
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.status).toBe('planned');
    expect(x.meetings[0]?.date).toBe('2024-07-08');
    expect(x.meetings[0]?.location?.city).toBe('Moscow');
    expect(x.meetings[0]?.topics.every((t) => t.status === 'expected')).toBe(true);
  });

  it('resolves a surname and a description to the person named first', () => {
    const x = extractArticle(article('Azerbaijani President Ilham Aliyev met Russian President Vladimir Putin in Moscow on Wednesday. Aliyev thanked the Russian president for the invitation.'), kb);
    const names = x.meetings.flatMap((m) => m.participants.map((p) => p.name));
    expect(names.sort()).toEqual(['Ilham Aliyev', 'Vladimir Putin']);
  });

  it('never merges Heydar and Ilham Aliyev', () => {
    const x = extractArticle(article('Azerbaijani President Ilham Aliyev met Russian President Vladimir Putin in Moscow on Wednesday, on the anniversary of the birth of Heydar Aliyev. Aliyev laid flowers.'), kb);
    expect(x.meetings[0]?.participants.map((p) => p.name)).not.toContain('Heydar Aliyev');
    expect(x.meetings[0]?.participants.map((p) => p.name)).toContain('Ilham Aliyev');
  });

  it('gives an international official the organisation and no country', () => {
    const x = extractArticle(article('UN Secretary-General Antonio Guterres met Russian President Vladimir Putin in Kazan on Thursday on the sidelines of the BRICS summit.', { publishedAt: '2024-10-24' }), kb);
    const g = x.meetings[0]?.participants.find((p) => p.organization === 'UN');
    expect(g?.country).toBeNull();
    expect(g?.role).toBe('secretary-general');
    expect(x.meetings[0]?.setting).toEqual({ kind: 'sidelines', event: 'BRICS summit' });
    expect(x.meetings[0]?.location?.city).toBe('Kazan');
  });

  it('keeps a recalled meeting apart from today\'s', () => {
    const x = extractArticle(article('Azerbaijani President Ilham Aliyev held talks with Russian President Vladimir Putin in Moscow on Wednesday. The two leaders last met in Dushanbe in October 2024.'), kb);
    expect(x.meetings.map((m) => [m.date, m.location?.city])).toEqual([['2025-10-15', 'Moscow'], ['2024-10', 'Dushanbe']]);
  });
});
