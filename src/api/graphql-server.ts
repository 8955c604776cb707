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
import { createRecordPool } from '../resolve/record-pool.js';
import type { Store } from '../store/driver.js';
import { checkKey } from './auth.js';
import { todayOf, type ApiContext } from './context.js';
import { rowBudget } from './row-budget.js';
import { GRAPHIQL_TABS } from './graphiql-examples.js';
import { useCompiledExecution } from './plugins/compiled-execution.js';
import { useCsrfPrevention } from './plugins/csrf-prevention.js';
import { maskError } from './plugins/error-masking.js';
import { useListCaps } from './plugins/list-caps.js';
import { usePlainRefusals } from './plugins/plain-refusals.js';
import { useIntrospectionToggle } from './plugins/introspection-toggle.js';
import { useSecurityLimits } from './plugins/security-limits.js';
import { resolvers } from './resolvers/index.js';
import { DEFAULT_EXTRACT_TIMEOUT_MS, type ApiSettings } from './settings.js';

export const GRAPHQL_PATH = '/graphql';

let typeDefs: string | null = null;

/** The SDL contract, read once per process. */
export function schemaSource(): string {
  typeDefs ??= readFileSync(path.join(PROJECT_ROOT, 'schema', 'schema.graphql'), 'utf8');
  return typeDefs;
}

export type GraphQLServer = YogaServerInstance<Record<string, unknown>, ApiContext>;

export function createGraphQLServer(store: Store, settings: ApiSettings): GraphQLServer {
  const schema = makeExecutableSchema({ typeDefs: schemaSource(), resolvers });
  const today = todayOf(settings.clock);
  // Workers start on the first ingested article, not before.
  const records = createRecordPool({
    size: settings.extractWorkers ?? 1,
    timeoutMs: settings.extractTimeoutMs ?? DEFAULT_EXTRACT_TIMEOUT_MS,
    peopleFile: settings.peopleFile,
  });
  return createYoga<Record<string, unknown>, ApiContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    // The API key is checked once per request; only mutations require it (auth.ts).
    context: ({ request }: { request: Request }) => ({
      store,
      settings,
      records,
      today,
      rows: rowBudget(),
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
      usePlainRefusals(),
      useListCaps(),
      useIntrospectionToggle(settings.introspection),
      ...useCompiledExecution(),
    ],
  });
}
