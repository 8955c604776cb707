/**
 * Every GraphQL query reads in READ sessions, which a Neo4j cluster routes to followers and
 * read replicas (a `neo4j://` URI); only mutations open WRITE sessions. Checked on every root
 * field of the schema, so a new field that reads another way fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import type { SessionConfig } from 'neo4j-driver';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { createStore } from '../../src/store/driver.js';
import { bearer, seededApi } from './api-harness.js';

const schema = buildSchema(readFileSync(path.join(PROJECT_ROOT, 'schema', 'schema.graphql'), 'utf8'));

/** Values for required arguments that name something in the seeded graph. */
const KNOWN: Record<string, unknown> = { a: 'AZ', b: 'RU', country: 'AZ', code: 'AZ', text: 'Aliyev', focus: 'AZ', from: 'AZ', to: 'RU' };

function sample(type: GraphQLInputType): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0]?.value;
  if (isInputObjectType(inner)) return {};
  return inner.name === 'Int' || inner.name === 'Float' ? 1 : inner.name === 'Boolean' ? false : 'AZ';
}

/** `field(required args) { __typename and every scalar without required arguments }`. */
function minimalQuery(name: string, ids: Record<string, string>): string {
  const field = schema.getQueryType()!.getFields()[name]!;
  const args = field.args
    .filter((a: GraphQLArgument) => isNonNullType(a.type) && a.defaultValue === undefined)
    .map((a) => `${a.name}: ${JSON.stringify(a.name === 'id' ? (ids[name] ?? 'x') : (KNOWN[a.name] ?? sample(a.type)))}`);
  const type = getNamedType(field.type);
  let selection = '';
  if (isObjectType(type)) {
    const scalars = Object.values(type.getFields())
      .filter((f) => (isScalarType(getNamedType(f.type)) || isEnumType(getNamedType(f.type))) && f.args.every((a) => !isNonNullType(a.type)))
      .map((f) => f.name);
    selection = `{ __typename ${scalars.join(' ')} }`;
  } else if (!isScalarType(type) && !isEnumType(type)) {
    selection = '{ __typename }';
  }
  return `{ ${name}${args.length ? `(${args.join(', ')})` : ''} ${selection} }`.replace(/"(\w+)"(?=[,)])/g, (m, v: string) => (isEnumValue(v) ? v : m));
}

const isEnumValue = (v: string): boolean =>
  Object.values(schema.getTypeMap()).some((t) => isEnumType(t) && t.getValues().some((e) => e.value === v && e.name === v && /^[A-Z_]+$/.test(v)));

describe('read routing', () => {
  const seeded = seededApi();
  const modes: string[] = [];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const reply = await seeded.api.gql<{ meetings: { edges: { node: { id: string; place: { id: string } | null; evidence: { article: { id: string } }[] } }[] } }>(
      '{ meetings(first: 3) { edges { node { id place { id } evidence { article { id } } } } } }',
    );
    const nodes = reply.data!.meetings.edges.map((e) => e.node);
    ids.meeting = nodes[0]!.id;
    ids.place = nodes.find((n) => n.place)!.place!.id;
    ids.article = nodes[0]!.evidence[0]!.article.id;
    ids.person = 'p-ilham-aliyev';
    // Record the access mode of every session the API opens from here on.
    const driver = seeded.store.driver;
    const open = driver.session.bind(driver);
    driver.session = (config?: SessionConfig) => {
      modes.push(config?.defaultAccessMode ?? 'WRITE');
      return open(config);
    };
  });

  it('answers every root query field in READ sessions only', async () => {
    const fields = Object.keys(schema.getQueryType()!.getFields());
    expect(fields.length).toBeGreaterThan(5);
    let answered = 0;
    for (const name of fields) {
      modes.length = 0;
      const query = minimalQuery(name, ids);
      const reply = await seeded.api.gql(query);
      // Arguments made up for a field may be refused as input; never an internal error.
      for (const e of reply.errors ?? []) expect(e.extensions?.code, `${query}: ${e.message}`).not.toBe('INTERNAL_SERVER_ERROR');
      expect(modes.filter((m) => m !== 'READ'), query).toEqual([]);
      // The recorder saw the reads: a field that answered read the graph in some session.
      if (!reply.errors) expect(modes.length, query).toBeGreaterThan(0);
      if (!reply.errors) answered += 1;
    }
    expect(answered).toBeGreaterThan(fields.length / 2);
  });

  it('opens a WRITE session for a mutation, and Neo4j refuses a write in a READ one', async () => {
    modes.length = 0;
    const reply = await seeded.api.gql(
      `mutation { correctMeeting(id: "${ids.meeting}", patch: { settingEvent: "BRICS summit" }, note: "routing") { id } }`,
      {},
      bearer,
    );
    expect(reply.errors).toBeUndefined();
    expect(modes).toContain('WRITE');
    await expect(seeded.store.query('CREATE (n:ReadModeProbe) RETURN n')).rejects.toThrow();
    expect(await seeded.store.query('MATCH (n:ReadModeProbe) RETURN n')).toEqual([]);
  });

  it('reads and writes through a neo4j:// routing URI, as against a cluster or Aura', async () => {
    const conn = inject('neo4j');
    const routed = loadConfig({ NEO4J_URI: conn.uri.replace(/^bolt:/, 'neo4j:'), NEO4J_PASSWORD: conn.password }).external!;
    const store = createStore(routed);
    try {
      await store.write((tx) => tx.run('CREATE (:RoutingProbe {n: 1})'));
      expect(await store.query('MATCH (p:RoutingProbe) RETURN p.n AS n')).toEqual([{ n: 1 }]);
      await store.write((tx) => tx.run('MATCH (p:RoutingProbe) DELETE p'));
    } finally {
      await store.close();
    }
  });
});
