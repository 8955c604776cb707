import { describe, expect, it } from 'vitest';
import { findDates, referenceDate } from '../../../src/extract/dates.js';
import { extractArticle } from '../../../src/extract/index.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';
import { article } from './helpers.js';

const kb = loadKnowledge();
const run = (text: string, publishedAt = '2025-05-16') => extractArticle(article(text, { publishedAt }), kb).meetings;
const who = (m: { participants: Array<{ name: string }> } | undefined) => m?.participants.map((p) => p.name).sort();

describe('topics go to the encounter they belong to', () => {
  it('gives "At the meeting, the sides discussed ..." to the encounter told just before', () => {
    const ms = run('Ilham Aliyev and Nikol Pashinyan had a brief conversation in Tirana. The sides touched upon the peace agenda. '
      + 'Earlier in the day, Aliyev also met with President of the European Council António Costa. '
      + 'At the meeting, the sides discussed energy cooperation and connectivity projects.');
    const costa = ms.find((m) => m.participants.some((p) => p.name === 'António Costa'));
    const lead = ms.find((m) => m.participants.some((p) => p.name === 'Nikol Pashinyan'));
    expect(costa?.topics.map((t) => t.name)).toEqual(['energy', 'transport']);
    expect(lead?.topics.map((t) => t.name)).toEqual(['conflict']);
  });

  it('gives a hedged agenda told after a planned visit to that visit, as expected topics', () => {
    const ms = run('Keir Starmer spoke by phone to French President Emmanuel Macron on Sunday. '
      + 'Starmer will travel to Paris on Friday for talks with Macron at the Elysee Palace. '
      + 'Migration is expected to dominate the agenda, officials said.', '2024-10-07');
    const call = ms.find((m) => m.modality === 'phone');
    const visit = ms.find((m) => m.status === 'planned');
    expect(call?.topics).toEqual([]);
    expect(visit?.topics.map((t) => [t.name, t.status])).toEqual([['migration', 'expected']]);
  });
});

describe('encounters', () => {
  it('drops an open invitation nobody accepted', () => {
    const ms = run('Argentine President Javier Milei met Italian Prime Minister Giorgia Meloni in Rome on Monday. '
      + 'Milei later invited the pope to visit his homeland.', '2024-02-13');
    expect(ms).toHaveLength(1);
  });

  it('does not read "received $1.4 billion in aid" as a meeting', () => {
    const ms = run('King Abdullah II met U.S. President Donald Trump at the White House on Tuesday. '
      + 'The kingdom received about $1.45 billion in U.S. assistance last year.', '2025-02-12');
    expect(ms).toHaveLength(1);
  });

  it('splits "met X ..., hours after an audience with Y at the Vatican"', () => {
    const ms = run('Argentine President Javier Milei met Italian Prime Minister Giorgia Meloni at Palazzo Chigi on Monday, '
      + 'hours after a private audience with Pope Francis at the Vatican.', '2024-02-13');
    const pope = ms.find((m) => m.participants.some((p) => p.name === 'Pope Francis'));
    expect(ms).toHaveLength(2);
    expect(who(pope)).toEqual(['Javier Milei', 'Pope Francis']);
    expect(pope?.location).toEqual({ city: 'Vatican City', country: 'VA' });
  });

  it('keeps two upcoming trips to different places apart', () => {
    const ms = run('President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba held a summit in Tokyo on Saturday. '
      + 'Lee will fly to Washington for a summit with U.S. President Donald Trump on Monday. '
      + 'Ishiba is expected to make a return visit to South Korea later this year.', '2025-08-23');
    const planned = ms.filter((m) => m.status === 'planned').map(who);
    expect(planned).toContainEqual(['Donald Trump', 'Lee Jae-myung']);
    expect(planned).toContainEqual(['Lee Jae-myung', 'Shigeru Ishiba']);
  });

  it('does not make a predecessor a party', () => {
    const ms = run('German Chancellor Friedrich Merz will hold talks with President Xi Jinping in Beijing next month. '
      + 'Merz has taken a cooler tone than his predecessor Olaf Scholz, who travelled to China twice.', '2025-09-12');
    expect(who(ms[0])).toEqual(['Friedrich Merz', 'Xi Jinping']);
  });

  it('knows cabinet members of 2024-2025 by their state', () => {
    const ms = run('Russian Defence Minister Andrey Belousov held talks with Indian Defence Minister Rajnath Singh in Moscow on Tuesday.', '2024-12-11');
    expect(ms[0]?.participants.map((p) => [p.name, p.country])).toEqual([['Andrey Belousov', 'RU'], ['Rajnath Singh', 'IN']]);
  });
});

describe('modality, places and dates', () => {
  it('makes a planned "due to speak with" a phone call', () => {
    const ms = run('Mexican President Claudia Sheinbaum spoke by phone with U.S. President Donald Trump this morning. '
      + 'Canadian Prime Minister Justin Trudeau was due to speak with Trump again later on Monday.', '2025-02-03');
    const trudeau = ms.find((m) => m.participants.some((p) => p.name === 'Justin Trudeau'));
    expect(trudeau?.modality).toBe('phone');
    expect(trudeau?.status).toBe('planned');
  });

  it('places "arrived in Doha from Riyadh, where he held talks with ..." in Riyadh', () => {
    const ms = run('Trump arrived in Doha from Riyadh, where on Tuesday he held talks with Saudi Crown Prince Mohammed bin Salman.', '2025-05-14');
    expect(ms[0]?.location).toEqual({ city: 'Riyadh', country: 'SA' });
  });

  it('gives an island no city, and knows "Rio" and "New York"', () => {
    expect(run('Narendra Modi met Xi Jinping in Bali on Tuesday.', '2022-11-16')[0]?.location).toEqual({ city: null, country: 'ID' });
    expect(run('Keir Starmer met Xi Jinping in Rio on Monday.', '2024-11-19')[0]?.location?.city).toBe('Rio de Janeiro');
    expect(run('Volodymyr Zelensky and Narendra Modi met on Monday in New York.', '2024-09-24')[0]?.location?.city).toBe('New York City');
  });

  it('reads "the city of X" as a city', () => {
    expect(run('Emmanuel Macron held talks with Lula da Silva on Tuesday near the Amazonian city of Belém.', '2024-03-27')[0]?.location?.city).toBe('Belém');
  });

  it('ignores the date of a relative clause about something else', () => {
    const ms = run('BAKU (APA - 16th May, 2025) - Ilham Aliyev and Nikol Pashinyan had a brief conversation in Tirana. '
      + 'During the exchange the sides touched upon the draft peace agreement, which was agreed by the two countries in March.', '2025-05-16');
    expect(ms[0]?.date).toBe('2025-05-16');
  });

  it('reads "this morning" as the day and a duration as no date', () => {
    const ref = referenceDate('2025-02-03');
    expect(findDates('agreed to pause tariffs for one month after a call this morning', ref).map((d) => d.value)).toEqual(['2025-02-03']);
  });
});

describe('descriptions', () => {
  it('ties "the secretary-general" to the one secretary-general named', () => {
    const ms = run('Russian President Vladimir Putin and UN Secretary-General Antonio Guterres held a meeting in Kazan on Thursday. '
      + 'The secretary-general also raised the issue of food and energy security.', '2024-10-24');
    expect(ms[0]?.topics.map((t) => t.name)).toEqual(['energy', 'agriculture']);
  });
});
