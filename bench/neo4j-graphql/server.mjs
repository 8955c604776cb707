// The @neo4j/graphql server the benchmark compares dkg's API with: the type definitions
// beside this file, served by graphql-yoga over the same database. Plain JavaScript with
// its own package.json so the app's dependency tree never carries the library.
//   node bench/neo4j-graphql/server.mjs PORT   (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, DKG_NEO4J_POOL)
import { readFileSync } from 'node:fs';
import http from 'node:http';
import console from 'node:console';
import process from 'node:process';
import { URL } from 'node:url';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';

const port = Number(process.argv[2] ?? 4101);
const { NEO4J_URI: uri, NEO4J_USER: user = 'neo4j', NEO4J_PASSWORD: password } = process.env;
if (!uri || !password) {
  console.error('neo4j-graphql server: NEO4J_URI and NEO4J_PASSWORD are required');
  process.exit(2);
}
const typeDefs = readFileSync(new URL('./type-defs.graphql', import.meta.url), 'utf8');
// The pool dkg's server opens (DKG_NEO4J_POOL, passed by bench/benchmarks/graphql.ts).
const pool = Number(process.env.DKG_NEO4J_POOL);
if (!(pool >= 1)) {
  console.error('neo4j-graphql server: DKG_NEO4J_POOL (the pool size dkg uses) is required');
  process.exit(2);
}
const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { maxConnectionPoolSize: pool });
// String range filters are opt-in; the meetings question filters dates (ISO strings) by range.
const features = { filters: { String: { GTE: true, LTE: true } } };
const schema = await new Neo4jGraphQL({ typeDefs, driver, features }).getSchema();
if (process.argv.includes('--print-schema')) {
  const { printSchema } = await import('graphql');
  console.log(printSchema(schema));
  await driver.close();
  process.exit(0);
}
const yoga = createYoga({ schema, graphiql: false, logging: false, maskedErrors: true });
const server = http.createServer(yoga);
server.listen(port, '127.0.0.1', () => console.log(`neo4j-graphql listening on http://127.0.0.1:${port}/graphql`));
const stop = () => server.close(() => driver.close().then(() => process.exit(0)));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
