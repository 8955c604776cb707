/**
 * Abuse and misuse over real HTTP: documents too deep, too wide or too costly are refused
 * before any Cypher runs; bad inputs get clear messages; unexpected errors are masked;
 * CSRF prevention; introspection and GraphiQL follow the settings.
 */
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/driver.js';
import { seededApi, SETTINGS, startApi } from './api-harness.js';

describe('GraphQL API security', () => {
  const seeded = seededApi();

  /** Sends a document that must be refused before it reaches the database. */
  const refused = async (query: string): Promise<string[]> => {
    const before = seeded.store.roundTrips;
    const reply = await seeded.api.gql(query);
    expect(reply.data ?? null).toBeNull();
    expect(seeded.store.roundTrips).toBe(before);
    return (reply.errors ?? []).map((e) => e.message);
  };

  it('refuses documents that are too deep, have too many aliases or tokens, or cost too much', async () => {
    const deep = `{ meetings { edges { node { participants { person { a { b { c { d { e { f { g } } } } } } } } } } } }`;
    expect((await refused(deep)).join('\n')).toMatch(/Query depth limit of 10 exceeded/);
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `m${i}: meeting(id: "m-${i}") { id }`).join(' ')} }`;
    expect((await refused(aliases)).join('\n')).toMatch(/Aliases limit of 15 exceeded/);
    const tokens = `{ meetings { ${Array.from({ length: 2100 }, () => 'totalCount').join(' ')} } }`;
    expect((await refused(tokens)).join('\n')).toMatch(/Token limit of 2000 exceeded/);
    const everything = `edges { node { id date place { name } parties { code name } participants { person { name } role evidence { sentence article { id url title } } }
      topics { name evidence { sentence article { id url } } } evidence { sentence article { id url title publishedAt } } } }`;
    const costly = `{ a: meetings(first: 500) { ${everything} } b: meetings(first: 500) { ${everything} } }`;
    expect((await refused(costly)).join('\n')).toMatch(/Query Cost limit of 100000 exceeded/);
  });

  it('validates inputs with messages naming the argument', async () => {
    const error = async (query: string) => (await seeded.api.gql(query)).errors?.[0];
    expect(await error('{ meetings(first: 501) { totalCount } }')).toMatchObject({
      message: 'first: must be an integer from 1 to 500, got 501',
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
    // The error points at the field that failed, in a document of several lines.
    expect(await error('query {\n  partners(country: "AZ") { count }\n    bilateral(a: "AZ", b: "AZ") { count }\n}')).toMatchObject({
      message: 'b: must differ from a',
      locations: [{ line: 3, column: 5 }],
      path: ['bilateral'],
    });
    expect(await error('{ meetings(filter: { from: "2024-02-30" }) { totalCount } }')).toMatchObject({
      message: 'filter.from: must be an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), got "2024-02-30"',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await error('{ partners(country: "XX") { count } }'))?.message).toMatch(/^country: no country is known as "XX"/);
    expect((await error('{ meetings(filter: { topics: ["gossip"] }) { totalCount } }'))?.message).toMatch(/unknown topic "gossip"; topics are energy, trade/);
    expect((await error('{ bilateral(a: "AZ", b: "AZ") { count } }'))?.message).toBe('b: must differ from a');
    expect((await error('{ graph(focus: "AZ", depth: 4) { truncated } }'))?.message).toBe('depth: must be an integer from 1 to 3, got 4');
    expect((await error('{ meetings(after: "bogus") { totalCount } }'))?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'after',
      argument: 'after',
    });
    expect((await error('{ connection(from: "p-vladimir-putin", to: "AZ") { hops } }'))?.message).toMatch(/two people or two parties/);
  });

  it('masks unexpected errors: no stack, no Cypher, no driver message', async () => {
    const secret = (): Promise<never> =>
      Promise.reject(new Error('Neo.ClientError.Statement.SyntaxError: MATCH (m:Meeting) RETURN secret'));
    const failing: Store = { ...seeded.store, read: secret, query: secret };
    const broken = await startApi(failing);
    const logged: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => logged.push(String(chunk)) > 0) as typeof process.stderr.write;
    try {
      const reply = await broken.gql('{ meetings { totalCount } }');
      expect(reply.errors).toEqual([
        { message: 'Unexpected error.', locations: [{ line: 1, column: 3 }], path: ['meetings'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]);
      expect(JSON.stringify(reply)).not.toMatch(/MATCH|secret|at .*\.ts/);
      // The server's log keeps the cause.
      expect(logged.join('')).toMatch(/RETURN secret/);
    } finally {
      process.stderr.write = write;
      await broken.close();
    }
  });

  it('requires a CSRF header on requests a browser sends without a preflight', async () => {
    const get = await fetch(`${seeded.api.base}/graphql?query=${encodeURIComponent('{ meetings { totalCount } }')}`, {
      headers: { accept: 'application/json' },
    });
    expect(get.status).toBe(403);
    expect(JSON.stringify(await get.json())).toMatch(/CSRF/);
    const form = await fetch(`${seeded.api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ meetings { totalCount } }' }),
    });
    expect(form.status).toBe(403);
    const withHeader = await fetch(`${seeded.api.base}/graphql?query=${encodeURIComponent('{ meetings { totalCount } }')}`, {
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
    });
    expect(withHeader.status).toBe(200);
    expect(await withHeader.json()).toEqual({ data: { meetings: { totalCount: 9 } } });
  });

  it('serves GraphiQL with example operations and introspection only when enabled', async () => {
    const page = await fetch(`${seeded.api.base}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/GraphiQL|graphiql/);
    expect(html).toContain('query Bilateral');
    expect((await seeded.api.gql('{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });

    const closed = await startApi(seeded.store, { ...SETTINGS, graphiql: false, introspection: false, development: false });
    try {
      const noPage = await fetch(`${closed.base}/graphql`, { headers: { accept: 'text/html' } });
      expect(await noPage.text()).not.toContain('query Bilateral');
      const intro = await closed.gql('{ __schema { queryType { name } } }');
      expect(intro.errors?.[0]?.message).toMatch(/Introspection is disabled.*DKG_INTROSPECTION/);
      // No "did you mean" hints in production.
      const typo = await closed.gql('{ meeting(id: "x") { dat } }');
      expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
      expect((await closed.gql('{ meetings { totalCount } }')).data).toEqual({ meetings: { totalCount: 9 } });
    } finally {
      await closed.close();
    }
  });
});
