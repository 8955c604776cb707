/** What the API needs from the configuration; tests pass their own. */
import type { Config } from '../config.js';

/** Without the API key only queries run: a long query with 500 ids fits in far less than this. */
export const DEFAULT_MAX_QUERY_BYTES = 256 * 1024;

/** A 10 MiB article, the largest accepted, extracts in well under a minute (docs/reliability.md). */
export const DEFAULT_EXTRACT_TIMEOUT_MS = 60_000;

export interface ApiSettings {
  /** DKG_API_KEY: mutations are refused while it is unset. */
  apiKey: string | null;
  /** DKG_GRAPHIQL: serve GraphiQL at GET /graphql. */
  graphiql: boolean;
  /** DKG_INTROSPECTION: answer introspection queries. */
  introspection: boolean;
  /** NODE_ENV is not production: field suggestions in errors stay on. */
  development: boolean;
  /** DKG_MAX_INPUT_BYTES: the largest article text ingestArticles accepts. */
  maxInputBytes: number;
  /** DKG_MAX_QUERY_BYTES: the largest request body accepted without the API key. */
  maxQueryBytes?: number;
  /** DKG_PEOPLE_FILE: ingestArticles reads with the same knowledge base as `dkg ingest`. */
  peopleFile: string | null;
  /** DKG_EXTRACT_WORKERS: worker threads extracting ingestArticles' articles. */
  extractWorkers?: number;
  /** DKG_EXTRACT_TIMEOUT (seconds): the longest one article's extraction may take through the API. */
  extractTimeoutMs?: number;
  /** DKG_INGEST_BATCH: articles per write transaction. */
  ingestBatchSize: number;
  /**
   * The API's notion of now, for "the next planned meeting" and "days since the last visit":
   * the machine's clock unless a test fixes it. Extraction never reads a clock.
   */
  clock?: () => Date;
}

export function apiSettings(cfg: Config): ApiSettings {
  return {
    apiKey: cfg.apiKey,
    graphiql: cfg.graphiql,
    introspection: cfg.introspection,
    development: cfg.development,
    maxInputBytes: cfg.maxInputBytes,
    maxQueryBytes: cfg.maxQueryBytes,
    peopleFile: cfg.peopleFile,
    ingestBatchSize: cfg.ingestBatchSize,
    extractWorkers: cfg.extractWorkers,
    extractTimeoutMs: cfg.extractTimeoutMs,
  };
}
