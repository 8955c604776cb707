/**
 * The GraphQL server: schema-first (schema/schema.graphql) with the resolvers, and the
 * plugins that guard it, one concern each. Built without I/O: no listening, no database
 * access until a request comes, so tests drive it in process or over HTTP alike.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { PROJECT_ROOT } from '../config.js';
import type { Store } from '../store/driver.js';
import { checkKey } from './auth.js';
import { todayOf, type ApiContext } from './context.js';
import { GRAPHIQL_TABS } from './graphiql-examples.js';
import { useCompiledExecution } from './plugins/compiled-execution.js';
import { useCsrfPrevention } from './plugins/csrf-prevention.js';
import { maskError } from './plugins/error-masking.js';
import { useIntrospectionToggle } from './plugins/introspection-toggle.js';
import { useSecurityLimits } from './plugins/security-limits.js';
import { resolvers } from './resolvers/index.js';
import type { ApiSettings } from './settings.js';

export const GRAPHQL_PATH = '/graphql';

let typeDefs: string | null = null;

/** The SDL contract, read once per process. */
export function schemaSource(): string {
  typeDefs ??= readFileSync(path.join(PROJECT_ROOT, 'schema', 'schema.graphql'), 'utf8');
  return typeDefs;
}

export function createGraphQLServer(store: Store, settings: ApiSettings): YogaServerInstance<Record<string, unknown>, ApiContext> {
  const schema = makeExecutableSchema({ typeDefs: schemaSource(), resolvers });
  const today = todayOf(settings.clock);
  return createYoga<Record<string, unknown>, ApiContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    // The API key is checked once per request; only mutations require it (auth.ts).
    context: ({ request }: { request: Request }) => ({
      store,
      settings,
      today,
      key: checkKey(settings.apiKey, request.headers.get('authorization')),
    }),
    maskedErrors: { maskError: (error, message) => maskError(error, message) },
    graphiql: settings.graphiql ? { title: 'dkg: diplomatic meetings', defaultTabs: GRAPHIQL_TABS } : false,
    landingPage: false,
    // Cross-origin pages may not read answers; the UI is served from the same origin.
    cors: false,
    batching: false,
    multipart: false,
    logging: false,
    plugins: [
      useCsrfPrevention(),
      ...useSecurityLimits({ development: settings.development }),
      useIntrospectionToggle(settings.introspection),
      ...useCompiledExecution(),
    ],
  });
}
