import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';
import { topicsOf } from '../../../src/extract/topics.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';
import { article } from './helpers.js';

const kb = loadKnowledge();
const run = (text: string, publishedAt = '2025-05-16') => extractArticle(article(text, { publishedAt }), kb).meetings;
const who = (m: { participants: Array<{ name: string }> } | undefined) => m?.participants.map((p) => p.name).sort();
const topics = (text: string, planned = false) => topicsOf([{ text, own: true }], planned).map((t) => t.name);

describe('meeting verbs and negation', () => {
  it('reads "conferred with" as a meeting', () => {
    const ms = run('Kyrgyz President Sadyr Japarov conferred with Kazakh President Kassym-Jomart Tokayev in Astana on Thursday.');
    expect(ms).toHaveLength(1);
    expect(who(ms[0])).toEqual(['Kassym-Jomart Tokayev', 'Sadyr Japarov']);
  });

  it('reads "had no call scheduled with" as no meeting', () => {
    expect(run('Mexican President Claudia Sheinbaum said on Monday she had no call scheduled with U.S. President Donald Trump.')).toEqual([]);
  });

  it('does not open a planned meeting for "preparations for the meeting of the <organisation>"', () => {
    const ms = run('Brazilian President Lula da Silva held a telephone conversation on Wednesday with Colombian President Gustavo Petro. '
      + 'They exchanged views on preparations for the meeting of the Amazon Cooperation Treaty Organization that Colombia will host in Bogota.');
    expect(ms).toHaveLength(1);
    expect(ms[0]?.modality).toBe('phone');
  });
});

describe('participants', () => {
  it('drops Malay honorifics in front of a name', () => {
    const ms = run('Prime Minister Datuk Seri Anwar Ibrahim paid a courtesy call on Thai Prime Minister Paetongtarn Shinawatra in Bangkok on Monday.', '2024-12-17');
    expect(who(ms[0])).toEqual(['Anwar Ibrahim', 'Paetongtarn Shinawatra']);
  });

  it('does not take a legislature named in its own language for a person', () => {
    const ms = run('Tajik President Emomali Rahmon is scheduled to meet the Chairman of the Halk Maslahaty of Turkmenistan, Gurbanguly Berdimuhamedov, in Ashgabat on Friday.');
    expect(who(ms[0])).toEqual(['Emomali Rahmon', 'Gurbanguly Berdimuhamedov']);
  });

  it('leaves out the source of a report named after the meeting ("..., X told a news conference")', () => {
    const ms = run('Syrian President Ahmed al-Sharaa is expected to visit Ankara next month for talks with President Recep Tayyip Erdoğan, '
      + 'Turkish Foreign Minister Hakan Fidan told a joint news conference.', '2026-01-13');
    expect(who(ms[0])).toEqual(['Ahmed al-Sharaa', 'Recep Tayyip Erdoğan']);
  });
});

describe('topic lexicons and analysis', () => {
  it('reads sea-boundary delimitation as conflict and fishing and rice as agriculture', () => {
    expect(topics('The leaders discussed the delimitation of their exclusive economic zones and illegal fishing.')).toEqual(['conflict', 'agriculture']);
    expect(topics('The sides discussed rice exports.')).toEqual(['trade', 'agriculture']);
  });

  it('reads hydroelectric dams and biofuels as energy, waterways as transport, incursions as security', () => {
    expect(topics('They discussed the hydroelectric plant.')).toEqual(['energy']);
    expect(topics('They agreed to cooperate on biofuels.')).toEqual(['energy']);
    expect(topics('They discussed tolls on the waterway.')).toEqual(['transport']);
    expect(topics('Tusk raised the drone incursions into Polish airspace.')).toContain('security');
  });

  it('does not read the fight against crime or drug trafficking as conflict', () => {
    expect(topics('They discussed fighting drug trafficking.')).toEqual(['security']);
    expect(topics('They discussed the war in Sudan.')).toEqual(['conflict']);
  });

  it('reads space science and astronomy as technology', () => {
    expect(topics('They agreed on cooperation in astronomy and space science.')).toEqual(['technology']);
  });

  it('skips analysis and statistics sentences that are not the meeting', () => {
    expect(topicsOf([{ text: 'Analysts say the two countries compete for transit traffic.', own: false }], false)).toEqual([]);
    expect(topicsOf([{ text: 'ANALYSIS: Defence spending has jumped, and the trade deal was discussed.', own: false }], false)).toEqual([]);
    expect(topicsOf([{ text: 'Bilateral trade reached $5 billion, according to customs data.', own: false }], false)).toEqual([]);
  });
});
