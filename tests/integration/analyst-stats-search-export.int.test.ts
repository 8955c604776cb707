/**
 * meetingStats, search and the meeting export over real HTTP and the real Neo4j: the nine
 * hand-made meetings of api-harness.ts plus an undated and a year-only one; an export past
 * one page (520 generated meetings); and the analyst questions of docs/api.md on the sample
 * articles `npm start` loads (samples/).
 */
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it, vi } from 'vitest';
import { ingestFiles } from '../../src/cli/ingest.js';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Store } from '../../src/store/driver.js';
import { aliyev, bearer, erdogan, ingest, modi, putin, seededApi, seedGraph } from './api-harness.js';
import { article, meeting, person } from '../helpers/articles.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SAMPLES = path.join(PROJECT_ROOT, 'samples');

// Seeding writes a few hundred meetings or extracts the samples: minutes on a busy machine.
vi.setConfig({ hookTimeout: 600_000 });

/** RFC 4180: quoted cells may hold commas, quotes ("") and line breaks; rows end with CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

/** CSV rows as objects by header; the file starts with a UTF-8 byte-order mark. */
async function csvRecords(res: Response): Promise<Record<string, string>[]> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes));
  return rows.map((r) => Object.fromEntries((header as string[]).map((h, i) => [h, r[i] ?? ''])));
}

const MEETING_FIELDS = `id date status modality settingKind settingEvent sourceCount place { id name country }
  parties { code } participants { person { id name } party { code } role } topics { name } evidence { sentence article { id } }`;

/** Ten held and one planned meeting: seedGraph, an undated one in Baku, and one dated only by its year. */
async function seedWithUndated(store: Store): Promise<void> {
  await seedGraph(store);
  await ingest(
    store,
    article('a10.txt', 'Erdoğan received Aliyev in Baku; the grain corridor was on the table.', {
      url: 'https://news.example/10', publishedAt: '2025-09-01', title: 'Erdoğan and Aliyev in Baku',
    }),
    [meeting([erdogan, aliyev], { date: null, location: { city: 'Baku', country: 'AZ' }, topics: [], evidence: ['Erdoğan received Aliyev in Baku.'] })],
  );
  await ingest(
    store,
    article('a11.txt', 'Aliyev recalled meeting Modi in 2023, when the corridor carried grain.', {
      url: 'https://news.example/11', publishedAt: '2025-09-02', title: 'A meeting recalled',
    }),
    [
      meeting([aliyev, modi], {
        date: '2023',
        location: null,
        topics: [{ name: 'agriculture', status: 'discussed', evidence: 'The corridor carried grain.' }],
        evidence: ['=1+2 said the minister, "quoted", with a comma; <b>bold</b> & more', '-Aliyev recalled meeting Modi.'],
      }),
    ],
  );
  await ingest(
    store,
    article('a12.txt', 'Zoë Ştefănescu met Putin in Moscow.', { url: 'https://news.example/12', publishedAt: '2014-01-02', title: 'A visitor' }),
    [meeting([person('Zoë Ştefănescu', 'RO', 'foreign minister'), putin], { date: '2014-01-02', status: 'planned', topics: [] })],
  );
}

describe('meetingStats, search and export', () => {
  const seeded = seededApi(seedWithUndated);

  const data = async (query: string, variables: Record<string, unknown> = {}): Promise<Json> => {
    const reply = await seeded.api.gql<Json>(query, variables);
    expect(reply.errors).toBeUndefined();
    return reply.data as Json;
  };

  const search = async (text: string, kinds?: string[], first = 50): Promise<Json> =>
    (await data('query($t: String!, $k: [SearchKind!], $f: Int) { search(text: $t, kinds: $k, first: $f) { totalCount edges { cursor node { kind id label score } } pageInfo { hasNextPage endCursor } } }', {
      t: text, k: kinds ?? null, f: first,
    })).search;
  const labels = async (text: string, kinds?: string[]): Promise<string[]> =>
    (await search(text, kinds)).edges.map((e: Json) => e.node.label).sort();

  const stats = async (groupBy: string[], extra = ''): Promise<Json> =>
    (await data(`{ meetingStats(groupBy: [${groupBy.join(', ')}] ${extra}) {
      total undated yearOnly buckets { count keys { dimension bucket value label } } } }`)).meetingStats;

  /** Buckets as "value|bucket:count", one key per dimension joined with " / ". */
  const flat = (s: Json): string[] =>
    s.buckets.map((b: Json) => `${b.keys.map((k: Json) => (k.bucket === 'VALUE' ? `${k.value}${k.label ? `(${k.label})` : ''}` : `${k.bucket}${k.value ? `:${k.value}` : ''}`)).join(' / ')}=${b.count}`);

  describe('meetingStats', () => {
    it('counts held meetings per month, with explicit year-only and undated buckets, oldest first', async () => {
      const s = await stats(['MONTH']);
      expect({ total: s.total, undated: s.undated, yearOnly: s.yearOnly }).toEqual({ total: 10, undated: 1, yearOnly: 1 });
      expect(flat(s)).toEqual(['2015-06=1', 'YEAR_ONLY:2023=1', '2024-04=1', '2024-08=1', '2024-10=3', '2025-02=1', '2025-03=1', 'UNDATED=1']);
      expect(s.buckets[0].keys[0].dimension).toBe('MONTH');
    });

    it('counts per year with the undated bucket last, and planned meetings only when asked', async () => {
      expect(flat(await stats(['YEAR']))).toEqual(['2015=1', '2023=1', '2024=5', '2025=2', 'UNDATED=1']);
      expect(flat(await stats(['YEAR'], 'status: PLANNED'))).toEqual(['2014=1', '2025=1']);
      expect(flat(await stats(['STATUS'], 'status: BOTH'))).toEqual(['HELD=10', 'PLANNED=2']);
    });

    it('counts a meeting once under each of its parties and topics, most first, NONE last', async () => {
      expect(flat(await stats(['PARTY']))).toEqual(['AZ(Azerbaijan)=9', 'RU(Russia)=6', 'IN(India)=2', 'TR(Türkiye)=2', 'UN(United Nations)=1']);
      expect(flat(await stats(['TOPIC']))).toEqual(['energy=4', 'trade=3', 'agriculture=1', 'climate=1', 'security=1', 'transport=1', 'NONE=1']);
    });

    it('counts per modality, setting (with the summit) and place country', async () => {
      expect(flat(await stats(['MODALITY']))).toEqual(['IN_PERSON=9', 'PHONE=1']);
      expect(flat(await stats(['SETTING']))).toEqual(['STANDALONE=8', 'SIDELINES(BRICS summit)=2']);
      expect(flat(await stats(['PLACE_COUNTRY']))).toEqual(['RU(Russia)=4', 'AZ(Azerbaijan)=3', 'TR(Türkiye)=1', 'NONE=2']);
    });

    it('crosses dimensions and applies the meetings filter', async () => {
      expect(flat(await stats(['YEAR', 'MODALITY'], 'status: BOTH, filter: { countries: ["AZ"] }'))).toEqual([
        '2015 / IN_PERSON=1', '2023 / IN_PERSON=1', '2024 / IN_PERSON=3', '2024 / PHONE=1', '2025 / IN_PERSON=3', 'UNDATED / IN_PERSON=1',
      ]);
      const kazan = await stats(['TOPIC', 'PARTY'], 'filter: { place: "pl-kazan-ru" }');
      expect(kazan.total).toBe(2);
      expect(flat(kazan).sort()).toEqual(['trade / IN(India)=1', 'trade / RU(Russia)=1', 'transport / AZ(Azerbaijan)=1', 'transport / RU(Russia)=1']);
    });

    it('refuses no dimension, a repeated one, too many, and a status that contradicts the filter', async () => {
      for (const q of [
        '{ meetingStats(groupBy: []) { total } }',
        '{ meetingStats(groupBy: [YEAR, YEAR]) { total } }',
        '{ meetingStats(groupBy: [YEAR, PARTY, TOPIC, MODALITY]) { total } }',
        '{ meetingStats(groupBy: [YEAR], status: HELD, filter: { status: PLANNED }) { total } }',
      ]) {
        const reply = await seeded.api.gql(q);
        expect(reply.errors?.[0]?.extensions?.code, q).toBe('BAD_USER_INPUT');
      }
    });
  });

  describe('search', () => {

    it('requires every word', async () => {
      expect(await labels('Aliyev Moscow', ['ARTICLE'])).toEqual(['Aliyev in Moscow', 'Aliyev returns to Moscow']);
      expect(await labels('Aliyev AND Moscow', ['ARTICLE'])).toEqual(['Aliyev in Moscow', 'Aliyev returns to Moscow']);
    });

    it('matches quoted words only in that order', async () => {
      expect(await labels('grain corridor', ['ARTICLE'])).toEqual(['A meeting recalled', 'Erdoğan and Aliyev in Baku']);
      expect(await labels('"grain corridor"', ['ARTICLE'])).toEqual(['Erdoğan and Aliyev in Baku']);
    });

    it('matches the beginnings of words with *', async () => {
      expect(await labels('corridor', ['ARTICLE'])).toEqual(['A meeting recalled', 'Erdoğan and Aliyev in Baku']);
      expect(await labels('Corri*', ['ARTICLE'])).toEqual(['A meeting recalled', 'Corridors in Kazan', 'Erdoğan and Aliyev in Baku']);
    });

    it('ignores accents and case both ways', async () => {
      expect(await labels('erdogan', ['ARTICLE'])).toEqual(['Aliyev in Ankara', 'Erdoğan and Aliyev in Baku']);
      expect(await labels('ERDOĞAN', ['ARTICLE'])).toEqual(['Aliyev in Ankara', 'Erdoğan and Aliyev in Baku']);
      expect(await labels('Zoe Stefanescu', ['PERSON'])).toEqual(['Zoë Ştefănescu']);
      expect(await labels('ştef*', ['PERSON'])).toEqual(['Zoë Ştefănescu']);
    });

    it('finds meetings by who took part, the place, topics and summit, each once', async () => {
      const hits = (await search('Kazan BRICS', ['MEETING'])).edges.map((e: Json) => e.node);
      expect(hits.map((h: Json) => h.label).sort()).toEqual([
        '2024-10-23: Ilham Aliyev, Vladimir Putin (Kazan)', '2024-10-23: Narendra Modi, Vladimir Putin (Kazan)',
      ]);
      expect(hits.every((h: Json) => h.kind === 'MEETING' && h.id.startsWith('m-'))).toBe(true);
      expect(await labels('climate Guterres', ['MEETING'])).toEqual(['2025-03-05: António Guterres, Ilham Aliyev (Baku)']);
    });

    it('keeps to the kinds asked, and mixes them when none are given', async () => {
      expect((await search('Kazan', ['PLACE'])).edges.map((e: Json) => `${e.node.kind}:${e.node.label}`)).toEqual(['PLACE:Kazan']);
      const kinds = new Set((await search('Kazan')).edges.map((e: Json) => e.node.kind));
      expect([...kinds].sort()).toEqual(['ARTICLE', 'MEETING', 'PLACE']);
    });

    it('pages through every hit once, best first, with a total', async () => {
      const all = await search('Aliyev');
      expect(all.totalCount).toBeGreaterThan(10);
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 20; i++) {
        const page: Json = (await data('query($a: String) { search(text: "Aliyev", first: 4, after: $a) { totalCount edges { node { kind id } } pageInfo { hasNextPage endCursor } } }', { a: after })).search;
        expect(page.totalCount).toBe(all.totalCount);
        seen.push(...page.edges.map((e: Json) => `${e.node.kind}:${e.node.id}`));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(all.edges.map((e: Json) => `${e.node.kind}:${e.node.id}`));
      const scores = all.edges.map((e: Json) => e.node.score);
      expect(scores).toEqual([...scores].sort((x: number, y: number) => y - x));
      const bad = await seeded.api.gql('{ search(text: "Aliyev", after: "bm90LWEtY3Vyc29y") { totalCount } }');
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('reads operator syntax as plain text or refuses it, never failing', async () => {
      const texts = [
        'AND', 'Putin AND', 'Putin OR Aliyev', 'NOT Putin', '"Putin', 'Putin"(', '(Putin', 'Putin)', 'Putin~2', 'Putin^3',
        'title:Putin', 'a*', '*', '**', '-Putin', '+Putin', 'Putin && Aliyev', 'Putin || Aliyev', '[a TO z]', '{a TO z}',
        '\\', '/regex/', '?', '!!', '"', '""', '" "', 'Put?n', 'Pu*in', 'the', '"AND OR NOT"', ':', '~', '^',
      ];
      for (const t of texts) {
        const reply = await seeded.api.gql<Json>('query($t: String!) { search(text: $t) { totalCount } }', { t });
        expect(reply.status, t).toBe(200);
        if (reply.errors) expect([t, reply.errors[0]?.extensions?.code]).toEqual([t, 'BAD_USER_INPUT']);
        else expect(typeof reply.data?.search.totalCount, t).toBe('number');
      }
      expect(await labels('(Putin~', ['PERSON'])).toEqual(['Vladimir Putin']);
      expect(await labels('Putin~2', ['PERSON'])).toEqual([]);
      const refused = await seeded.api.gql('{ search(text: "Putin OR Aliyev") { totalCount } }');
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'text' } });
    });
  });

  describe('export', () => {
    const get = (query: string): Promise<Response> => fetch(`${seeded.api.base}/export/${query}`);
    const meetingsOf = async (filter: Json): Promise<Json[]> =>
      (await data(`query($f: MeetingFilter) { meetings(filter: $f, first: 500) { edges { node { ${MEETING_FIELDS} } } } }`, { f: filter }))
        .meetings.edges.map((e: Json) => e.node);

    it('writes JSON Lines with what meetings answers for the same filter, in its order', async () => {
      const res = await get('meetings.jsonl?countries=AZ&status=HELD&from=2024-01-01');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/ndjson/);
      const lines = (await res.text()).trimEnd().split('\n').map((l) => JSON.parse(l) as Json);
      const expected = await meetingsOf({ countries: ['AZ'], status: 'HELD', from: '2024-01-01' });
      expect(lines.length).toBe(expected.length);
      expect(lines.length).toBeGreaterThan(4);
      for (const [i, m] of expected.entries()) {
        const got = lines[i] as Json;
        expect({
          id: got.id, date: got.date, status: got.status, modality: got.modality, settingKind: got.settingKind, settingEvent: got.settingEvent,
          sourceCount: got.sourceCount, place: got.place && { id: got.place.id, name: got.place.name, country: got.place.country },
          parties: got.parties.map((p: Json) => ({ code: p.code })),
          participants: got.participants.map((p: Json) => ({ person: p.person, party: p.party && { code: p.party.code }, role: p.role })),
          topics: got.topics.map((t: Json) => ({ name: t.name })),
          evidence: got.evidence.map((e: Json) => ({ sentence: e.sentence, article: { id: e.articleId } })),
        }).toEqual(m);
        expect(got.sources.length).toBe(m.sourceCount);
      }
    });

    it('writes CSV a spreadsheet reads back: quoted, formula-safe, one row per meeting', async () => {
      const res = await get('meetings.csv?people=p-ilham-aliyev&status=HELD');
      expect(res.headers.get('content-type')).toMatch(/text\/csv/);
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="meetings.csv"');
      const rows = await csvRecords(res);
      const expected = await meetingsOf({ people: ['p-ilham-aliyev'], status: 'HELD' });
      expect(rows.map((r) => [r.id, r.date, r.status, r.modality, r.place, r.topics])).toEqual(
        expected.map((m) => [m.id, m.date ?? '', m.status, m.modality, m.place?.name ?? '', m.topics.map((t: Json) => t.name).join('; ')]),
      );
      const recalled = rows.find((r) => r.date === '2023') as Record<string, string>;
      expect(recalled.participants).toBe('Ilham Aliyev (president, AZ); Narendra Modi (prime minister, IN)');
      expect((recalled.evidence ?? '').split('\n')).toEqual([
        '\'=1+2 said the minister, "quoted", with a comma; <b>bold</b> & more', '-Aliyev recalled meeting Modi.',
      ]);
      expect(recalled.sources).toBe('https://news.example/11');
    });

    it('writes valid GraphML with a node per meeting and its neighbours, text escaped', async () => {
      const res = await get('meetings.graphml?countries=AZ');
      const xml = await res.text();
      expect(XMLValidator.validate(xml)).toBe(true);
      const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n, _path, _leaf, attribute) => !attribute && ['node', 'edge', 'data', 'key'].includes(n) }).parse(xml) as Json;
      const graph = doc.graphml.graph as Json;
      const value = (el: Json, key: string): string | undefined => el.data?.find((d: Json) => d.key === key)?.['#text']?.toString();
      const expected = await meetingsOf({ countries: ['AZ'] });
      const meetingNodes = graph.node.filter((n: Json) => value(n, 'kind') === 'MEETING');
      expect(meetingNodes.map((n: Json) => n.id)).toEqual(expected.map((m) => m.id));
      const attended = graph.edge.filter((e: Json) => value(e, 'type') === 'ATTENDED');
      expect(attended.length).toBe(expected.reduce((s, m) => s + m.participants.length, 0));
      const ids = new Set(graph.node.map((n: Json) => n.id));
      expect(graph.edge.every((e: Json) => ids.has(e.source) && ids.has(e.target))).toBe(true);
      expect(ids.size).toBe(graph.node.length);
      expect(xml).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; more');
    });

    it('refuses unknown parameters and values with BAD_USER_INPUT', async () => {
      for (const q of ['meetings.csv?country=AZ', 'meetings.csv?modality=CAR', 'meetings.jsonl?from=yesterday', 'meetings.graphml?status=held']) {
        const res = await get(q);
        expect(res.status, q).toBe(400);
        expect(((await res.json()) as Json).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      }
      expect((await fetch(`${seeded.api.base}/export/meetings.csv`, { method: 'POST' })).status).toBe(405);
    });

    it('finds a merged person by the name merged away, as a person and in meetings (runs last: it adds a meeting)', async () => {
      await ingest(
        seeded.store,
        article('a13.txt', 'Ilham Alijev spoke with Putin.', { url: 'https://news.example/13', publishedAt: '2025-09-20', title: 'A call' }),
        [meeting([person('Ilham Alijev', 'AZ'), putin], { date: '2025-09-20', modality: 'phone', location: null })],
      );
      const merged = await seeded.api.gql('mutation { mergePeople(keep: "p-ilham-aliyev", remove: "p-ilham-alijev") { id } }', {}, bearer);
      expect(merged.errors).toBeUndefined();
      expect((await search('Alijev', ['PERSON'])).edges.map((e: Json) => e.node.id)).toEqual(['p-ilham-aliyev']);
      expect(await labels('Alijev', ['MEETING'])).toContain('2025-09-20: Ilham Aliyev, Vladimir Putin');
    });
  });
});

/** 520 meetings of Aliyev and Putin every other day from 2010-01-01 (a day apart they would be one meeting), 20 per article. */
async function seedMany(store: Store): Promise<void> {
  const day = (n: number): string => new Date(Date.UTC(2010, 0, 1 + 2 * n)).toISOString().slice(0, 10);
  for (let a = 0; a < 26; a++) {
    const meetings = Array.from({ length: 20 }, (_, i) => meeting([aliyev, putin], { date: day(a * 20 + i), evidence: [`Meeting ${a * 20 + i}.`] }));
    await ingest(store, article(`many-${a}.txt`, `Twenty meetings, batch ${a}.`, { url: `https://news.example/many/${a}`, publishedAt: day(a * 20 + 19) }), meetings);
  }
}

describe('export past one page', () => {
  const seeded = seededApi(seedMany);

  it('streams all 520 meetings, where meetings needs two pages', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const reply = await seeded.api.gql<Json>('query($a: String) { meetings(first: 500, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', { a: after });
      const page = reply.data?.meetings as Json;
      ids.push(...page.edges.map((e: Json) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(ids.length).toBe(520);
    const jsonl = (await (await fetch(`${seeded.api.base}/export/meetings.jsonl`)).text()).trimEnd().split('\n');
    expect(jsonl.map((l) => (JSON.parse(l) as Json).id)).toEqual(ids);
    const csv = await csvRecords(await fetch(`${seeded.api.base}/export/meetings.csv?countries=AZ,RU`));
    expect(csv.map((r) => r.id)).toEqual(ids);
    const xml = await (await fetch(`${seeded.api.base}/export/meetings.graphml`)).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.match(/<data key="kind">MEETING<\/data>/g)?.length).toBe(520);
  });
});

describe('analyst questions on the sample articles (docs/api.md)', () => {
  const seeded = seededApi(async (store) => {
    await ingestFiles(store, [SAMPLES], { report: null });
  });

  const data = async (query: string): Promise<Json> => {
    const reply = await seeded.api.gql<Json>(query);
    expect(reply.errors).toBeUndefined();
    return reply.data as Json;
  };

  it('Q11: meetings per month for Kazakhstan', async () => {
    const s = (await data('{ meetingStats(filter: { countries: ["KZ"] }, groupBy: [MONTH]) { total undated buckets { count keys { bucket value } } } }')).meetingStats;
    const months = Object.fromEntries(s.buckets.map((b: Json) => [b.keys[0].value ?? b.keys[0].bucket, b.count]));
    // 01: Mirziyoyev's state visit to Astana in March 2024, and their December 2022 meeting in Tashkent;
    // 27: Putin in Astana on 9 November 2023, and their October 2023 meeting in Bishkek.
    expect(months).toMatchObject({ '2024-03': 1, '2022-12': 1, '2023-11': 1, '2023-10': 1 });
    // 62: a counted list of Tokayev's meetings with Mirziyoyev that gives no dates.
    expect(s.undated).toBeGreaterThan(0);
    expect(months.UNDATED).toBe(s.undated);
  });

  it('Q12: the topics of meetings on the sidelines of the BRICS summit in Kazan', async () => {
    const s = (await data('{ meetingStats(filter: { place: "pl-kazan-ru" }, groupBy: [TOPIC]) { total buckets { count keys { value } } } }')).meetingStats;
    const topics = Object.fromEntries(s.buckets.map((b: Json) => [b.keys[0].value, b.count]));
    // 08: Modi and Xi on the border conflict and transport; 15: Guterres and Putin on Ukraine, grain and energy.
    expect(topics).toMatchObject({ conflict: 2, transport: 1, agriculture: 1, energy: 1 });
    expect(s.total).toBeGreaterThanOrEqual(3);
  });

  it('Q13: everything about Erdogan, typed without the accent', async () => {
    const hits = (await data('{ search(text: "Erdogan", first: 50) { totalCount edges { node { kind id label } } } }')).search.edges.map((e: Json) => e.node);
    expect(hits.filter((h: Json) => h.kind === 'PERSON').map((h: Json) => h.label)).toContain('Recep Tayyip Erdoğan');
    const meetings = hits.filter((h: Json) => h.kind === 'MEETING').map((h: Json) => h.label);
    // 02: the phone call with Putin of 13 August 2024; 06: their talks at the SCO summit in Astana on 3 July 2024.
    expect(meetings).toContain('2024-08-13: Recep Tayyip Erdoğan, Vladimir Putin');
    expect(meetings.some((l: string) => l.startsWith('2024-07-03:') && l.includes('Astana'))).toBe(true);
    expect(hits.filter((h: Json) => h.kind === 'ARTICLE').length).toBeGreaterThanOrEqual(3);
  });

  it('Q14: meetings and articles with an exact phrase', async () => {
    const hits = (await data('{ search(text: "\\"BRICS summit\\"", kinds: [MEETING], first: 50) { edges { node { label } } } }')).search.edges.map((e: Json) => e.node.label);
    // 08 and 15: Modi-Xi and Putin-Pezeshkian on 23 October 2024, Guterres-Putin on 24 October 2024, all in Kazan.
    expect(hits).toEqual(expect.arrayContaining([
      expect.stringMatching(/^2024-10-23: .*Narendra Modi.*Xi Jinping|^2024-10-23: .*Xi Jinping.*Narendra Modi/),
      expect.stringMatching(/^2024-10-24: .*Putin/),
    ]));
    const articles = (await data('{ search(text: "\\"peace mission\\"", kinds: [ARTICLE]) { edges { node { label } } } }')).search.edges;
    expect(articles.length).toBeGreaterThan(0);
  });

  it("Q15: all of Azerbaijan's meetings as a spreadsheet", async () => {
    const res = await fetch(`${seeded.api.base}/export/meetings.csv?countries=AZ&status=HELD`);
    const rows = await csvRecords(res);
    const total = (await data('{ meetings(filter: { countries: ["AZ"], status: HELD }) { totalCount } }')).meetings.totalCount;
    expect(rows.length).toBe(total);
    // 12: Aliyev and Pashinyan with Trump at the White House on 8 August 2025.
    const washington = rows.find((r) => r.date === '2025-08-08') as Record<string, string>;
    expect(washington.place).toBe('Washington');
    expect(washington.participants).toMatch(/Ilham Aliyev/);
    expect(washington.participants).toMatch(/Donald Trump/);
    expect(washington.participants).toMatch(/Nikol Pashinyan/);
    // The seed article: Aliyev and Putin in Moscow on 15 October 2025.
    expect(rows.find((r) => r.date === '2025-10-15')?.place).toBe('Moscow');
  });
});
