import { describe, expect, it } from 'vitest';
import { foreground, topicsOf } from '../../../src/extract/topics.js';

/** Topic names (and statuses) of one content sentence about a held meeting. */
function names(text: string, own = false): string[] {
  return topicsOf([{ text, own }], false).map((t) => t.name);
}

function statuses(text: string): Array<[string, string]> {
  return topicsOf([{ text, own: true }], false).map((t) => [t.name, t.status]);
}

describe('topic lexicons: paraphrases', () => {
  it('reads transport from checkpoints, transit links and rail lines', () => {
    expect(names('They discussed the opening of new checkpoints on the border.')).toContain('transport');
    expect(names('The leaders discussed a rapid transit link between the two capitals.')).toContain('transport');
    expect(names('They agreed to speed up work on a new rail line.')).toContain('transport');
  });

  it('reads agriculture from grain, fertiliser, irrigation and farm products', () => {
    expect(names('Erdogan raised grain and fertiliser shipments.')).toEqual(['agriculture']);
    expect(names('They agreed on sharing water during the irrigation season.')).toContain('agriculture');
    expect(names('He urged better access for farm products and pork.')).toContain('agriculture');
  });

  it('reads conflict from ceasefires, peace talks and a conflict zone as the thing discussed', () => {
    expect(names('They discussed efforts to reach a ceasefire.')).toContain('conflict');
    expect(names('The two also exchanged views on Ukraine and the situation in the Middle East.')).toContain('conflict');
    expect(names('They discussed the special military operation.')).toEqual(['conflict']);
  });

  it('gives a nuclear power plant both nuclear and energy', () => {
    expect(names('He noted progress on the nuclear power plant.')).toEqual(['energy', 'nuclear']);
  });

  it('reads finance from a rupee-rouble payment mechanism', () => {
    expect(names('Discussions were likely to cover the rupee-rouble payment mechanism.')).toEqual(['finance']);
  });
});

describe('topic masks: words that belong to another topic or to none', () => {
  it('keeps nuclear weapons out of defense and the West Bank out of finance', () => {
    expect(names('They discussed the risks of nuclear weapons.')).toEqual(['nuclear']);
    expect(names('He reiterated his position on Gaza and the West Bank.')).toEqual(['conflict']);
  });

  it('does not read health from a greeting or security from an adviser title', () => {
    expect(names('During the call, Erdogan wished Aliyev good health and success.')).toEqual([]);
    expect(names('They agreed that National Security Adviser Doval would travel to Beijing.')).toEqual([]);
  });

  it('treats the sectors after "investment in" as the object of investment', () => {
    expect(names('They discussed investment in infrastructure, manufacturing, and technology.')).toEqual(['investment']);
  });

  it('does not read trade from smuggling or a tariff war from conflict', () => {
    expect(names('They agreed to smash the gangs behind this deadly trade.')).toEqual([]);
    expect(names('They discussed the tariff war.')).toEqual(['trade']);
  });
});

describe('background clauses', () => {
  it('blanks "amid", "since the start of" and "coincided with" clauses, keeping offsets', () => {
    const s = 'Sanchez met Xi on Friday, amid an escalating tariff war with Washington.';
    expect(foreground(s)).toHaveLength(s.length);
    expect(names(s, true)).toEqual([]);
    expect(names('Modi will travel to Moscow, his first visit since the start of the war in Ukraine.', true)).toEqual([]);
    expect(names("Xi's visit coincided with the anniversary of the NATO bombing.", true)).toEqual([]);
  });

  it('does not stop a clause at the periods of "U.S."', () => {
    expect(names('Lee and Ishiba held talks, agreeing to deepen cooperation amid U.S. tariff pressure and military ties.', true)).toEqual([]);
  });

  it("drops a party's own aims and a trailing ', as ...' clause", () => {
    expect(names('Lula, on his trip, is seeking Saudi investment in railways and ports.', true)).toEqual([]);
    expect(names('Merz will travel to Beijing, as German industry grows alarmed over export curbs.', true)).toEqual([]);
  });

  it('keeps ", as is ..." which adds a topic', () => {
    expect(names('Chips are also expected to feature, as is the war in Ukraine.')).toEqual(['conflict', 'technology']);
  });

  it('keeps content the parties govern inside such clauses', () => {
    expect(names('They signed a declaration in which the sides agreed to expand energy cooperation.')).toEqual(['energy']);
    expect(names('Modi and Xi met on the sidelines of the BRICS summit to discuss trade.', true)).toEqual(['trade']);
    expect(names('The ministers signed agreements following talks on energy.')).toEqual(['energy']);
  });

  it('does not read a topic from the summit the meeting was held at', () => {
    expect(names('The two presidents discussed bilateral ties on the sidelines of the COP29 climate summit in Baku.')).toEqual([]);
  });

  it('does not read agriculture from tea with the host or cooperation bearing fruit', () => {
    expect(names('The leaders discussed bilateral relations over a cup of tea.')).toEqual([]);
    expect(names('Xi noted that their cooperation had borne fruit.')).toEqual([]);
  });

  it('leaves out talks with companies', () => {
    expect(names('Pashinyan also discussed energy with French companies.')).toEqual([]);
  });
});

describe('hedges', () => {
  it('keeps a modal about the content "discussed" in a held meeting', () => {
    expect(statuses('Erdogan told Putin that Turkey could provide a framework for ending the war.')).toEqual([['conflict', 'discussed']]);
    expect(statuses('Vucic said a free trade agreement would come into force on July 1.')).toEqual([['trade', 'discussed']]);
  });

  it('marks a doubtful discussion "expected"', () => {
    expect(statuses('Discussions about Nagorno-Karabakh are expected to feature.')).toEqual([['conflict', 'expected']]);
    expect(statuses('Trade is likely to dominate the talks.')).toEqual([['trade', 'expected']]);
  });

  it('counts "likely to dominate" as a content sentence', () => {
    expect(topicsOf([{ text: 'Trade is likely to dominate.', own: false }], false).map((t) => t.name)).toEqual(['trade']);
  });
});
