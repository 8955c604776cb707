/**
 * Concurrent reads of one query share round trips (src/store/batched-reads.ts): each read
 * must still get exactly its own rows, its own error, and the answer it gets alone.
 * Real Neo4j; the API cases over real HTTP.
 */
import { describe, expect, it } from 'vitest';
import { batchedQuery, together } from '../../src/store/batched-reads.js';
import type { PartyCode } from '../../src/store/queries/meeting-filter.js';
import { ALL_PARTS } from '../../src/store/queries/meeting-projection.js';
import { meetingsPage } from '../../src/store/queries/meetings-page.js';
import { bilateralTies } from '../../src/store/queries/bilateral-ties.js';
import { seededApi } from './api-harness.js';

describe('batched reads', () => {
  const seeded = seededApi();

  /** Runs `reads` at once, returning their outcomes and the round trips they took. */
  async function atOnce<T>(reads: (() => Promise<T>)[]): Promise<{ outcomes: PromiseSettledResult<T>[]; trips: number }> {
    const before = seeded.store.roundTrips;
    const outcomes = await Promise.allSettled(reads.map((r) => r()));
    return { outcomes, trips: seeded.store.roundTrips - before };
  }

  it('sends the first read alone and the ones that wait meanwhile as one query, each with its own rows', async () => {
    const cypher = 'UNWIND range(1, $n) AS k RETURN $tag AS tag, k * $n AS v';
    const { outcomes, trips } = await atOnce(
      Array.from({ length: 12 }, (_, i) => () => batchedQuery<{ tag: string; v: number }>(seeded.store, cypher, ['tag', 'v'], { n: i % 4, tag: `r${i}` })),
    );
    expect(trips).toBe(2);
    outcomes.forEach((o, i) => {
      const n = i % 4;
      expect(o).toEqual({ status: 'fulfilled', value: Array.from({ length: n }, (_, k) => ({ tag: `r${i}`, v: (k + 1) * n })) });
    });
  });

  it('gives a failing read its error and the others their rows', async () => {
    const cypher = 'RETURN $x AS x, 12 / toInteger($d) AS q';
    const ds = [1, 2, 0, 3, 4];
    const { outcomes } = await atOnce(ds.map((d, i) => () => batchedQuery<{ x: number; q: number }>(seeded.store, cypher, ['x', 'q'], { x: i, d })));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(outcomes.flatMap((o) => (o.status === 'fulfilled' ? o.value : []))).toEqual([
      { x: 0, q: 12 },
      { x: 1, q: 6 },
      { x: 3, q: 4 },
      { x: 4, q: 3 },
    ]);
  });

  it('hands the parameters to subqueries, which import only what they name', async () => {
    const cypher = 'WITH $base AS b CALL (b) { RETURN b + $step AS next } CALL () { RETURN $step * 2 AS twice } RETURN next, twice';
    expect(together(cypher, ['next', 'twice'])).toContain('CALL (batchParams, b)');
    const { outcomes, trips } = await atOnce([1, 2, 3].map((k) => () => batchedQuery(seeded.store, cypher, ['next', 'twice'], { base: k * 10, step: k })));
    expect(trips).toBe(2);
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : o.reason))).toEqual([
      [{ next: 11, twice: 2 }],
      [{ next: 22, twice: 4 }],
      [{ next: 33, twice: 6 }],
    ]);
  });

  it('fails the reads of a batched form Neo4j cannot compile, instead of quietly asking each alone', async () => {
    // Valid alone; batched, the query's own batchParams clashes with the batch's.
    const cypher = 'WITH $x AS batchParams RETURN batchParams + 1 AS y';
    const { outcomes, trips } = await atOnce([1, 2, 3].map((x) => () => batchedQuery(seeded.store, cypher, ['y'], { x })));
    expect(trips).toBe(2);
    expect(outcomes[0]).toEqual({ status: 'fulfilled', value: [{ y: 2 }] });
    for (const o of outcomes.slice(1)) {
      expect(o.status).toBe('rejected');
      expect(String((o as PromiseRejectedResult).reason)).toMatch(/SyntaxError/);
    }
  });

  it('refuses a query whose LIMIT or SKIP is a parameter, which a batch could not pass', () => {
    expect(() => together('MATCH (m) RETURN m LIMIT $take', ['m'])).toThrow(/LIMIT and SKIP/);
    expect(() => together('MATCH (m) RETURN m SKIP $n', ['m'])).toThrow(/LIMIT and SKIP/);
  });

  it('gives the batched API queries (pages with and without evidence, bilateral ties) the answers they give alone', async () => {
    const country = (code: string): PartyCode => ({ code, kind: 'COUNTRY' });
    const cards = { evidence: false, corrections: false };
    const asks: (() => Promise<unknown>)[] = [
      ...['AZ', 'RU', 'TR'].map((c) => () => meetingsPage(seeded.store, { parties: [country(c)] }, { first: 2, after: null }, cards)),
      ...['AZ', 'RU'].map((c) => () => meetingsPage(seeded.store, { parties: [country(c)], status: 'held' }, { first: 5, after: null }, ALL_PARTS)),
      ...['AZ', 'TR', 'IN'].map((c) => () =>
        bilateralTies(seeded.store, country(c), country('RU'), { from: null, to: null }, { scope: 'BOTH', today: '2025-06-01' }),
      ),
    ];
    const alone = [];
    for (const ask of asks) alone.push(await ask());
    // The graph has something to compare: pages and pairs with meetings in them.
    expect(alone.map((a) => JSON.stringify(a)).join()).toMatch(/"totalCount":[1-9]/);
    expect(alone.map((a) => JSON.stringify(a)).join()).toMatch(/"count":[1-9]/);
    // Three shapes, each sent first alone and then as one batch of the rest.
    // A read's caller resumes before its shape counts as idle: let the last one settle.
    await new Promise((resolve) => setImmediate(resolve));
    const { outcomes, trips } = await atOnce([...asks, ...asks]);
    expect(trips).toBe(6);
    expect(outcomes).toEqual([...alone, ...alone].map((value) => ({ status: 'fulfilled', value })));
  });

  it('answers concurrent API requests over HTTP as it answers them one by one', async () => {
    const page = 'query($f: MeetingFilter!) { meetings(filter: $f, first: 2) { totalCount pageInfo { endCursor hasNextPage } edges { node { id date parties { code } } } } }';
    const withEvidence = 'query($f: MeetingFilter!) { meetings(filter: $f, first: 5) { totalCount edges { node { id evidence { sentence } } } } }';
    const pair = 'query($a: String!, $b: String!) { bilateral(a: $a, b: $b) { count firstMeeting { id } visits { balance } } }';
    const asks = [
      ...['AZ', 'RU', 'TR'].map((c) => ({ query: page, variables: { f: { countries: [c] } } })),
      ...['AZ', 'RU'].map((c) => ({ query: withEvidence, variables: { f: { countries: [c], status: 'HELD' } } })),
      ...['AZ', 'TR', 'IN'].map((a) => ({ query: pair, variables: { a, b: 'RU' } })),
    ];
    const alone = [];
    for (const a of asks) alone.push(await seeded.api.gql(a.query, a.variables));
    expect(alone.every((r) => r.status === 200 && !r.errors)).toBe(true);
    // The graph has something to compare: pages and pairs with meetings in them.
    expect(alone.map((r) => JSON.stringify(r.data)).join()).toMatch(/"totalCount":[1-9]/);
    expect(alone.map((r) => JSON.stringify(r.data)).join()).toMatch(/"count":[1-9]/);
    // Whether these share round trips depends on when each arrives; the case above counts them.
    const concurrent = await Promise.all([...asks, ...asks].map((a) => seeded.api.gql(a.query, a.variables)));
    expect(concurrent).toEqual([...alone, ...alone]);
  });
});
