/**
 * Parties, people and filters as analysts write them, over real HTTP against the real Neo4j:
 * names and aliases for every argument that names a party or a person, the African Union
 * never taken for Australia, "did you mean" on unknown names, the filters on settings,
 * levels, sources, disputes and groups, undated meetings a date range leaves out, partial
 * answers, coded limit refusals and hidden suggestions in production.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANALYST_QUESTIONS } from '../../src/api/graphiql-examples.js';
import { ingestFiles } from '../../src/cli/ingest.js';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Participant } from '../../src/domain/model.js';
import type { Store } from '../../src/store/driver.js';
import { article, meeting, person } from '../helpers/articles.js';
import { bearer, ingest, seededApi, seedGraph, SETTINGS, startApi } from './api-harness.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const youssouf = person('Mahmoud Ali Youssouf', null, 'chairperson', 'AU');
const albanese = person('Anthony Albanese', 'AU', 'prime minister');
const xi = person('Xi Jinping', 'CN');
const aliyev = person('Ilham Aliyev', 'AZ');
const putin = person('Vladimir Putin', 'RU');
const lavrov = person('Sergei Lavrov', 'RU', 'foreign minister');
const bayramov = person('Jeyhun Bayramov', 'AZ', 'foreign minister');
// Two spellings of one invented official, for a merge.
const vekker = person('Tomas Vekker', 'EE', 'foreign minister');
const vekkers = person('Tomass Vekkers', 'EE', 'foreign minister');
// What `npm start` loads into an empty graph.
const SAMPLES = path.join(PROJECT_ROOT, 'samples');
const as = (p: Participant, side: 'visitor' | 'host'): Participant => ({ ...p, side });

/**
 * The nine meetings of seedGraph, plus:
 *   2024-09-05 Youssouf (African Union) visits Xi in Beijing
 *   2024-11-18 Albanese (Australia) and Xi in Rio, G20 summit sidelines
 *   undated    Aliyev and Putin in Moscow
 *   2024-05    Lavrov and Bayramov, foreign ministers, in Baku
 *   2024-06-01 Vekker (Estonia) visits Bayramov; 2024-06-02 Vekkers (the same man) does too
 */
async function seed(store: Store): Promise<void> {
  await seedGraph(store);
  const news = (n: number, text: string, publishedAt: string) =>
    article(`b${n}.txt`, text, { url: `https://news.example/b${n}`, publishedAt, title: text.slice(0, 30) });
  await ingest(store, news(1, 'Youssouf met Xi in Beijing.', '2024-09-05'), [
    meeting([as(youssouf, 'visitor'), as(xi, 'host')], { date: '2024-09-05', location: { city: 'Beijing', country: 'CN' } }),
  ]);
  await ingest(store, news(2, 'Albanese met Xi in Rio.', '2024-11-18'), [
    meeting([albanese, xi], {
      date: '2024-11-18',
      location: { city: 'Rio de Janeiro', country: 'BR' },
      setting: { kind: 'sidelines', event: 'G20 summit' },
    }),
  ]);
  await ingest(store, news(3, 'Aliyev and Putin met in Moscow, a source says.', '2025-07-01'), [
    meeting([aliyev, putin], { date: null, location: { city: 'Moscow', country: 'RU' } }),
  ]);
  await ingest(store, news(4, 'Lavrov came to Baku in May for talks with Bayramov.', '2024-06-01'), [
    meeting([as(lavrov, 'visitor'), as(bayramov, 'host')], { date: '2024-05', location: { city: 'Baku', country: 'AZ' } }),
  ]);
  await ingest(store, news(5, 'Vekker visited Baku.', '2024-06-01'), [
    meeting([as(vekker, 'visitor'), as(bayramov, 'host')], { date: '2024-06-01', location: { city: 'Baku', country: 'AZ' } }),
  ]);
  await ingest(store, news(6, 'Vekkers visited Baku again.', '2024-06-02'), [
    meeting([as(vekkers, 'visitor'), as(bayramov, 'host')], { date: '2024-06-02', location: { city: 'Baku', country: 'AZ' } }),
  ]);
}

describe('parties, people and filters as analysts write them', () => {
  const seeded = seededApi(seed);

  const reply = (query: string, variables: Record<string, unknown> = {}) => seeded.api.gql<Json>(query, variables);
  const data = async (query: string, variables: Record<string, unknown> = {}): Promise<Json> => {
    const r = await reply(query, variables);
    expect(r.errors).toBeUndefined();
    return r.data as Json;
  };
  const refusal = async (query: string, variables: Record<string, unknown> = {}) => {
    const r = await reply(query, variables);
    expect(r.errors?.length).toBe(1);
    return r.errors?.[0] as { message: string; extensions: Json };
  };
  const MEETINGS = `query($f: MeetingFilter) { meetings(filter: $f, first: 100) {
    totalCount undatedExcluded edges { node { id date settingEvent sourceCount parties { code kind } participants { person { id name } role } } } } }`;
  const meetings = async (f: Json): Promise<Json> => (await data(MEETINGS, { f })).meetings;
  const dates = (c: Json): string[] => c.edges.map((e: Json) => e.node.date).sort();
  const personId = async (name: string): Promise<string> => {
    const hits: Json[] = (await data('query($t: String!) { lookup(text: $t, kinds: [PERSON]) { id name } }', { t: name })).lookup;
    const hit = hits.find((h) => h.name === name);
    expect(hit, name).toBeDefined();
    return hit?.id as string;
  };

  it('reads countries by code, name and alias in every party argument', async () => {
    const byCode = await meetings({ countries: ['RU', 'AZ'] });
    expect(byCode.totalCount).toBeGreaterThan(3);
    for (const names of [['Russia', 'Azerbaijan'], ['russian federation', 'AZE'], ['country:RU', 'Azerbaijani']]) {
      expect((await meetings({ countries: names })).totalCount).toBe(byCode.totalCount);
    }
    const bilateral = `query($a: String!, $b: String!) { bilateral(a: $a, b: $b) { count } }`;
    const pair = (await data(bilateral, { a: 'RU', b: 'AZ' })).bilateral.count;
    expect((await data(bilateral, { a: 'Russia', b: 'Azerbaijan' })).bilateral.count).toBe(pair);
    const partners = `query($c: String!) { partners(country: $c) { party { code } count } }`;
    expect((await data(partners, { c: 'Azerbaijan' })).partners).toEqual((await data(partners, { c: 'AZ' })).partners);
    expect((await data('{ country(code: "Russia") { code } }')).country).toEqual({ code: 'RU' });
    const trends = `query($c: [String!]) { topicTrends(countries: $c) { topic total points { period count } } }`;
    expect((await data(trends, { c: ['Russia'] })).topicTrends).toEqual((await data(trends, { c: ['RU'] })).topicTrends);
    const chain = `query($from: ID!, $to: ID!) { connection(from: $from, to: $to) { via meetings { id } } }`;
    expect((await data(chain, { from: 'Azerbaijan', to: 'India' })).connection).toEqual(
      (await data(chain, { from: 'AZ', to: 'IN' })).connection,
    );
  });

  it('reads people by id, by name without diacritics and by the name of a person merged into them', async () => {
    const aliyevId = await personId('Ilham Aliyev');
    const byId = await meetings({ people: [aliyevId] });
    expect(byId.totalCount).toBeGreaterThan(0);
    expect((await meetings({ people: ['ilham aliyev'] })).totalCount).toBe(byId.totalCount);
    const chain = `query($from: ID!, $to: ID!) { connection(from: $from, to: $to) { via meetings { id } } }`;
    const byName = (await data(chain, { from: 'Ilham Aliyev', to: 'Narendra Modi' })).connection;
    expect(byName.length).toBeGreaterThan(0);
    expect(byName).toEqual((await data(chain, { from: aliyevId, to: await personId('Narendra Modi') })).connection);
    const graph = `query($f: ID!) { graph(focus: $f) { nodes { id } } }`;
    expect((await data(graph, { f: 'Vladimir Putin' })).graph).toEqual((await data(graph, { f: await personId('Vladimir Putin') })).graph);

    const keep = await personId('Tomas Vekker');
    const gone = await personId('Tomass Vekkers');
    const merged = await seeded.api.gql('mutation($k: ID!, $r: ID!) { mergePeople(keep: $k, remove: $r) { id } }', { k: keep, r: gone }, bearer);
    expect(merged.errors).toBeUndefined();
    const ids = (c: Json): string[][] => c.edges.map((e: Json) => e.node.participants.map((p: Json) => p.person.id));
    for (const asked of ['Tomass Vekkers', gone, 'Tomas Vekker']) {
      const found = await meetings({ people: [asked] });
      expect(found.totalCount, asked).toBe(2);
      expect(ids(found).every((list) => list.includes(keep))).toBe(true);
    }
  });

  it('never takes the African Union for Australia: names choose, and the bare "AU" is refused naming both', async () => {
    const met = `query($a: String!) { bilateral(a: $a, b: "China") { count peopleA { person { name } } } }`;
    const union = (await data(met, { a: 'African Union' })).bilateral;
    expect(union.count).toBe(1);
    expect(union.peopleA.map((p: Json) => p.person.name)).toContain('Mahmoud Ali Youssouf');
    expect((await data(met, { a: 'org:AU' })).bilateral).toEqual(union);
    const australia = (await data(met, { a: 'Australia' })).bilateral;
    expect(australia.peopleA.map((p: Json) => p.person.name)).toContain('Anthony Albanese');
    expect(australia.peopleA.map((p: Json) => p.person.name)).not.toContain('Mahmoud Ali Youssouf');
    expect((await data(met, { a: 'country:AU' })).bilateral).toEqual(australia);

    const bare = await refusal(met, { a: 'AU' });
    expect(bare.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'a' });
    expect([...bare.extensions.suggestions].sort()).toEqual(['country:AU', 'org:AU']);
    expect(bare.message).toMatch(/Australia/);
    expect(bare.message).toMatch(/African Union/);
  });

  it('refuses unknown parties and people with the argument and "did you mean" suggestions', async () => {
    const party = await refusal(MEETINGS, { f: { countries: ['Azerbaijan', 'Rusia'] } });
    expect(party.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.countries[1]' });
    expect(party.extensions.suggestions).toContain('Russia');
    const someone = await refusal(MEETINGS, { f: { people: ['Ilham Aliyevv'] } });
    expect(someone.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.people[0]' });
    expect(someone.extensions.suggestions).toContain('Ilham Aliyev');
    const focus = await refusal('{ graph(focus: "Vladimir Putn") { truncated } }');
    expect(focus.extensions.argument).toBe('focus');
    expect(focus.extensions.suggestions).toContain('Vladimir Putin');
    const host = await refusal(MEETINGS, { f: { hostCountry: 'NATO' } });
    expect(host.extensions.argument).toBe('filter.hostCountry');
    const id = await refusal(MEETINGS, { f: { people: ['p-nobody'] } });
    expect(id.message).toMatch(/no person has the id/);
  });

  it('filters by setting and summit, host and place country, level, sources, disputes and any of several parties', async () => {
    const brics = await meetings({ settingKind: 'SIDELINES', summit: 'brics' });
    expect(brics.edges.map((e: Json) => e.node.settingEvent)).toEqual(['BRICS summit', 'BRICS summit']);
    expect((await meetings({ settingKind: 'SIDELINES' })).totalCount).toBe(3);
    expect((await meetings({ settingKind: 'STANDALONE', summit: 'G20' })).totalCount).toBe(0);

    expect(dates(await meetings({ hostCountry: 'Azerbaijan' }))).toEqual(['2024-05', '2024-06-01', '2024-06-02', '2024-08-19']);
    expect(dates(await meetings({ placeCountry: 'China' }))).toEqual(['2024-09-05']);

    const ministers = await meetings({ levels: ['MINISTER'] });
    expect(ministers.edges.every((e: Json) => e.node.participants.some((p: Json) => /minister/.test(p.role)))).toBe(true);
    expect(ministers.totalCount).toBe(3);
    const others = await meetings({ levels: ['OTHER'] });
    expect(others.edges.flatMap((e: Json) => e.node.participants.map((p: Json) => p.person.name))).toEqual(
      expect.arrayContaining(['António Guterres', 'Mahmoud Ali Youssouf']),
    );

    const twice = await meetings({ minSources: 2 });
    expect(twice.edges.map((e: Json) => [e.node.date, e.node.sourceCount])).toEqual([['2024-10-23', 2]]);

    const all = (await meetings({})).totalCount;
    const disputed = (await meetings({ disputed: true })).totalCount;
    const agreed = (await meetings({ disputed: false })).totalCount;
    const [truth] = await seeded.store.query<{ n: number }>('MATCH (m:Meeting) WHERE size(coalesce(m.disputed, [])) > 0 RETURN count(m) AS n');
    expect(disputed).toBe(Number(truth?.n));
    expect(disputed + agreed).toBe(all);

    const either = await meetings({ anyCountries: ['India', 'Türkiye'] });
    expect(either.edges.every((e: Json) => e.node.parties.some((p: Json) => ['IN', 'TR'].includes(p.code)))).toBe(true);
    expect(either.totalCount).toBe(2);
    const g7 = await meetings({ countries: ['group:G7'] });
    expect(g7.totalCount).toBe(0);
    const asean = await meetings({ anyCountries: ['group:AU', 'China'] });
    expect(dates(asean)).toEqual(['2024-09-05', '2024-11-18']);
  });

  it('says how many undated meetings a date range left out, and keeps them when asked', async () => {
    const ranged = await meetings({ countries: ['Russia', 'Azerbaijan'], from: '2024' });
    expect(ranged.undatedExcluded).toBe(1);
    const kept = await meetings({ countries: ['Russia', 'Azerbaijan'], from: '2024', includeUndated: true });
    expect(kept.totalCount).toBe(ranged.totalCount + 1);
    expect(kept.undatedExcluded).toBe(0);
    expect((await meetings({ countries: ['Russia', 'Azerbaijan'] })).undatedExcluded).toBe(0);
  });

  it('counts day-dated meetings inside a year or month given as "to" or "from"', async () => {
    expect(dates(await meetings({ countries: ['RU', 'AZ'], from: '2024', to: '2024' }))).toEqual([
      '2024-04-22', '2024-05', '2024-08-19', '2024-10-08', '2024-10-23',
    ]);
    expect(dates(await meetings({ countries: ['AZ'], from: '2024-06', to: '2024-06' }))).toEqual(['2024-06-01', '2024-06-02']);
    expect(dates(await meetings({ countries: ['AZ'], to: '2015' }))).toEqual(['2015-06-10']);
    const bilateral = '{ bilateral(a: "Russia", b: "Azerbaijan", from: "2024", to: "2024") { count } }';
    expect((await data(bilateral)).bilateral.count).toBe(5);
    const partners = '{ partners(country: "Azerbaijan", from: "2024", to: "2024-10") { party { code } count } }';
    expect((await data(partners)).partners.find((p: Json) => p.party.code === 'RU')?.count).toBe(5);
  });

  it('keeps the answers of root fields that succeeded when another fails', async () => {
    const r = await reply('{ ok: meetings { totalCount } bad: bilateral(a: "AU", b: "China") { count } }');
    expect(r.data?.ok.totalCount).toBeGreaterThan(0);
    expect(r.data?.bad).toBeNull();
    expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('looks up countries, organisations, people and places for type-ahead', async () => {
    const hits = async (text: string, kinds?: string[]): Promise<Json[]> =>
      (await data('query($t: String!, $k: [EntityKind!]) { lookup(text: $t, kinds: $k) { kind id name matched score } }', { t: text, k: kinds })).lookup;
    const au = await hits('AU');
    expect(au.map((h) => h.id)).toEqual(expect.arrayContaining(['country:AU', 'org:AU']));
    const erdogan = await hits('Erdogan', ['PERSON']);
    expect(erdogan[0]).toMatchObject({ kind: 'PERSON', name: 'Recep Tayyip Erdoğan' });
    expect(erdogan.every((h) => h.kind === 'PERSON')).toBe(true);
    const baku = await hits('Bak', ['PLACE']);
    expect(baku[0]).toMatchObject({ kind: 'PLACE', name: 'Baku' });
    const turkey = await hits('Türkiye', ['COUNTRY']);
    expect(turkey[0]).toMatchObject({ id: 'country:TR', score: 1 });
  });
});

describe('limits and suggestions', () => {
  const seeded = seededApi(async () => undefined);

  it('gives every limit refusal a code saying which limit', async () => {
    const code = async (query: string) => (await seeded.api.gql(query)).errors?.[0]?.extensions?.code;
    expect(await code('{ meetings { edges { node { participants { person { a { b { c { d { e { f { g } } } } } } } } } } } }')).toBe('QUERY_TOO_DEEP');
    expect(await code(`{ ${Array.from({ length: 16 }, (_, i) => `m${i}: meeting(id: "m-${i}") { id }`).join(' ')} }`)).toBe('TOO_MANY_ALIASES');
    expect(await code(`{ meetings { ${Array.from({ length: 2100 }, () => 'totalCount').join(' ')} } }`)).toBe('TOO_MANY_TOKENS');
    const everything = `edges { node { id participants { person { name } evidence { sentence article { id url title } } }
      topics { name evidence { sentence article { id url } } } evidence { sentence article { id url title publishedAt } } } }`;
    expect(await code(`{ a: meetings(first: 500) { ${everything} } b: meetings(first: 500) { ${everything} } }`)).toBe('QUERY_TOO_COMPLEX');
  });

  it('hides suggestions of field names and enum values in production only', async () => {
    const typos = ['{ meeting(id: "x") { dat } }', '{ meetings(filter: { modality: PHON }) { totalCount } }'];
    for (const q of typos) expect((await seeded.api.gql(q)).errors?.[0]?.message).toMatch(/Did you mean/);
    const production = await startApi(seeded.store, { ...SETTINGS, development: false });
    try {
      for (const q of typos) {
        const message = (await production.gql(q)).errors?.[0]?.message;
        expect(message).toBeDefined();
        expect(message).not.toMatch(/Did you mean|PHONE|date/);
      }
    } finally {
      await production.close();
    }
  });
});

/** The questions of docs/api.md ("Analyst questions"), asked of the sample articles `npm start` loads. */
describe('analyst questions on the sample articles', () => {
  const seeded = seededApi((store) => ingestFiles(store, [SAMPLES], { report: null }).then(() => undefined));

  const ask = async (query: string): Promise<Json> => {
    const r = await seeded.api.gql<Json>(query);
    expect(r.errors).toBeUndefined();
    return r.data as Json;
  };
  const nodes = (c: Json): Json[] => c.edges.map((e: Json) => e.node);
  const names = (m: Json): string[] => m.participants.map((p: Json) => p.person.name).sort();

  it('Q1: Russia and Türkiye met twice in 2024 (Astana, SCO summit; a phone call on grain), and one undated planned visit is left out', async () => {
    const q1 = (await ask(ANALYST_QUESTIONS.q1)).meetings;
    const found = nodes(q1).map((m) => [m.date, m.modality, m.place?.name ?? null]);
    // 02: Erdoğan and Putin spoke by phone on 13 August 2024; 06: they met in Astana at the SCO summit on 3 July 2024.
    expect(found.sort()).toEqual([
      ['2024-07-03', 'IN_PERSON', 'Astana'],
      ['2024-08-13', 'PHONE', null],
    ]);
    expect(nodes(q1).every((m) => names(m).join() === 'Recep Tayyip Erdoğan,Vladimir Putin')).toBe(true);
    // 06: Putin is to visit Türkiye, no date given.
    expect(q1.undatedExcluded).toBe(1);
  });

  it('Q2: the African Union met Egypt once, Youssouf with el-Sisi in Cairo; "AU" alone asks which is meant', async () => {
    const q2 = (await ask(ANALYST_QUESTIONS.q2)).bilateral;
    expect(q2.count).toBe(1);
    expect(q2.peopleA.map((p: Json) => p.person.name)).toEqual(['Mahmoud Ali Youssouf']);
    expect(q2.peopleB.map((p: Json) => p.person.name)).toEqual(['Abdel Fattah al-Sisi']);
    expect(nodes(q2.meetings)).toEqual([{ date: '2025-03-16', place: { name: 'Cairo' } }]);
    const bare = await seeded.api.gql(ANALYST_QUESTIONS.q2.replace('"African Union"', '"AU"'));
    expect(bare.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'a' });
  });

  it('Q3: heads of state or government on the BRICS summit sidelines include Modi and Xi in Kazan on 23 October 2024', async () => {
    const q3 = nodes((await ask(ANALYST_QUESTIONS.q3)).meetings);
    // 08: Modi and Xi met in Kazan on the sidelines of the BRICS summit.
    expect(q3.map((m) => [m.date, m.place?.name, names(m).join(' & ')])).toContainEqual(['2024-10-23', 'Kazan', 'Narendra Modi & Xi Jinping']);
    for (const m of q3) {
      expect(m.settingEvent).toMatch(/BRICS/);
      expect(m.participants.some((p: Json) => ['president', 'prime minister'].includes(p.role))).toBe(true);
    }
  });

  it('Q4: EU members met China as Hungary (Orbán in Beijing), Spain (Sánchez) and Germany (Merz, planned); Serbia and the UK are no EU members', async () => {
    const q4 = nodes((await ask(ANALYST_QUESTIONS.q4)).meetings);
    const partners = q4.map((m) => m.parties.map((p: Json) => p.code).filter((c: string) => c !== 'CN').join());
    expect(partners.sort()).toEqual(['DE', 'ES', 'HU']);
    expect(q4.find((m) => partners[q4.indexOf(m)] === 'HU')).toMatchObject({ date: '2024-07-08', status: 'HELD', place: { name: 'Beijing' } });
    expect(q4.find((m) => partners[q4.indexOf(m)] === 'DE')).toMatchObject({ date: '2025-10', status: 'PLANNED' });
  });

  it('Q5: the meetings two articles report are Starmer and Xi in Rio and Orbán and Xi in Beijing', async () => {
    const q5 = nodes((await ask(ANALYST_QUESTIONS.q5)).meetings);
    expect(q5.map((m) => [m.date, names(m).join(' & '), m.sourceCount]).sort()).toEqual([
      ['2024-07-08', 'Viktor Orbán & Xi Jinping', 2],
      ['2024-11-18', 'Keir Starmer & Xi Jinping', 2],
    ]);
    for (const m of q5) expect(new Set(m.evidence.map((e: Json) => e.article.title)).size).toBe(2);
  });
});
