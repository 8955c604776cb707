/**
 * Ordered, paged lists and walkable references over real HTTP and the real Neo4j, on the
 * sample articles `npm start` loads: every order of every list of meetings, paging past one
 * page with no repeats or gaps, cursors refused by another order, node(id:) / nodes(ids:),
 * a walk from a meeting to a counterpart's meetings, and the analyst questions Q6-Q10 of
 * docs/api.md checked against what the articles say.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/cli/ingest.js';
import { config } from '../../src/config.js';
import { ANALYST_LIST_QUESTIONS } from '../../src/api/graphiql-examples.js';
import type { Store } from '../../src/store/driver.js';
import { freshStore } from '../helpers/db.js';
import { startApi, type ApiServer } from './api-harness.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PUTIN = 'p-vladimir-putin';
const ORDERS = ['DATE', 'SOURCES', 'CONFIDENCE'].flatMap((field) => ['ASC', 'DESC'].map((direction) => ({ field, direction })));

/** A meeting's sort key in an order, as docs/api.md states it: undated last both ways, unknown confidence least sure. */
function sortKey(m: Json, order: { field: string; direction: string }): (string | number)[] {
  const desc = order.direction === 'DESC';
  const date = (down: boolean): string => m.date ?? (down ? '' : '~');
  if (order.field === 'DATE') return [date(desc), m.id];
  return [order.field === 'SOURCES' ? m.sourceCount : (m.confidence ?? -1), date(true), m.id];
}

function inOrder(list: Json[], order: { field: string; direction: string }): boolean {
  const desc = order.direction === 'DESC';
  return list.every((m, i) => {
    if (i === 0) return true;
    const a = sortKey(list[i - 1] as Json, order);
    const b = sortKey(m, order);
    for (let k = 0; k < a.length; k++) {
      if (a[k] === b[k]) continue;
      // The first key follows the direction; the date tie-break is newest first; the id goes up.
      const down = k === 0 ? desc : order.field !== 'DATE' && k === 1;
      return down ? (a[k] as string | number) > (b[k] as string | number) : (a[k] as string | number) < (b[k] as string | number);
    }
    return false;
  });
}

describe('ordered lists, connections and walkable references on the sample articles', () => {
  let store: Store;
  let api: ApiServer;
  beforeAll(async () => {
    store = await freshStore();
    await ingestFiles(store, [config().sampleDir as string], { report: null });
    api = await startApi(store);
  }, 600_000);
  afterAll(async () => {
    await api?.close();
    await store?.close();
  });

  const data = async (query: string, variables: Record<string, unknown> = {}): Promise<Json> => {
    const reply = await api.gql<Json>(query, variables);
    expect(reply.errors).toBeUndefined();
    return reply.data as Json;
  };
  const errorOf = async (query: string, variables: Record<string, unknown> = {}) => (await api.gql(query, variables)).errors?.[0];

  /** Every item of a connection at `path`, a page of `first` at a time, and the totals each page gave. */
  async function allPages(query: string, path: (d: Json) => Json, variables: Record<string, unknown> = {}) {
    const items: Json[] = [];
    const totals = new Set<number>();
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page = path(await data(query, { ...variables, after }));
      totals.add(page.totalCount);
      items.push(...page.edges.map((e: Json) => e.node));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1].cursor);
      after = page.pageInfo.endCursor;
    }
    return { items, totals: [...totals], pages };
  }

  const MEETING = 'id date sourceCount confidence';
  const LISTS: { name: string; query: string; path: (d: Json) => Json }[] = [
    { name: 'Query.meetings', query: `query($after: String, $o: MeetingOrder) { x: meetings(first: 40, after: $after, orderBy: $o) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${MEETING} } } } }`, path: (d) => d.x },
    { name: 'Person.meetings', query: `query($after: String, $o: MeetingOrder) { person(id: "${PUTIN}") { x: meetings(first: 12, after: $after, orderBy: $o, status: BOTH) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${MEETING} } } } } }`, path: (d) => d.person.x },
    { name: 'Country.meetings', query: `query($after: String, $o: MeetingOrder) { country(code: "RU") { x: meetings(first: 15, after: $after, orderBy: $o, status: BOTH) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${MEETING} } } } } }`, path: (d) => d.country.x },
    { name: 'Place.meetings', query: `query($after: String, $o: MeetingOrder) { place(id: "pl-kazan-ru") { x: meetings(first: 1, after: $after, orderBy: $o) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${MEETING} } } } } }`, path: (d) => d.place.x },
    { name: 'Bilateral.meetings', query: `query($after: String, $o: MeetingOrder) { bilateral(a: "RU", b: "CN", status: BOTH) { x: meetings(first: 2, after: $after, orderBy: $o) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${MEETING} } } } } }`, path: (d) => d.bilateral.x },
  ];

  it('reads every list of meetings in every order, page by page, with no repeats or gaps', { timeout: 300_000 }, async () => {
    for (const list of LISTS) {
      const whole = list.path(await data(list.query.replace(/first: \d+/, 'first: 500'), { o: null }));
      expect(whole.totalCount, list.name).toBeGreaterThan(1);
      for (const o of ORDERS) {
        const { items, totals, pages } = await allPages(list.query, list.path, { o });
        expect(totals, `${list.name} ${o.field} ${o.direction}`).toEqual([whole.totalCount]);
        expect(pages, list.name).toBeGreaterThan(1);
        expect(new Set(items.map((m) => m.id)).size).toBe(whole.totalCount);
        expect(inOrder(items, o), `${list.name} ${o.field} ${o.direction}`).toBe(true);
      }
    }
  });

  it('orders an article’s meetings as asked', async () => {
    const article = (await data('{ meetings(filter: { countries: ["RU", "KP"] }, first: 1) { nodes { evidence { article { id } } } } }')).meetings.nodes[0]
      .evidence[0].article.id;
    const a = (await data(`query($id: ID!) { article(id: $id) { up: meetings(orderBy: { direction: ASC }) { ${MEETING} } down: meetings { ${MEETING} } } }`, { id: article })).article;
    expect(a.up.length).toBeGreaterThan(1);
    expect(inOrder(a.up, { field: 'DATE', direction: 'ASC' })).toBe(true);
    expect(inOrder(a.down, { field: 'DATE', direction: 'DESC' })).toBe(true);
  });

  it('pages the ranked lists with totals, and refuses a cursor issued for another order or list', async () => {
    const ranked: { name: string; query: string; path: (d: Json) => Json; key: (n: Json) => string }[] = [
      { name: 'counterparts', query: `query($after: String) { person(id: "${PUTIN}") { x: counterparts(first: 2, after: $after, status: BOTH) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { person { id } count } } } } }`, path: (d) => d.person.x, key: (n) => n.person.id },
      { name: 'partners', query: 'query($after: String) { country(code: "RU") { x: partners(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { party { code kind } count } } } } }', path: (d) => d.country.x, key: (n) => `${n.party.kind}:${n.party.code}` },
      { name: 'people', query: 'query($after: String) { country(code: "RU") { x: people(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }', path: (d) => d.country.x, key: (n) => n.id },
      { name: 'places', query: 'query($after: String) { country(code: "RU") { x: places(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }', path: (d) => d.country.x, key: (n) => n.id },
      { name: 'root partners', query: 'query($after: String) { x: partners(country: "RU", first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { party { code kind } count } } } }', path: (d) => d.x, key: (n) => `${n.party.kind}:${n.party.code}` },
    ];
    for (const list of ranked) {
      const { items, totals, pages } = await allPages(list.query, list.path);
      expect(pages, list.name).toBeGreaterThan(1);
      expect(totals, list.name).toEqual([items.length]);
      expect(new Set(items.map(list.key)).size, list.name).toBe(items.length);
      if (items[0]?.count !== undefined) expect(items.map((n) => n.count)).toEqual([...items.map((n) => n.count)].sort((x, y) => y - x));
    }
    const newest = (await data('{ meetings(first: 2) { pageInfo { endCursor } } }')).meetings.pageInfo.endCursor;
    const other = await errorOf('query($a: String) { meetings(first: 2, after: $a, orderBy: { field: SOURCES }) { totalCount } }', { a: newest });
    expect(other?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const up = await errorOf('query($a: String) { meetings(first: 2, after: $a, orderBy: { direction: ASC }) { totalCount } }', { a: newest });
    expect(up?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const partnersCursor = (await data('{ partners(country: "RU", first: 1) { pageInfo { endCursor } } }')).partners.pageInfo.endCursor;
    const onPeople = await errorOf('query($a: String) { country(code: "RU") { people(after: $a) { totalCount } } }', { a: partnersCursor });
    expect(onPeople?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const planned = await errorOf('query($a: String) { partners(country: "RU", status: BOTH, after: $a) { totalCount } }', { a: partnersCursor });
    expect(planned?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect((await errorOf('{ meetings(after: "bm90IGEgY3Vyc29y") { totalCount } }'))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('fetches every kind of node by id, null when the graph has none, and refuses a malformed id', async () => {
    const m = (await data('{ meetings(filter: { countries: ["RU", "KP"] }, first: 1) { nodes { id place { id } evidence { article { id } } } } }')).meetings.nodes[0];
    const ids = [m.id, PUTIN, m.place.id, m.evidence[0].article.id, 'RU', 'm-none', 'p-none', 'IS'];
    const got = (await data(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id
      ... on Meeting { date } ... on Person { personName: name } ... on Place { placeName: name } ... on Article { title }
      ... on Country { code name } } }`, { ids })).nodes;
    expect(got.map((n: Json | null) => n?.__typename ?? null)).toEqual(['Meeting', 'Person', 'Place', 'Article', 'Country', null, null, null]);
    expect(got.slice(0, 5).map((n: Json) => n.id)).toEqual(ids.slice(0, 5));
    expect(got[1].personName).toBe('Vladimir Putin');
    expect(got[4]).toMatchObject({ code: 'RU', name: 'Russia' });
    const one = (await data('{ node(id: "p-vladimir-putin") { ... on Person { name } } none: node(id: "pl-nowhere-xx") { id } }'));
    expect(one).toEqual({ node: { name: 'Vladimir Putin' }, none: null });
    for (const bad of ['nonsense', 'XYZ', 'ZZ', '']) {
      expect((await errorOf('query($id: ID!) { node(id: $id) { id } }', { id: bad }))?.extensions, bad).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    }
    expect((await errorOf('{ nodes(ids: ["RU", "bad id"]) { id } }'))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids[1]' });
  });

  it('walks from a meeting to a counterpart to their meetings, and from a partner to its country', async () => {
    const walk = (await data(`{ meetings(filter: { countries: ["RU", "KP"] }, first: 1) { nodes { id
      participants { person { id person { id meetings(first: 50, status: BOTH) { totalCount nodes { id parties { code } } } } } }
      place { place { id meetingCount } } evidence { article { id article { id } } } } } }`)).meetings.nodes[0];
    const putin = walk.participants.find((p: Json) => p.person.id === PUTIN).person.person;
    expect(putin.meetings.nodes.map((x: Json) => x.id)).toContain(walk.id);
    expect(putin.meetings.totalCount).toBeGreaterThan(5);
    expect(walk.place.place.meetingCount).toBeGreaterThan(0);
    expect(walk.evidence[0].article.article.id).toBe(walk.evidence[0].article.id);
    const partner = (await data('{ partners(country: "RU", first: 1) { nodes { party { code } country { code meetingCount } } } }')).partners.nodes[0];
    expect(partner.country.code).toBe(partner.party.code);
    expect(partner.country.meetingCount).toBeGreaterThan(0);
    const ref = (await data(`{ person(id: "${PUTIN}") { counterparts(first: 1) { nodes { lastMeeting { id meeting { id parties { code } } } } } } }`)).person.counterparts.nodes[0];
    expect(ref.lastMeeting.meeting.id).toBe(ref.lastMeeting.id);
  });

  it('refuses a walk deeper than the depth limit, with a code', async () => {
    const tooDeep = `{ meeting(id: "m-x") { participants { person { person { counterparts { nodes { person { person {
      meetings { nodes { id } } } } } } } } } } }`;
    const reply = await api.gql(tooDeep);
    expect(reply.data ?? null).toBeNull();
    expect(reply.errors?.[0]?.message).toMatch(/depth limit/i);
    expect(reply.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('refuses a walk that asks for too many items in all, page sizes given as variables included', async () => {
    const wide = `query($n: Int, $m: Int) { meetings(first: $n) { nodes { participants { person { person {
      meetings(first: $m) { nodes { id } } counterparts(first: $m) { nodes { count } } } } } } } }`;
    const reply = await api.gql(wide, { n: 500, m: 500 });
    expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', field: 'first' });
    const modest = await api.gql(wide, { n: 5, m: 5 });
    expect(modest.errors).toBeUndefined();
  });

  describe('analyst questions', () => {
    const q = (n: number) => ANALYST_LIST_QUESTIONS[n] as string;
    const names = (m: Json): string[] => m.participants.map((p: Json) => p.person.name).sort();

    it('Q6: upcoming meetings, soonest first, undated last', async () => {
      const planned = (await data(q(6))).meetings;
      const dates: (string | null)[] = planned.nodes.map((m: Json) => m.date);
      expect(planned.totalCount).toBeGreaterThan(3);
      expect(dates.every((d) => d === null || /^\d{4}/.test(d))).toBe(true);
      const dated = dates.filter((d): d is string => d !== null);
      expect(dated).toEqual([...dated].sort());
      expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
      // Article 05: Modi was to visit Moscow on 8 July 2024, then Vienna on the 10th (Nehammer).
      const at = (who: string) => planned.nodes.findIndex((m: Json) => names(m).includes(who) && names(m).includes('Narendra Modi'));
      expect(at('Vladimir Putin')).toBeGreaterThanOrEqual(0);
      expect(at('Vladimir Putin')).toBeLessThan(at('Karl Nehammer'));
      // Article 04: Merz was expected in Beijing the month after; the sample is of 2025.
      const merz = planned.nodes.find((m: Json) => names(m).includes('Friedrich Merz'));
      expect(merz.date).toMatch(/^2025/);
    });

    it('Q7: a country’s meetings as a chronological timeline, all pages', async () => {
      const { items, totals } = await allPages(q(7), (d) => d.country.meetings);
      expect(totals).toHaveLength(1);
      expect(items).toHaveLength(totals[0] as number);
      expect(inOrder(items, { field: 'DATE', direction: 'ASC' })).toBe(true);
      const when = (a: string, b: string) =>
        items.findIndex((m) => m.parties.some((p: Json) => p.code === a) && m.parties.some((p: Json) => p.code === b) && m.date?.startsWith('2024-06'));
      // Article 22: Putin in Pyongyang on 19 June 2024; article 15: Guterres in Kazan on 24 October 2024.
      const pyongyang = items.findIndex((m) => m.date === '2024-06-19' && m.parties.some((p: Json) => p.code === 'KP'));
      const kazan = items.findIndex((m) => m.date === '2024-10-24' && m.parties.some((p: Json) => p.code === 'UN'));
      expect(pyongyang).toBeGreaterThanOrEqual(0);
      expect(kazan).toBeGreaterThan(pyongyang);
      expect(when('RU', 'KP')).toBe(pyongyang);
    });

    it('Q8: meetings with most sources first', async () => {
      const top = (await data(q(8))).meetings.nodes as Json[];
      expect(top.map((m) => m.sourceCount)).toEqual([...top.map((m) => m.sourceCount)].sort((x, y) => y - x));
      for (const m of top) expect(new Set(m.evidence.map((e: Json) => e.article.id)).size).toBe(m.sourceCount);
      // Two meetings have a second report (articles 63 and 64): Starmer and Xi at the G20 in Rio
      // (07, 18 November 2024) and Orbán and Xi in Beijing (14, 8 July 2024); equals newest first.
      const people = (m: Json) => m.participants.map((p: Json) => p.person.name).sort();
      expect(top.slice(0, 2).map((m) => [m.date, m.sourceCount, people(m)])).toEqual([
        ['2024-11-18', 2, ['Keir Starmer', 'Xi Jinping']],
        ['2024-07-08', 2, ['Viktor Orbán', 'Xi Jinping']],
      ]);
      expect(top.slice(2).every((m) => m.sourceCount === 1)).toBe(true);
    });

    it('Q9: from a meeting, the counterpart’s other meetings', async () => {
      const meeting = (await data(q(9))).meetings.nodes[0];
      // Article 14: Orbán met Xi in Beijing on 8 July 2024, after Zelenskyy in Kyiv (2 July) and Putin in Moscow (5 July).
      expect(meeting.date).toBe('2024-07-08');
      const orban = meeting.participants.find((p: Json) => p.person.name === 'Viktor Orbán').person.person;
      const others = orban.meetings.nodes.filter((m: Json) => m.id !== meeting.id);
      const met = others.map((m: Json) => `${m.date} ${m.participants.map((p: Json) => p.person.name).filter((n: string) => n !== 'Viktor Orbán')}`);
      expect(met).toEqual(expect.arrayContaining(['2024-07-05 Vladimir Putin', expect.stringMatching(/^2024-07-02 Volodymyr Zelensky/)]));
    });

    it('Q10: every partner of a country beyond the first page', async () => {
      const { items, totals, pages } = await allPages(q(10), (d) => d.partners);
      expect(pages).toBeGreaterThan(1);
      expect(items).toHaveLength(totals[0] as number);
      const codes = items.map((p) => p.party.code);
      expect(new Set(codes).size).toBe(codes.length);
      // Russia's held meetings in the samples: Turkey (02, 06), China (03), North Korea (22), Belarus (24), Kazakhstan (27), the UN (15).
      expect(codes).toEqual(expect.arrayContaining(['TR', 'CN', 'KP', 'BY', 'KZ', 'UN']));
      expect(items.map((p) => p.count)).toEqual([...items.map((p) => p.count)].sort((x, y) => y - x));
    });
  });
});
