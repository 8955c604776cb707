/**
 * Shapes of real diplomatic news, each in our own words: one meeting per listed counterpart,
 * meetings named by a noun phrase, officials the knowledge base does not hold, sources and
 * speakers, negation, ceremony, recalled meetings and the clock.
 */
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../src/domain/model.js';
import { extractArticle } from '../../../src/extract/index.js';
import { loadKnowledge } from '../../../src/knowledge/knowledge.js';
import { article } from './helpers.js';

const kb = loadKnowledge();
const run = (text: string, publishedAt: string | null = '2025-03-12') => extractArticle(article(text, { publishedAt }), kb).meetings;
const who = (m: Meeting | undefined) => m?.participants.map((p) => p.name).sort();
const pairs = (ms: Meeting[]) => ms.map((m) => who(m)?.join(' + ')).sort();

describe('distributive lists', () => {
  it('gives one meeting per person a subject met', () => {
    const ms = run('In Yerevan, OSCE Secretary General Feridun Sinirlioglu met with Prime Minister Nikol Pashinyan, '
      + 'Foreign Minister Ararat Mirzoyan and Parliament Speaker Alen Simonyan on Tuesday.');
    expect(pairs(ms)).toEqual([
      'Alen Simonyan + Feridun Sinirlioğlu',
      'Ararat Mirzoyan + Feridun Sinirlioğlu',
      'Feridun Sinirlioğlu + Nikol Pashinyan',
    ]);
    expect(ms.every((m) => m.location?.city === 'Yerevan')).toBe(true);
  });

  it('splits "held separate closed-door meetings with" and keeps the list planned when the list is', () => {
    const held = run('Turkish Foreign Minister Hakan Fidan held separate closed-door meetings with Japanese Foreign Minister Takeshi Iwaya '
      + 'and US Secretary of State Marco Rubio.');
    expect(pairs(held)).toEqual(['Hakan Fidan + Marco Rubio', 'Hakan Fidan + Takeshi Iwaya']);
    const planned = run("Kyrgyz President Sadyr Japarov's bilateral meetings with Russian Prime Minister Mikhail Mishustin and "
      + 'Russian Foreign Minister Sergei Lavrov are planned.');
    expect(planned).toHaveLength(2);
    expect(planned.every((m) => m.status === 'planned')).toBe(true);
  });

  it('finds the subject after an opening phrase ("Speaking after meetings with A and B, C said")', () => {
    const ms = run('Speaking after meetings with Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti in Brussels, '
      + 'EU foreign policy chief Kaja Kallas said the dialogue would continue.');
    expect(pairs(ms)).toEqual(['Albin Kurti + Kaja Kallas', 'Aleksandar Vučić + Kaja Kallas']);
  });

  it('keeps a meeting told as joint as one meeting', () => {
    const ms = run('German Chancellor Friedrich Merz held a trilateral meeting with French President Emmanuel Macron and Polish Prime Minister Donald Tusk in Weimar.');
    expect(ms).toHaveLength(1);
    expect(ms[0]?.participants).toHaveLength(3);
  });
});

describe('meetings named by a noun phrase', () => {
  it('gives each "<meeting> between A and B" its own meeting, tense and modality', () => {
    const ms = run('Hungarian Foreign Minister Peter Szijjarto held talks with Sergei Lavrov in Moscow on Tuesday. '
      + 'He welcomed two conversations between Russian President Vladimir Putin and French President Emmanuel Macron '
      + 'and a planned call between Lavrov and US Secretary of State Marco Rubio.');
    const call = ms.find((m) => who(m)?.includes('Marco Rubio'));
    const conversations = ms.find((m) => who(m)?.includes('Emmanuel Macron'));
    expect(call?.status).toBe('planned');
    expect(call?.modality).toBe('phone');
    expect(who(call)).toEqual(['Marco Rubio', 'Sergei Lavrov']);
    expect(conversations?.status).toBe('held');
    expect(who(conversations)).toEqual(['Emmanuel Macron', 'Vladimir Putin']);
    expect(ms.find((m) => who(m)?.includes('Péter Szijjártó') || who(m)?.includes('Peter Szijjarto'))?.participants).toHaveLength(2);
  });

  it('drops a "possible meeting between A and B"', () => {
    expect(run('Analysts said a possible meeting between Russian President Vladimir Putin and Ukrainian President Volodymyr Zelenskyy remained distant.')).toEqual([]);
  });
});

describe('officials the knowledge base does not hold', () => {
  it('reads portfolio titles, postings and qualifiers before a name', () => {
    const ms = run('The African Union Commission chairperson also held talks with Minister of Interior and Public Security Amadou Kone '
      + 'and with Ghana Ambassador to Ethiopia Kwesi Mensah-Boateng in Addis Ababa.');
    const names = ms.flatMap((m) => m.participants.map((p) => p.name));
    expect(names).toContain('Amadou Kone');
    expect(names).toContain('Kwesi Mensah-Boateng');
    expect(names.some((n) => /Interior|Public Security|Ethiopia Kwesi/.test(n))).toBe(false);
  });

  it('reads a title set off by a comma ("Prime Minister of Kosovo, X") and a deputy minister', () => {
    const ms = run('Croatian Prime Minister Andrej Plenkovic also met with the Prime Minister of Kosovo, Albin Kurti, '
      + 'and Serbian Deputy Foreign Minister Ivana Lukic in Skopje.');
    expect(pairs(ms)).toEqual(['Albin Kurti + Andrej Plenković', 'Andrej Plenković + Ivana Lukic']);
  });

  it('counts an organisation official known to the knowledge base as the organisation\'s side', () => {
    const ms = run("Argentina's President Javier Milei and IMF chief Kristalina Georgieva held a video call on Friday.");
    expect(ms).toHaveLength(1);
    expect(ms[0]?.participants.find((p) => p.name === 'Kristalina Georgieva')?.organization).toBe('IMF');
    expect(ms[0]?.modality).toBe('video');
  });

  it('keeps institutions and headline verbs out of names', () => {
    const ms = run('Armenian FM Has Sincere Talks With Lavrov. Armenian Foreign Minister Ararat Mirzoyan met Sergei Lavrov in Moscow, '
      + 'Public Radio of Armenia reported.');
    const names = ms.flatMap((m) => m.participants.map((p) => p.name));
    expect(names.some((n) => /Sincere|Public Radio/.test(n))).toBe(false);
  });

  it('writes a known person\'s name as the article spells it in full', () => {
    const ms = run('Ukrainian President Volodymyr Zelenskyy spoke by phone with French President Emmanuel Macron on Sunday.');
    expect(who(ms[0])).toContain('Volodymyr Zelenskyy');
  });
});

describe('who is a party', () => {
  it('leaves out the source of a report', () => {
    const ms = run('According to Kyrgyz Foreign Minister Jeenbek Kulubaev, President Sadyr Japarov will meet Russian President Vladimir Putin in Moscow.');
    expect(who(ms[0])).toEqual(['Sadyr Japarov', 'Vladimir Putin']);
  });

  it('resolves a pronoun in an opening phrase to the subject after it', () => {
    const ms = run('During his meeting with Russian President Vladimir Putin in Moscow on Sunday, Armenian Prime Minister Nikol Pashinyan raised transit routes.');
    expect(who(ms[0])).toEqual(['Nikol Pashinyan', 'Vladimir Putin']);
  });
});

describe('no meeting', () => {
  it('reads "is not planning to meet" and "there was no conversation" as no meeting', () => {
    expect(run('Russian President Vladimir Putin is not planning to meet Moldovan President Maia Sandu, the Kremlin said.')).toEqual([]);
    expect(run('There was no conversation between Russian President Vladimir Putin and US President Donald Trump, the Kremlin said.')).toEqual([]);
  });

  it('reads a welcome at the airport as ceremony', () => {
    expect(run('Indonesian President Prabowo Subianto was received by Kenyan Foreign Minister Musalia Mudavadi at Jomo Kenyatta International Airport.')).toEqual([]);
  });
});

describe('recalled meetings and dates', () => {
  it('keeps an undated recalled meeting that names its own two sides', () => {
    const ms = run('Australian Prime Minister Anthony Albanese met Italian Prime Minister Giorgia Meloni in Rome on Tuesday. '
      + 'Earlier, the prime minister had met European Council President Antonio Costa and European Commission President Ursula von der Leyen.');
    expect(ms.some((m) => who(m)?.includes('Ursula von der Leyen') && !who(m)?.includes('Giorgia Meloni'))).toBe(true);
  });

  it('never resolves a relative date against the machine clock', () => {
    const ms = run('Kazakh President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev yesterday in Tashkent.', null);
    expect(ms).toHaveLength(1);
    expect(ms[0]?.date).toBeNull();
  });

  it('gives each place and date of a counted list of past meetings a meeting of its own', () => {
    const ms = run('Kazakh President Kassym-Jomart Tokayev received Uzbek President Shavkat Mirziyoyev in Astana on Tuesday. '
      + 'The two leaders have met four times this year: in Samarkand in January, in Moscow in May and in Bishkek in July.', '2025-10-14');
    const past = ms.filter((m) => m.location?.city && m.location.city !== 'Astana');
    expect(past.map((m) => `${m.location?.city} ${m.date}`).sort()).toEqual(['Bishkek 2025-07', 'Moscow 2025-05', 'Samarkand 2025-01']);
    expect(past.every((m) => m.status === 'held' && m.participants.length === 2)).toBe(true);
  });

  it('dates a recalled month before the article, and a planned one after it', () => {
    const ms = run('Belarusian President Alexander Lukashenko will hold talks with Chinese President Xi Jinping in Beijing next week. '
      + 'In February, Lukashenko had been in China on a state visit and met Xi.', '2023-12-03');
    expect(ms.find((m) => m.status === 'held')?.date).toBe('2023-02');
    expect(ms.find((m) => m.status === 'planned')?.date?.startsWith('2023-12')).toBe(true);
  });

  it('reads a dated photo caption as an earlier meeting, not the one reported', () => {
    const ms = run('Brazilian President Luiz Inacio Lula da Silva shakes hands with Chinese President Xi Jinping in Beijing, April 14, 2023. (Photo: Agency)\n\n'
      + 'BRASILIA - Lula and Xi spoke by phone on Tuesday about trade, the presidency said.', '2025-03-12');
    const call = ms.find((m) => m.modality === 'phone');
    const caption = ms.find((m) => m.modality === 'in_person');
    expect(call?.date).toBe('2025-03-11');
    expect(caption?.date).toBe('2023-04-14');
    expect(caption?.location?.city).toBe('Beijing');
  });

  it('tells a series of meetings on one day apart, each with its own counterpart', () => {
    const ms = run('NEW DELHI, March 2 (Agency) - Indian External Affairs Minister S. Jaishankar held a series of bilateral meetings on Wednesday '
      + "on the sidelines of the G20 foreign ministers' meeting.\n\nDuring his meeting with Nigerian Foreign Minister Geoffrey Onyeama, Jaishankar "
      + 'raised the case of a detained crew. He also met EU foreign policy chief Josep Borrell, and their talks focused on the war in Ukraine.\n\n'
      + 'The External Affairs Minister later met his Mexican counterpart, Marcelo Ebrard. Jaishankar will meet Chinese Foreign Minister Qin Gang on Thursday.', '2023-03-02');
    expect(pairs(ms.filter((m) => m.status === 'held'))).toEqual(['Geoffrey Onyeama + S. Jaishankar', 'Josep Borrell + S. Jaishankar', 'Marcelo Ebrard + S. Jaishankar']);
    expect(pairs(ms.filter((m) => m.status === 'planned'))).toEqual(['Qin Gang + S. Jaishankar']);
    expect(ms.every((m) => m.location?.city === 'New Delhi')).toBe(true);
  });

  it('tells a held meeting and the next one agreed in the same sentence apart', () => {
    const ms = run('BUDAPEST - Prime Minister Viktor Orban received Slovak Prime Minister Robert Fico in Budapest on Friday, '
      + 'and the two leaders agreed to meet again in Bratislava in the autumn.', '2025-09-12');
    expect(ms.map((m) => `${m.status} ${m.location?.city} ${m.date}`).sort()).toEqual(['held Budapest 2025-09-12', 'planned Bratislava null']);
  });

  it('reads "will receive" as a planned meeting and gives a relative clause\'s meeting to its antecedent', () => {
    const planned = run('The Kremlin announced that Russian President Vladimir Putin will receive Kazakh President Kassym-Jomart Tokayev outside Moscow next week.');
    expect(planned.map((m) => m.status)).toEqual(['planned']);
    const ms = run('Slovak Prime Minister Robert Fico was accompanied by Slovak Foreign Minister Juraj Blanar, who held separate talks with his Hungarian counterpart Peter Szijjarto in Budapest.');
    expect(who(ms[0])).toEqual(['Juraj Blanár', 'Péter Szijjártó']);
  });

  it('cuts "spoke to X, a day after he spoke to Y" and "met X before talks with Y" into two meetings each', () => {
    const calls = run('Kenyan President William Ruto spoke to Ethiopian Prime Minister Abiy Ahmed on Monday, a day after he spoke to Somali President Hassan Sheikh Mohamud.');
    expect(pairs(calls)).toEqual(['Abiy Ahmed + William Ruto', 'Hassan Sheikh Mohamud + William Ruto']);
    const talks = run("Kenya's foreign minister Musalia Mudavadi met Sri Lankan Foreign Minister Ali Sabry on Tuesday before talks with "
      + 'Indian External Affairs Minister S. Jaishankar in Nairobi.');
    expect(pairs(talks)).toEqual(['Ali Sabry + Musalia Mudavadi', 'Musalia Mudavadi + S. Jaishankar']);
  });

  it('reads "Sheikh Abdullah" as the Sheikh Abdullah named before, not another Abdullah', () => {
    const ms = run('ABU DHABI - Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, received Australian Foreign Minister Penny Wong today. '
      + 'Earlier, Sheikh Abdullah received a phone call from his Egyptian counterpart Badr Abdelatty.', '2024-03-14');
    const call = ms.find((m) => m.modality === 'phone');
    expect(who(call)).toEqual(['Abdullah bin Zayed Al Nahyan', 'Badr Abdelatty']);
  });

  it('drops meetings that are only possible or unlikely, and keeps the one held', () => {
    const ms = run('South Korean President Lee Jae-myung could meet Chinese President Xi Jinping at the summit, officials said. '
      + 'Lee may also hold talks with Japanese Prime Minister Shigeru Ishiba. A meeting between Lee and North Korean leader Kim Jong Un is unlikely. '
      + 'On Friday, Lee met U.S. President Donald Trump in Gyeongju.', '2025-11-02');
    expect(pairs(ms)).toEqual(['Donald Trump + Lee Jae-myung']);
  });

  it('keeps "X met Y, while Z spoke by phone with W" as two meetings of their own modality, and an AU chairperson with the AU', () => {
    const ms = run('IAEA head Rafael Grossi met Iranian Foreign Minister Abbas Araghchi in Tehran on Tuesday, while NATO chief Mark Rutte '
      + 'spoke by phone with Turkish President Recep Tayyip Erdogan. The Chairperson of the African Union Commission, Mahmoud Ali Youssouf, '
      + 'received Chinese Foreign Minister Wang Yi in Addis Ababa.', '2025-02-05');
    expect(ms.map((m) => `${who(m)?.join(' + ')} ${m.modality}`).sort()).toEqual([
      'Abbas Araghchi + Rafael Grossi in_person',
      'Mahmoud Ali Youssouf + Wang Yi in_person',
      'Mark Rutte + Recep Tayyip Erdoğan phone',
    ]);
    expect(ms.flatMap((m) => m.participants).find((p) => p.name === 'Mahmoud Ali Youssouf')?.organization).toBe('AU');
  });

  it('keeps talks held when the same sentence invites the guest to visit', () => {
    const ms = run('Modi holds talks with Starmer, invites him to India\n\nLONDON, July 24 (PTI) Prime Minister Narendra Modi on Thursday held '
      + 'wide-ranging talks with his British counterpart Keir Starmer in London and invited him to visit India.', '2025-07-24');
    expect(ms.map((m) => `${who(m)?.join(' + ')} ${m.status}`)).toEqual(['Keir Starmer + Narendra Modi held']);
  });

  it('adds no one from a domestic meeting told beside a foreign one', () => {
    const ms = run('ASTANA (Kazinform) - President Kassym-Jomart Tokayev received Foreign Minister of Uzbekistan Bakhtiyor Saidov. '
      + 'Also the President met with Kazakh Foreign Minister Murat Nurtleu to discuss the preparations.', '2024-01-12');
    expect(pairs(ms)).toEqual(['Bakhtiyor Saidov + Kassym-Jomart Tokayev']);
  });

  it("gives \"X's talks with Y in Kyiv\" its own meeting with its own place, apart from the main one", () => {
    const ms = run('MOSCOW - Russian President Vladimir Putin hosted Indian Prime Minister Narendra Modi for dinner outside Moscow on Monday. '
      + "The meeting comes weeks after Modi's talks with Ukrainian President Volodymyr Zelenskyy in Kyiv.", '2024-07-09');
    const kyiv = ms.find((m) => who(m)?.includes('Volodymyr Zelenskyy'));
    expect(who(kyiv)).toEqual(['Narendra Modi', 'Volodymyr Zelenskyy']);
    expect(kyiv?.location?.city).toBe('Kyiv');
    expect(kyiv?.date).toBeNull();
    expect(who(ms.find((m) => who(m)?.includes('Vladimir Putin')))).toEqual(['Narendra Modi', 'Vladimir Putin']);
  });

  it('does not read a given name as an agency acronym, nor "Assistant" before a title as an aide', () => {
    const ms = run('BEIJING - Chinese Vice Foreign Minister Sun Weidong held consultations with Pakistani Foreign Secretary Amna Baloch in Beijing on Tuesday. '
      + 'The US ambassador to China, Nicholas Burns, met with Chinese Assistant Foreign Minister Hua Chunying.', '2024-09-04');
    expect(pairs(ms)).toEqual(['Amna Baloch + Sun Weidong', 'Hua Chunying + Nicholas Burns']);
  });
});

