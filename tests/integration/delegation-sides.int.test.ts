/**
 * Sides: people of one meeting who represent the same state are one delegation, never a pair
 * that met. The fixture article reports one meeting of four: Modi and Jaishankar (India)
 * with Ishiba and Iwaya (Japan).
 */
import { describe, expect, it } from 'vitest';
import { ingestGraphFixtures } from '../helpers/graph-fixtures.js';
import { seededApi } from './api-harness.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const MODI = 'p-narendra-modi';
const JAISHANKAR = 'p-s-jaishankar';
const ISHIBA = 'p-shigeru-ishiba';
const IWAYA = 'p-takeshi-iwaya';

const seeded = seededApi((store) => ingestGraphFixtures(store, ['modi-jaishankar-ishiba-iwaya-delegations']));

async function data(query: string, variables: Record<string, unknown> = {}): Promise<Json> {
  const reply = await seeded.api.gql<Json>(query, variables);
  expect(reply.errors).toBeUndefined();
  return reply.data as Json;
}

const tie = (e: Json): string => `${[e.source, e.target].sort().join('~')} ${e.type} ${e.weight}`;
const pair = (a: string, b: string, type: string): string => `${[a, b].sort().join('~')} ${type} 1`;

describe('delegations', () => {
  it('a person’s counterparts are the other side only', async () => {
    const p = (await data(`{ person(id: "${MODI}") { counterparts { nodes { person { id } count } } } }`)).person;
    expect(p.counterparts.nodes.map((c: Json) => c.person.id).sort()).toEqual([ISHIBA, IWAYA]);
  });

  it('the collapsed graph links a delegation as SAME_DELEGATION and the sides as MET, with who represents whom', async () => {
    const g = (await data(`{ graph(focus: "${MODI}", mode: COLLAPSED) { nodes { id type weight } edges { source target type weight } } }`)).graph;
    expect(g.nodes.map((n: Json) => `${n.id} ${n.type}`).sort()).toEqual(
      ['IN COUNTRY', 'JP COUNTRY', `${MODI} PERSON`, `${JAISHANKAR} PERSON`, `${ISHIBA} PERSON`, `${IWAYA} PERSON`].sort(),
    );
    expect(g.edges.map(tie).sort()).toEqual(
      [
        pair(MODI, JAISHANKAR, 'SAME_DELEGATION'),
        pair(ISHIBA, IWAYA, 'SAME_DELEGATION'),
        pair(MODI, ISHIBA, 'MET'),
        pair(MODI, IWAYA, 'MET'),
        pair(JAISHANKAR, ISHIBA, 'MET'),
        pair(JAISHANKAR, IWAYA, 'MET'),
        pair(MODI, 'IN', 'REPRESENTS'),
        pair(JAISHANKAR, 'IN', 'REPRESENTS'),
        pair(ISHIBA, 'JP', 'REPRESENTS'),
        pair(IWAYA, 'JP', 'REPRESENTS'),
      ].sort(),
    );
    // Who represents whom points from the person to the party.
    expect(g.edges.filter((e: Json) => e.type === 'REPRESENTS').every((e: Json) => e.source.startsWith('p-'))).toBe(true);
  });

  it('the meetings graph links people to the meeting, and the meeting to where it was held', async () => {
    const g = (await data(`{ graph(focus: "${MODI}") { nodes { id type label } edges { source target type } } }`)).graph;
    const meeting = g.nodes.find((n: Json) => n.type === 'MEETING');
    expect(meeting.label).toBe('2025-03-12 meeting');
    expect(g.nodes).toContainEqual({ id: 'pl-new-delhi-in', type: 'PLACE', label: 'New Delhi' });
    const types = g.edges.map((e: Json) => `${e.source} ${e.type} ${e.target}`);
    expect(types).toContain(`${meeting.id} LOCATED_IN pl-new-delhi-in`);
    expect(types).toContain(`${JAISHANKAR} ATTENDED ${meeting.id}`);
    expect(types).toContain(`${JAISHANKAR} REPRESENTS IN`);
    expect(g.edges.some((e: Json) => e.type === 'MET')).toBe(false);
  });

  it('no chain of meetings runs between two members of one delegation', async () => {
    expect((await data(`{ connection(from: "${MODI}", to: "${JAISHANKAR}") { hops } }`)).connection).toEqual([]);
    expect((await data(`{ connection(from: "${MODI}", to: "${IWAYA}") { hops via } }`)).connection).toEqual([
      { hops: 1, via: ['Narendra Modi', 'Takeshi Iwaya'] },
    ]);
  });
});
