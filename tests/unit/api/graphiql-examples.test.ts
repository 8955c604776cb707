/** The example operations GraphiQL opens with are valid against the schema, so none shows an error. */
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GRAPHIQL_TABS } from '../../../src/api/graphiql-examples.js';
import { schemaSource } from '../../../src/api/graphql-server.js';

describe('GraphiQL examples', () => {
  const schema = buildSchema(schemaSource());
  it.each(GRAPHIQL_TABS.map((t) => [t.query.split('\n')[0], t.query]))('%s', (_, query) => {
    expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });
});
