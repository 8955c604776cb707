/**
 * "Met" means held: every count, list, edge and chain counts held meetings unless asked
 * for planned ones too (`status: PLANNED | BOTH`). The fixture article reports one held
 * meeting (Tokayev receives Mirziyoyev in Astana) and two planned ones (Tokayev to Tashkent
 * in March, to Baku to see Aliyev in January); the API's today is fixed at 2025-11-05.
 */
import { describe, expect, it } from 'vitest';
import { ingestGraphFixtures } from '../helpers/graph-fixtures.js';
import { SETTINGS, seededApi, startApi } from './api-harness.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const TOKAYEV = 'p-kassym-jomart-tokayev';
const MIRZIYOYEV = 'p-shavkat-mirziyoyev';
const ALIYEV = 'p-ilham-aliyev';
const HELD = { date: '2025-11-04', status: 'HELD' };
const TASHKENT = { date: '2026-03', status: 'PLANNED' };
const BAKU = { date: '2026-01', status: 'PLANNED' };

const seeded = seededApi((store) => ingestGraphFixtures(store, ['tokayev-mirziyoyev-held-and-planned']), { ...SETTINGS, clock: () => new Date('2025-11-05T09:00:00Z') });

async function data(query: string, variables: Record<string, unknown> = {}): Promise<Json> {
  const reply = await seeded.api.gql<Json>(query, variables);
  expect(reply.errors).toBeUndefined();
  return reply.data as Json;
}

describe('status: held by default, planned when asked', () => {
  it('partners count held meetings, and name the last held and the next planned one', async () => {
    const q = `query($s: StatusScope) { partners(country: "KZ", status: $s) { nodes {
      party { code } count lastMeeting { date status } lastHeldMeeting { date } nextPlannedMeeting { date } } } }`;
    expect((await data(`{ partners(country: "KZ") { nodes { party { code } count lastMeeting { date status }
      lastHeldMeeting { date } nextPlannedMeeting { date } } } }`)).partners.nodes).toEqual([
      { party: { code: 'UZ' }, count: 1, lastMeeting: HELD, lastHeldMeeting: { date: '2025-11-04' }, nextPlannedMeeting: { date: '2026-03' } },
    ]);
    expect((await data(q, { s: 'BOTH' })).partners.nodes).toEqual([
      { party: { code: 'UZ' }, count: 2, lastMeeting: TASHKENT, lastHeldMeeting: { date: '2025-11-04' }, nextPlannedMeeting: { date: '2026-03' } },
      { party: { code: 'AZ' }, count: 1, lastMeeting: BAKU, lastHeldMeeting: null, nextPlannedMeeting: { date: '2026-01' } },
    ]);
    expect((await data(q, { s: 'PLANNED' })).partners.nodes.map((p: Json) => [p.party.code, p.count])).toEqual([['UZ', 1], ['AZ', 1]]);
  });

  it('a country counts and lists held meetings and partners unless asked', async () => {
    const kz = (await data(`{ country(code: "KZ") {
      meetingCount both: meetingCount(status: BOTH) planned: meetingCount(status: PLANNED)
      meetings { nodes { date } } allMeetings: meetings(status: BOTH) { nodes { date } }
      partners { nodes { party { code } count } }
      allPartners: partners(status: BOTH) { nodes { party { code } count nextPlannedMeeting { date } } } } }`)).country;
    expect(kz).toEqual({
      meetingCount: 1,
      both: 3,
      planned: 2,
      meetings: { nodes: [{ date: '2025-11-04' }] },
      allMeetings: { nodes: [{ date: '2026-03' }, { date: '2026-01' }, { date: '2025-11-04' }] },
      partners: { nodes: [{ party: { code: 'UZ' }, count: 1 }] },
      allPartners: {
        nodes: [
          { party: { code: 'UZ' }, count: 2, nextPlannedMeeting: { date: '2026-03' } },
          { party: { code: 'AZ' }, count: 1, nextPlannedMeeting: { date: '2026-01' } },
        ],
      },
    });
  });

  it('a person counts held meetings and counterparts met, and planned ones when asked', async () => {
    const p = (await data(`query($id: ID!) { person(id: $id) {
      meetingCount planned: meetingCount(status: PLANNED) meetings { nodes { date } } plannedMeetings: meetings(status: PLANNED) { nodes { date } }
      counterparts { nodes { person { id } count lastMeeting { date } lastHeldMeeting { date } nextPlannedMeeting { date } } }
      everyone: counterparts(status: BOTH) { nodes { person { id } count lastMeeting { date } } } } }`, { id: TOKAYEV })).person;
    expect(p).toEqual({
      meetingCount: 1,
      planned: 2,
      meetings: { nodes: [{ date: '2025-11-04' }] },
      plannedMeetings: { nodes: [{ date: '2026-03' }, { date: '2026-01' }] },
      counterparts: {
        nodes: [
          { person: { id: MIRZIYOYEV }, count: 1, lastMeeting: { date: '2025-11-04' }, lastHeldMeeting: { date: '2025-11-04' }, nextPlannedMeeting: { date: '2026-03' } },
        ],
      },
      everyone: {
        nodes: [
          { person: { id: MIRZIYOYEV }, count: 2, lastMeeting: { date: '2026-03' } },
          { person: { id: ALIYEV }, count: 1, lastMeeting: { date: '2026-01' } },
        ],
      },
    });
  });

  it('a place lists the meetings held there, and planned ones when asked', async () => {
    const q = `{ tashkent: place(id: "pl-tashkent-uz") { meetingCount meetings { nodes { date } } planned: meetingCount(status: PLANNED)
      plannedMeetings: meetings(status: PLANNED) { nodes { date status } } }
      astana: place(id: "pl-astana-kz") { meetingCount meetings { nodes { date } } } }`;
    expect(await data(q)).toEqual({
      tashkent: { meetingCount: 0, meetings: { nodes: [] }, planned: 1, plannedMeetings: { nodes: [TASHKENT] } },
      astana: { meetingCount: 1, meetings: { nodes: [{ date: '2025-11-04' }] } },
    });
  });

  it('the graph draws held meetings; planned ones only when asked, and never as MET', async () => {
    const q = `query($s: StatusScope) { graph(focus: "${TOKAYEV}", mode: COLLAPSED, status: $s) {
      nodes { id } edges { source target type weight } } }`;
    const held = (await data(q)).graph;
    expect(held.nodes.map((n: Json) => n.id).sort()).toEqual(['KZ', 'UZ', MIRZIYOYEV, TOKAYEV].sort());
    const ties = (g: Json): string[] =>
      g.edges.filter((e: Json) => e.type !== 'REPRESENTS').map((e: Json) => `${[e.source, e.target].sort().join('~')} ${e.type} ${e.weight}`).sort();
    const pair = (a: string, b: string, type: string): string => `${[a, b].sort().join('~')} ${type} 1`;
    expect(ties(held)).toEqual([pair(TOKAYEV, MIRZIYOYEV, 'MET')]);
    const both = (await data(q, { s: 'BOTH' })).graph;
    expect(ties(both)).toEqual(
      [pair(TOKAYEV, ALIYEV, 'PLANNED'), pair(TOKAYEV, MIRZIYOYEV, 'MET'), pair(TOKAYEV, MIRZIYOYEV, 'PLANNED')].sort(),
    );
    // The filter's status, when it gives one, is the graph's.
    const viaFilter = (await data(`{ graph(focus: "${TOKAYEV}", mode: COLLAPSED, filter: { status: PLANNED }) { edges { type } } }`)).graph;
    expect(new Set(viaFilter.edges.map((e: Json) => e.type))).toEqual(new Set(['PLANNED', 'REPRESENTS']));
    const clash = await seeded.api.gql(`{ graph(focus: "${TOKAYEV}", status: HELD, filter: { status: PLANNED }) { truncated } }`);
    expect(clash.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  });

  it('chains go through held meetings unless asked', async () => {
    const q = `query($s: StatusScope) { connection(from: "${MIRZIYOYEV}", to: "${ALIYEV}", status: $s) { hops meetings { date } } }`;
    expect((await data(q)).connection).toEqual([]);
    expect((await data(q, { s: 'BOTH' })).connection).toEqual(
      expect.arrayContaining([{ hops: 2, meetings: [{ date: '2025-11-04' }, { date: '2026-01' }] }]),
    );
    const parties = `query($s: StatusScope) { connection(from: "UZ", to: "AZ", status: $s) { hops } }`;
    expect((await data(parties)).connection).toEqual([]);
    expect((await data(parties, { s: 'PLANNED' })).connection).toEqual([{ hops: 2 }]);
  });

  it('topic trends count held meetings unless asked', async () => {
    const q = `query($s: StatusScope) { topicTrends(countries: ["KZ"], interval: YEAR, status: $s) { topic total } }`;
    expect((await data(q)).topicTrends).toEqual([{ topic: 'agriculture', total: 1 }, { topic: 'transport', total: 1 }]);
    expect((await data(q, { s: 'BOTH' })).topicTrends).toEqual([
      { topic: 'transport', total: 2 }, { topic: 'agriculture', total: 1 }, { topic: 'energy', total: 1 },
    ]);
  });

  it('bilateral figures count held meetings; held and planned stay visible, with the next planned meeting', async () => {
    const q = `query($b: String!, $s: StatusScope) { bilateral(a: "KZ", b: $b, status: $s) {
      count held planned firstMeeting { date } lastMeeting { date } lastHeldMeeting { date } nextPlannedMeeting { date }
      timeline { period count } topics { topic count } meetings { totalCount edges { node { date } } } } }`;
    expect((await data(q, { b: 'UZ' })).bilateral).toEqual({
      count: 1, held: 1, planned: 1,
      firstMeeting: { date: '2025-11-04' }, lastMeeting: { date: '2025-11-04' },
      lastHeldMeeting: { date: '2025-11-04' }, nextPlannedMeeting: { date: '2026-03' },
      timeline: [{ period: '2025-11', count: 1 }],
      topics: [{ topic: 'agriculture', count: 1 }, { topic: 'transport', count: 1 }],
      meetings: { totalCount: 1, edges: [{ node: { date: '2025-11-04' } }] },
    });
    const both = (await data(q, { b: 'UZ', s: 'BOTH' })).bilateral;
    expect([both.count, both.lastMeeting, both.meetings.totalCount]).toEqual([2, { date: '2026-03' }, 2]);
    const az = (await data(q, { b: 'AZ' })).bilateral;
    expect([az.count, az.planned, az.lastMeeting, az.nextPlannedMeeting]).toEqual([0, 1, null, { date: '2026-01' }]);
  });

  it('a planned meeting whose date has passed is no longer the next one', async () => {
    const later = await startApi(seeded.store, { ...SETTINGS, clock: () => new Date('2026-02-01T09:00:00Z') });
    try {
      const reply = await later.gql<Json>('{ bilateral(a: "KZ", b: "AZ") { nextPlannedMeeting { date } } uz: bilateral(a: "KZ", b: "UZ") { nextPlannedMeeting { date } } }');
      expect(reply.data).toEqual({ bilateral: { nextPlannedMeeting: null }, uz: { nextPlannedMeeting: { date: '2026-03' } } });
    } finally {
      await later.close();
    }
  });
});
