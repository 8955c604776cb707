import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/domain/errors.js';
import { closestMatches, matchKey, similarity } from '../../../src/resolve/name-match.js';
import { levelOf } from '../../../src/resolve/participant-levels.js';
import { partiesLike, regionGroups, resolveCountry, resolveParty, resolvePartyOrGroup } from '../../../src/resolve/party-names.js';
import { pickPerson } from '../../../src/resolve/person-names.js';

function refusal(f: () => unknown): AppError {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a BAD_USER_INPUT');
}

describe('matchKey', () => {
  it('folds case, diacritics, dots, apostrophes, hyphens and a leading "the"', () => {
    expect(matchKey('Türkiye')).toBe(matchKey('turkiye'));
    expect(matchKey("Côte d'Ivoire")).toBe(matchKey('cote divoire'));
    expect(matchKey('the U.K.')).toBe('uk');
    expect(matchKey('Kim Jong-un')).toBe('kim jong un');
  });

  it('scores a typo above an unrelated name', () => {
    expect(similarity(matchKey('Rusia'), matchKey('Russia'))).toBeGreaterThan(similarity(matchKey('Rusia'), matchKey('Austria')));
    const near = closestMatches('Kazakstan', [{ key: 'kazakhstan', name: 'Kazakhstan', value: 'KZ' }, { key: 'pakistan', name: 'Pakistan', value: 'PK' }], (x) => x, { take: 1, min: 0.5 });
    expect(near.map((m) => m.value)).toEqual(['KZ']);
  });
});

describe('resolveParty', () => {
  // The first call loads the knowledge base.
  beforeAll(() => void resolveParty('AZ', 'warm-up'), 60_000);

  it.each([
    ['UK', 'GB'],
    ['Britain', 'GB'],
    ['United Kingdom', 'GB'],
    ['gbr', 'GB'],
    ['Russia', 'RU'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['Ivory Coast', 'CI'],
    ["Côte d'Ivoire", 'CI'],
    ['USA', 'US'],
    ['US', 'US'],
    ['United States', 'US'],
    ['az', 'AZ'],
    ['country:AU', 'AU'],
  ])('reads %s as the country %s', (text, code) => {
    expect(resolveParty(text, 'a')).toMatchObject({ code, kind: 'COUNTRY' });
  });

  it.each([
    ['African Union', 'AU'],
    ['org:AU', 'AU'],
    ['NATO', 'NATO'],
    ['the United Nations', 'UN'],
  ])('reads %s as the organisation %s', (text, code) => {
    expect(resolveParty(text, 'b')).toMatchObject({ code, kind: 'ORGANIZATION' });
  });

  it('refuses the bare "AU", suggesting Australia and the African Union by their prefixed codes', () => {
    const e = refusal(() => resolveParty('AU', 'b'));
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.input).toBe('b');
    expect([...e.suggestions].sort()).toEqual(['country:AU', 'org:AU']);
    expect(e.message).toMatch(/Australia/);
    expect(e.message).toMatch(/African Union/);
  });

  it('refuses an unknown name with the nearest names as suggestions', () => {
    const e = refusal(() => resolveParty('Rusia', 'filter.countries[0]'));
    expect(e.input).toBe('filter.countries[0]');
    expect(e.suggestions).toContain('Russia');
  });

  it('takes a region group only where groups are allowed', () => {
    expect(resolvePartyOrGroup('group:EU', 'x', { groups: true }).group?.members).toContain('FR');
    expect(refusal(() => resolvePartyOrGroup('group:EU', 'a', { groups: false })).input).toBe('a');
    expect(refusal(() => resolvePartyOrGroup('group:EUR', 'x', { groups: true })).suggestions).toContain('group:EU');
  });

  it('keeps the African Union organisation apart from its member states group', () => {
    const members = regionGroups().find((g) => g.code === 'AU')?.members ?? [];
    expect(members).toContain('EG');
    expect(members).not.toContain('AU');
  });

  it('refuses an organisation where a country is asked', () => {
    expect(resolveCountry('AU', 'country').code).toBe('AU');
    expect(refusal(() => resolveCountry('org:NATO', 'country')).message).toMatch(/organisation/);
  });

  it('offers both namespaces for type-ahead', () => {
    const hits = partiesLike('AU', 5).map((h) => `${h.party.kind}:${h.party.code}`);
    expect(hits).toEqual(expect.arrayContaining(['COUNTRY:AU', 'ORGANIZATION:AU']));
  });
});

describe('pickPerson', () => {
  const erdogan = { id: 'p-1', name: 'Recep Tayyip Erdoğan', aliases: ['Erdogan'] };
  const kept = { id: 'p-2', name: 'Ilham Aliyev', aliases: ['Ilham Aliev'] };

  it('finds a person by name without diacritics or by the alias a merge left', () => {
    expect(pickPerson('recep tayyip erdogan', 'from', { byId: [], near: [erdogan, kept] }).id).toBe('p-1');
    expect(pickPerson('Ilham Aliev', 'from', { byId: [], near: [erdogan, kept] }).id).toBe('p-2');
  });

  it('refuses a name it cannot place, suggesting the nearest', () => {
    const e = refusal(() => pickPerson('Erdogn', 'filter.people[0]', { byId: [], near: [erdogan, kept] }));
    expect(e.input).toBe('filter.people[0]');
    expect(e.suggestions).toEqual(['Recep Tayyip Erdoğan']);
  });
});

describe('levelOf', () => {
  it.each([
    ['president', null, 'HEAD_OF_STATE_OR_GOVERNMENT'],
    ['prime minister', null, 'HEAD_OF_STATE_OR_GOVERNMENT'],
    ['chancellor', null, 'HEAD_OF_STATE_OR_GOVERNMENT'],
    ['foreign minister', null, 'MINISTER'],
    ['secretary of state', null, 'MINISTER'],
    ['home secretary', null, 'MINISTER'],
    ['national security adviser', null, 'OTHER'],
    [null, null, 'OTHER'],
    ['secretary-general', 'UN', 'OTHER'],
    ['president', 'EU', 'OTHER'],
  ] as const)('ranks a %s (%s) as %s', (role, org, level) => {
    expect(levelOf(role, org)).toBe(level);
  });
});
