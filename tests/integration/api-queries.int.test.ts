/**
 * The read side of the GraphQL API over real HTTP and the real Neo4j, on the nine
 * hand-made meetings of api-harness.ts: exact counts, names, order, pages and figures.
 */
import { describe, expect, it } from 'vitest';
import { seededApi } from './api-harness.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('GraphQL queries', () => {
  const seeded = seededApi();

  const data = async (query: string, variables: Record<string, unknown> = {}): Promise<Json> => {
    const reply = await seeded.api.gql<Json>(query, variables);
    expect(reply.errors).toBeUndefined();
    return reply.data as Json;
  };

  it('pages through meetings newest first, with a total and no repeats', async () => {
    const page = `query($after: String) { meetings(first: 4, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { date } } } }`;
    const dates: string[] = [];
    let after: string | null = null;
    const hasNext: boolean[] = [];
    for (let i = 0; i < 3; i++) {
      const d: Json = (await data(page, { after })).meetings;
      expect(d.totalCount).toBe(9);
      dates.push(...d.edges.map((e: Json) => e.node.date));
      hasNext.push(d.pageInfo.hasNextPage);
      after = d.pageInfo.endCursor;
    }
    expect(dates).toEqual([
      '2025-06', '2025-03-05', '2025-02-10', '2024-10-23', '2024-10-23', '2024-10-08', '2024-08-19', '2024-04-22', '2015-06-10',
    ]);
    expect(hasNext).toEqual([true, true, false]);
  });

  it('filters meetings by parties, people, topics, dates, place, modality, status and text', async () => {
    const count = async (filter: Json): Promise<number> =>
      (await data('query($f: MeetingFilter) { meetings(filter: $f) { totalCount } }', { f: filter })).meetings.totalCount;
    expect(await count({ countries: ['AZ', 'RU'], from: '2024-01-01' })).toBe(5);
    expect(await count({ countries: ['AZ', 'RU'], to: '2024-10-08' })).toBe(4);
    expect(await count({ people: ['p-vladimir-putin'] })).toBe(7);
    expect(await count({ people: ['p-vladimir-putin', 'p-narendra-modi'] })).toBe(1);
    expect(await count({ topics: ['climate', 'security'] })).toBe(2);
    expect(await count({ place: 'pl-kazan-ru' })).toBe(2);
    expect(await count({ modality: 'PHONE' })).toBe(1);
    expect(await count({ status: 'PLANNED' })).toBe(1);
    expect(await count({ countries: ['UN'] })).toBe(1);
    expect(await count({ text: 'Kazan' })).toBe(2);
    expect(await count({ text: 'Kazan', people: ['p-narendra-modi'] })).toBe(1);
  });

  it('gives every fact of a meeting its evidence', async () => {
    const d = await data(`{ meetings(filter: { place: "pl-kazan-ru", people: ["p-ilham-aliyev"] }) { edges { node {
      date sourceCount settingKind settingEvent modality status place { name country } parties { code name kind }
      participants { person { name } party { code } role evidence { sentence article { url } } }
      topics { name status evidence { article { title } } }
      evidence { sentence confidence article { url title publishedAt } }
      placeEvidence { article { url } } } } } }`);
    const m = d.meetings.edges[0].node;
    expect(m).toMatchObject({
      date: '2024-10-23', sourceCount: 2, settingKind: 'SIDELINES', settingEvent: 'BRICS summit', modality: 'IN_PERSON',
      status: 'HELD', place: { name: 'Kazan', country: 'RU' },
      parties: [{ code: 'AZ', name: 'Azerbaijan', kind: 'COUNTRY' }, { code: 'RU', name: 'Russia', kind: 'COUNTRY' }],
    });
    expect(m.evidence).toEqual([
      { sentence: 'Putin met Aliyev in Kazan.', confidence: 0.8, article: { url: 'https://news.example/5', title: 'Kazan summit', publishedAt: '2024-10-23' } },
      { sentence: 'Aliyev and Putin talked transport corridors.', confidence: 0.8, article: { url: 'https://news.example/6', title: 'Corridors in Kazan', publishedAt: '2024-10-24' } },
    ]);
    expect(m.participants.map((p: Json) => [p.person.name, p.party.code, p.role, p.evidence.length])).toEqual([
      ['Ilham Aliyev', 'AZ', 'president', 2],
      ['Vladimir Putin', 'RU', 'president', 2],
    ]);
    expect(m.participants[0].evidence[0]).toEqual({ sentence: 'Ilham Aliyev took part.', article: { url: 'https://news.example/5' } });
    expect(m.topics).toEqual([
      { name: 'transport', status: 'DISCUSSED', evidence: [{ article: { title: 'Kazan summit' } }, { article: { title: 'Corridors in Kazan' } }] },
    ]);
    expect(m.placeEvidence.map((e: Json) => e.article.url)).toEqual(['https://news.example/5', 'https://news.example/6']);
  });

  it('answers the same without evidence when a page does not ask for it, and finds it inside fragments', async () => {
    const filter = '{ place: "pl-kazan-ru", people: ["p-ilham-aliyev"] }';
    const lean = await data(`{ meetings(filter: ${filter}) { edges { node {
      participants { person { name } party { code } role } topics { name status } } } } }`);
    expect(lean.meetings.edges[0].node).toEqual({
      participants: [
        { person: { name: 'Ilham Aliyev' }, party: { code: 'AZ' }, role: 'president' },
        { person: { name: 'Vladimir Putin' }, party: { code: 'RU' }, role: 'president' },
      ],
      topics: [{ name: 'transport', status: 'DISCUSSED' }],
    });
    const viaFragment = await data(`{ meetings(filter: ${filter}) { edges { node { ...M } } } }
      fragment M on Meeting { topics { name ...E } }
      fragment E on MeetingTopic { evidence { article { title } } }`);
    expect(viaFragment.meetings.edges[0].node.topics[0].evidence).toEqual([
      { article: { title: 'Kazan summit' } },
      { article: { title: 'Corridors in Kazan' } },
    ]);
  });

  it('answers bilateral questions: counts, visits each way with gaps, setting, modality', async () => {
    // status: BOTH counts the planned June meeting too; the default (held) is below.
    const d = await data(`{ bilateral(a: "AZ", b: "RU", from: "2024-01-01", status: BOTH) { a { code name kind } b { code name } count held planned sources
      firstMeeting { date } lastMeeting { date status } timeline { period count } topics { topic count } places { place { id } count }
      peopleA { person { name } count } peopleB { person { name } count }
      visits { aToB bToA balance list { meeting { date } visitor { code } host { code } daysSincePrevious yearsSincePrevious } }
      setting { standalone sidelines events { event count } } modality { inPerson phone video calls }
      modalityTimeline { period inPerson phone video } } }`);
    const held = (await data('{ bilateral(a: "AZ", b: "RU", from: "2024-01-01") { count held planned lastMeeting { date status } sources } }')).bilateral;
    expect(held).toEqual({ count: 4, held: 4, planned: 1, lastMeeting: { date: '2024-10-23', status: 'HELD' }, sources: 5 });
    expect(d.bilateral).toEqual({
      a: { code: 'AZ', name: 'Azerbaijan', kind: 'COUNTRY' },
      b: { code: 'RU', name: 'Russia' },
      count: 5, held: 4, planned: 1, sources: 6,
      firstMeeting: { date: '2024-04-22' },
      lastMeeting: { date: '2025-06', status: 'PLANNED' },
      timeline: [
        { period: '2024-04', count: 1 }, { period: '2024-08', count: 1 }, { period: '2024-10', count: 2 }, { period: '2025-06', count: 1 },
      ],
      topics: [{ topic: 'trade', count: 3 }, { topic: 'energy', count: 2 }, { topic: 'security', count: 1 }, { topic: 'transport', count: 1 }],
      places: [{ place: { id: 'pl-baku-az' }, count: 1 }, { place: { id: 'pl-kazan-ru' }, count: 1 }, { place: { id: 'pl-moscow-ru' }, count: 1 }],
      peopleA: [{ person: { name: 'Ilham Aliyev' }, count: 5 }],
      peopleB: [{ person: { name: 'Vladimir Putin' }, count: 5 }],
      visits: {
        aToB: 2, bToA: 1, balance: 1,
        // Trips, each of one meeting here (visit-trips.int.test.ts covers longer ones).
        list: [
          // The first visit in almost nine years: the 2015 one lies before `from` but counts for the gap.
          { meeting: { date: '2024-04-22' }, visitor: { code: 'AZ' }, host: { code: 'RU' }, daysSincePrevious: 3239, yearsSincePrevious: 8.9 },
          { meeting: { date: '2024-08-19' }, visitor: { code: 'RU' }, host: { code: 'AZ' }, daysSincePrevious: null, yearsSincePrevious: null },
          // No sides given on the sidelines in Kazan: the host is where it was held.
          { meeting: { date: '2024-10-23' }, visitor: { code: 'AZ' }, host: { code: 'RU' }, daysSincePrevious: 184, yearsSincePrevious: 0.5 },
        ],
      },
      setting: { standalone: 4, sidelines: 1, events: [{ event: 'BRICS summit', count: 1 }] },
      modality: { inPerson: 4, phone: 1, video: 0, calls: 1 },
      // The months of the timeline, each split: October's call beside the Kazan summit.
      modalityTimeline: [
        { period: '2024-04', inPerson: 1, phone: 0, video: 0 },
        { period: '2024-08', inPerson: 1, phone: 0, video: 0 },
        { period: '2024-10', inPerson: 1, phone: 1, video: 0 },
        { period: '2025-06', inPerson: 1, phone: 0, video: 0 },
      ],
    });
  });

  it('pages through the bilateral meetings, and covers a country and an organisation', async () => {
    const q = `query($after: String) { bilateral(a: "AZ", b: "RU", status: BOTH) { count meetings(first: 4, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { date } } } } }`;
    const p1 = (await data(q)).bilateral;
    const p2 = (await data(q, { after: p1.meetings.pageInfo.endCursor })).bilateral;
    expect(p1.count).toBe(6);
    expect([...p1.meetings.edges, ...p2.meetings.edges].map((e: Json) => e.node.date)).toEqual([
      '2025-06', '2024-10-23', '2024-10-08', '2024-08-19', '2024-04-22', '2015-06-10',
    ]);
    expect([p1.meetings.pageInfo.hasNextPage, p2.meetings.pageInfo.hasNextPage]).toEqual([true, false]);
    // Without evidence the page comes from the meetings' cards; with it, from the graph: the same page.
    const fields = `id date status modality settingKind sourceCount place { id name } parties { code }
      participants { person { id name } party { code } role side } topics { name status }`;
    const page = (extra: string) => `query($after: String) { bilateral(a: "AZ", b: "RU", from: "2024-05-01", status: BOTH) {
      meetings(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${fields} ${extra} } } } } }`;
    const strip = (m: Json): Json => ({ ...m, edges: m.edges.map((e: Json) => ({ ...e, node: { ...e.node, evidence: undefined } })) });
    let cursor: string | null = null;
    for (let i = 0; i < 3; i++) {
      const fromCards: Json = (await data(page(''), { after: cursor })).bilateral.meetings;
      const fromGraph: Json = (await data(page('evidence { sentence }'), { after: cursor })).bilateral.meetings;
      expect(fromCards.totalCount).toBe(4);
      expect(fromCards).toEqual(strip(fromGraph));
      // Each edge's cursor, asked for here, marks its own place: the last one is the page's end.
      expect(fromCards.edges.at(-1)?.cursor ?? null).toBe(fromCards.pageInfo.endCursor);
      expect(new Set(fromCards.edges.map((e: Json) => e.cursor)).size).toBe(fromCards.edges.length);
      cursor = fromCards.pageInfo.endCursor;
    }
    const un = (await data('{ bilateral(a: "AZ", b: "UN") { count b { code kind } visits { bToA } peopleB { person { name } } } }')).bilateral;
    expect(un).toEqual({ count: 1, b: { code: 'UN', kind: 'ORGANIZATION' }, visits: { bToA: 1 }, peopleB: [{ person: { name: 'António Guterres' } }] });
  });

  it('ranks partners, counterparts and a country’s neighbours', async () => {
    expect((await data('{ partners(country: "AZ", status: BOTH) { nodes { party { code kind } count lastMeeting { date } } } }')).partners.nodes).toEqual([
      { party: { code: 'RU', kind: 'COUNTRY' }, count: 6, lastMeeting: { date: '2025-06' } },
      { party: { code: 'UN', kind: 'ORGANIZATION' }, count: 1, lastMeeting: { date: '2025-03-05' } },
      { party: { code: 'TR', kind: 'COUNTRY' }, count: 1, lastMeeting: { date: '2025-02-10' } },
    ]);
    expect((await data('{ partners(country: "AZ", from: "2025-01-01", first: 1, status: BOTH) { nodes { party { code } count } } }')).partners.nodes).toEqual([
      { party: { code: 'RU' }, count: 1 },
    ]);
    // Held meetings by default: since 2025 Russia was only to be met.
    expect((await data('{ partners(country: "AZ", from: "2025-01-01") { nodes { party { code } count } } }')).partners.nodes).toEqual([
      { party: { code: 'UN' }, count: 1 },
      { party: { code: 'TR' }, count: 1 },
    ]);
    const person = (await data(`{ person(id: "p-ilham-aliyev") { name roles { role party { code } } meetingCount(status: BOTH)
      meetings(first: 2, status: BOTH) { nodes { date } } all: meetings(first: 8, status: BOTH) { nodes { date } }
      counterparts(first: 2, status: BOTH) { nodes { person { name } count lastMeeting { date } } } } }`)).person;
    expect(person).toEqual({
      name: 'Ilham Aliyev',
      roles: [{ role: 'president', party: { code: 'AZ' } }],
      meetingCount: 8,
      meetings: { nodes: [{ date: '2025-06' }, { date: '2025-03-05' }] },
      all: { nodes: expect.arrayContaining([{ date: '2015-06-10' }]) },
      counterparts: {
        nodes: [
          { person: { name: 'Vladimir Putin' }, count: 6, lastMeeting: { date: '2025-06' } },
          { person: { name: 'António Guterres' }, count: 1, lastMeeting: { date: '2025-03-05' } },
        ],
      },
    });
    expect(person.all.nodes).toHaveLength(8);
    const az = (await data(`{ country(code: "az") { name meetingCount partners(first: 2) { nodes { party { code } count } }
      people { nodes { name } } places { nodes { name } } } }`)).country;
    expect(az).toEqual({
      name: 'Azerbaijan',
      meetingCount: 7,
      partners: { nodes: [{ party: { code: 'RU' }, count: 5 }, { party: { code: 'UN' }, count: 1 }] },
      people: { nodes: [{ name: 'Ilham Aliyev' }] },
      places: { nodes: [{ name: 'Baku' }] },
    });
    const kazan = (await data('{ place(id: "pl-kazan-ru") { name country { code } meetingCount meetings { nodes { participants { person { name } } } } } }')).place;
    expect(kazan.meetingCount).toBe(2);
    expect(kazan.meetings.nodes.map((m: Json) => m.participants.map((p: Json) => p.person.name).join('+')).sort()).toEqual([
      'Ilham Aliyev+Vladimir Putin', 'Narendra Modi+Vladimir Putin',
    ]);
    const article = (await data('{ search(text: "Corridors", kinds: [ARTICLE], first: 1) { edges { node { id } } } }')).search.edges[0].node.id as string;
    const a = (await data('query($id: ID!) { article(id: $id) { title url meetings { date } people { name } places { name } } }', { id: article })).article;
    expect(a).toEqual({ title: 'Corridors in Kazan', url: 'https://news.example/6', meetings: [{ date: '2024-10-23' }], people: [{ name: 'Ilham Aliyev' }, { name: 'Vladimir Putin' }], places: [{ name: 'Kazan' }] });
    expect((await data('{ meeting(id: "m-none") { id } person(id: "p-none") { id } }'))).toEqual({ meeting: null, person: null });
  });

  it('draws neighbourhoods as meetings or collapsed, one to three hops', async () => {
    const collapsed = (await data('{ graph(focus: "p-ilham-aliyev", mode: COLLAPSED, status: BOTH) { nodes { id type label weight } edges { source target type weight } truncated } }')).graph;
    expect(collapsed).toEqual({
      nodes: [
        { id: 'p-ilham-aliyev', type: 'PERSON', label: 'Ilham Aliyev', weight: 8 },
        { id: 'p-vladimir-putin', type: 'PERSON', label: 'Vladimir Putin', weight: 6 },
        { id: 'p-antonio-guterres', type: 'PERSON', label: 'António Guterres', weight: 1 },
        { id: 'p-recep-tayyip-erdogan', type: 'PERSON', label: 'Recep Tayyip Erdoğan', weight: 1 },
        { id: 'AZ', type: 'COUNTRY', label: 'Azerbaijan', weight: 8 },
        { id: 'RU', type: 'COUNTRY', label: 'Russia', weight: 6 },
        { id: 'UN', type: 'ORGANIZATION', label: 'United Nations', weight: 1 },
        { id: 'TR', type: 'COUNTRY', label: 'Türkiye', weight: 1 },
      ],
      edges: [
        // The planned June meeting is its own edge: planned is never drawn as met.
        { source: 'p-antonio-guterres', target: 'p-ilham-aliyev', type: 'MET', weight: 1 },
        { source: 'p-ilham-aliyev', target: 'p-recep-tayyip-erdogan', type: 'MET', weight: 1 },
        { source: 'p-ilham-aliyev', target: 'p-vladimir-putin', type: 'MET', weight: 5 },
        { source: 'p-ilham-aliyev', target: 'p-vladimir-putin', type: 'PLANNED', weight: 1 },
        { source: 'p-ilham-aliyev', target: 'AZ', type: 'REPRESENTS', weight: 8 },
        { source: 'p-vladimir-putin', target: 'RU', type: 'REPRESENTS', weight: 6 },
        { source: 'p-antonio-guterres', target: 'UN', type: 'REPRESENTS', weight: 1 },
        { source: 'p-recep-tayyip-erdogan', target: 'TR', type: 'REPRESENTS', weight: 1 },
      ],
      truncated: false,
    });
    const held = (await data('{ graph(focus: "p-ilham-aliyev", mode: COLLAPSED) { edges { source target type weight } } }')).graph;
    expect(held.edges.filter((e: Json) => e.target === 'p-vladimir-putin')).toEqual([
      { source: 'p-ilham-aliyev', target: 'p-vladimir-putin', type: 'MET', weight: 5 },
    ]);
    const meetings = (await data('{ graph(focus: "p-ilham-aliyev", depth: 2, status: BOTH) { nodes { id type } edges { type } } }')).graph;
    expect(meetings.nodes.filter((n: Json) => n.type === 'MEETING')).toHaveLength(9);
    expect(meetings.nodes.filter((n: Json) => n.type === 'PERSON').map((n: Json) => n.id)).toContain('p-narendra-modi');
    expect(meetings.nodes.filter((n: Json) => n.type === 'PLACE').map((n: Json) => n.id).sort()).toEqual([
      'pl-ankara-tr', 'pl-baku-az', 'pl-kazan-ru', 'pl-moscow-ru',
    ]);
    const count = (type: string): number => meetings.edges.filter((e: Json) => e.type === type).length;
    // 18 attendances; each person represents one party; 7 of the 9 meetings have a place.
    expect([count('ATTENDED'), count('REPRESENTS'), count('LOCATED_IN')]).toEqual([18, 5, 7]);
    const limited = (await data('{ graph(focus: "p-ilham-aliyev", depth: 2, limit: 3) { nodes { type } truncated } }')).graph;
    expect(limited.nodes.filter((n: Json) => n.type === 'MEETING')).toHaveLength(3);
    expect(limited.truncated).toBe(true);
    const countries = (await data('{ graph(focus: "AZ", mode: COLLAPSED, filter: { from: "2025-01-01" }, status: BOTH) { nodes { id weight } edges { source target type weight } } }')).graph;
    expect(countries).toEqual({
      nodes: [{ id: 'AZ', weight: 3 }, { id: 'RU', weight: 1 }, { id: 'UN', weight: 1 }, { id: 'TR', weight: 1 }],
      edges: [
        { source: 'AZ', target: 'UN', type: 'MET', weight: 1 },
        { source: 'AZ', target: 'TR', type: 'MET', weight: 1 },
        { source: 'AZ', target: 'RU', type: 'PLANNED', weight: 1 },
      ],
    });
  });

  it('finds the shortest chains of meetings between two people or two countries', async () => {
    const d = await data(`{ people: connection(from: "p-recep-tayyip-erdogan", to: "p-narendra-modi", first: 10, status: BOTH) { hops via meetings { date } }
      short: connection(from: "p-recep-tayyip-erdogan", to: "p-narendra-modi", maxHops: 2) { hops }
      countries: connection(from: "TR", to: "IN", first: 1) { hops via } }`);
    // Erdogan met Aliyev once, Aliyev met Putin six times, Putin met Modi once: six chains.
    expect(d.people).toHaveLength(6);
    for (const c of d.people) {
      expect(c.via).toEqual(['Recep Tayyip Erdoğan', 'Ilham Aliyev', 'Vladimir Putin', 'Narendra Modi']);
      expect([c.meetings[0].date, c.meetings[2].date]).toEqual(['2025-02-10', '2024-10-23']);
    }
    expect(d.short).toEqual([]);
    expect(d.countries).toEqual([{ hops: 3, via: ['Türkiye', 'Azerbaijan', 'Russia', 'India'] }]);
    // Held meetings only, by default: the planned June meeting is no step.
    expect((await data('{ connection(from: "p-recep-tayyip-erdogan", to: "p-narendra-modi", first: 10) { hops } }')).connection).toHaveLength(5);
  });

  it('counts topics per year and searches across articles, people and places', async () => {
    expect((await data('{ topicTrends(topics: ["energy", "trade"], countries: ["AZ"], interval: YEAR, status: BOTH) { topic total points { period count } } }')).topicTrends).toEqual([
      { topic: 'energy', total: 4, points: [{ period: '2015', count: 1 }, { period: '2024', count: 2 }, { period: '2025', count: 1 }] },
      { topic: 'trade', total: 3, points: [{ period: '2024', count: 2 }, { period: '2025', count: 1 }] },
    ]);
    expect((await data('{ topicTrends(topics: ["transport"]) { points { period count } } }')).topicTrends).toEqual([
      { points: [{ period: '2024-10', count: 1 }] },
    ]);
    const nodes = (d: Json): Json[] => d.search.edges.map((e: Json) => e.node);
    const hits = nodes(await data('{ search(text: "Kazan", kinds: [ARTICLE, PERSON, PLACE]) { edges { node { kind label score } } } }'));
    expect(hits.map((h) => `${h.kind}:${h.label}`).sort()).toEqual(['ARTICLE:Corridors in Kazan', 'ARTICLE:Kazan summit', 'PLACE:Kazan']);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((x, y) => y - x));
    // Lucene operators in the text are searched as plain characters, not parsed.
    const putin = nodes(await data('query($t: String!) { search(text: $t, kinds: [ARTICLE, PERSON, PLACE], first: 5) { edges { node { kind label } } } }', { t: 'Putin"(' }));
    expect(putin).toHaveLength(5);
    expect(putin[0]).toEqual({ kind: 'PERSON', label: 'Vladimir Putin' });
  });

  it('costs one Cypher round trip per root field and one per list of a node, whatever the page size', async () => {
    const trips = async (query: string): Promise<number> => {
      const before = seeded.store.roundTrips;
      await data(query);
      return seeded.store.roundTrips - before;
    };
    const full = 'edges { node { id place { name } parties { code } participants { person { name } evidence { sentence } } topics { name } evidence { sentence } } }';
    expect(await trips(`{ meetings(first: 1) { totalCount ${full} } }`)).toBe(1);
    expect(await trips(`{ meetings(first: 500) { totalCount ${full} } }`)).toBe(1);
    expect(await trips('{ meeting(id: "m-x") { id } }')).toBe(1);
    expect(await trips('{ person(id: "p-ilham-aliyev") { meetingCount(status: BOTH) } }')).toBe(1);
    expect(await trips('{ person(id: "p-ilham-aliyev") { meetings(first: 500) { nodes { participants { person { name } } } } counterparts { totalCount } } }')).toBe(3);
    expect(await trips('{ country(code: "AZ") { meetings { nodes { id } } partners { nodes { count } } people { nodes { name } } places { nodes { name } } } }')).toBe(5);
    expect(await trips('{ place(id: "pl-kazan-ru") { meetings { nodes { id } } } }')).toBe(2);
    expect(await trips('{ bilateral(a: "AZ", b: "RU") { count visits { balance } } }')).toBe(1);
    expect(await trips(`{ bilateral(a: "AZ", b: "RU") { count meetings(first: 500) { ${full} } } }`)).toBe(2);
    expect(await trips('{ bilateral(a: "AZ", b: "RU") { count meetings(first: 500) { edges { node { participants { role } } } } } }')).toBe(1);
    expect(await trips('{ partners(country: "AZ") { nodes { count } } }')).toBe(1);
    expect(await trips('{ graph(focus: "AZ", depth: 3) { nodes { id } } }')).toBe(1);
    expect(await trips('{ connection(from: "TR", to: "IN") { hops } }')).toBe(1);
    expect(await trips('{ topicTrends { topic } }')).toBe(1);
    expect(await trips('{ search(text: "Aliyev") { totalCount edges { node { id } } } }')).toBe(1);
  });
});
