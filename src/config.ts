/**
 * The only module that reads process.env. It validates the environment once and hands
 * a typed, read-only object to whoever needs it.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from './domain/errors.js';

/** Neo4j connections when DKG_NEO4J_POOL is unset: four per core, at least four. */
export const DEFAULT_NEO4J_POOL = Math.max(4, 4 * os.availableParallelism());

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface LocalNeo4jConfig {
  /** Folder holding the data, logs, password and pid of the managed server. */
  home: string;
  /** Folder holding the launcher and Neo4j jars, shared by every managed server. */
  buildDir: string;
  /** JAVA_HOME when set, else java is looked up on PATH. */
  javaHome: string | null;
  port: number;
  /** A JVM size ("512m"), or "auto": sized from the machine at start (src/local-neo4j/memory.ts). */
  heap: string;
  /** A size, or "auto": sized from the machine and the store at start. */
  pageCache: string;
  startTimeoutMs: number;
}

export interface Config {
  /** Set when NEO4J_URI names a server to use; then nothing is started locally. */
  external: Neo4jConnection | null;
  local: LocalNeo4jConfig;
  http: { host: string; port: number };
  apiKey: string | null;
  development: boolean;
  graphiql: boolean;
  introspection: boolean;
  peopleFile: string | null;
  maxInputBytes: number;
  /** DKG_MAX_QUERY_BYTES: the largest request body accepted without the API key. */
  maxQueryBytes: number;
  ingestBatchSize: number;
  /** DKG_EXTRACT_WORKERS: worker threads that extract the API's ingested articles. */
  extractWorkers: number;
  /** DKG_EXTRACT_TIMEOUT, in seconds: past it one article's extraction through the API is refused. */
  extractTimeoutMs: number;
  /**
   * Most connections the driver opens to Neo4j (DKG_NEO4J_POOL). More concurrent queries than
   * Neo4j has cores only share its CPU: requests beyond the pool wait their turn in order.
   */
  neo4jPoolSize: number;
  /** Articles `npm start` loads into an empty graph (samples/ unless DKG_SAMPLE_DIR); null when DKG_SAMPLES=off. */
  sampleDir: string | null;
  /**
   * The real-news gold corpus (DKG_REAL_NEWS_DIR) that `dkg eval` and the extraction gate score:
   * kept outside the repository because its text is real articles, which we must not copy in.
   */
  realNewsDir: string;
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new AppError('CONFIG_INVALID', `must be an integer from ${min} to ${max}, got "${raw}"`, name);
  }
  return n;
}

function size(env: Env, name: string, fallback: string): string {
  const raw = env[name] || fallback;
  if (!/^(\d+[kmg]|auto)$/i.test(raw)) {
    throw new AppError('CONFIG_INVALID', `must be a size such as 512m or 1g, or auto, got "${raw}"`, name);
  }
  return raw.toLowerCase();
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new AppError('CONFIG_INVALID', `must be true or false, got "${raw}"`, name);
}

function connection(env: Env, prefix: string): Neo4jConnection | null {
  const uri = env[`${prefix}URI`];
  if (!uri) return null;
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(uri)) {
    throw new AppError(
      'CONFIG_INVALID',
      `must start with bolt://, bolt+s://, neo4j:// or neo4j+s://, got "${uri}"`,
      `${prefix}URI`,
    );
  }
  const password = env[`${prefix}PASSWORD`];
  if (!password) {
    throw new AppError('CONFIG_INVALID', `is required when ${prefix}URI is set`, `${prefix}PASSWORD`);
  }
  return {
    uri,
    user: env[`${prefix}USER`] || 'neo4j',
    password,
    database: env[`${prefix}DATABASE`] || 'neo4j',
  };
}

export function loadConfig(env: Env = process.env): Config {
  const home = path.resolve(env.DKG_HOME || path.join(PROJECT_ROOT, '.dkg'));
  const startTimeoutMs = int(env, 'DKG_NEO4J_START_TIMEOUT', 120, 5, 3600) * 1000;
  const shared = { buildDir: path.join(home, 'neo4j-build'), javaHome: env.JAVA_HOME || null, startTimeoutMs };
  const development = (env.NODE_ENV ?? 'development') !== 'production';
  return Object.freeze({
    external: connection(env, 'NEO4J_'),
    local: {
      home: path.join(home, 'neo4j'),
      port: int(env, 'DKG_NEO4J_PORT', 7687, 1, 65535),
      heap: size(env, 'DKG_NEO4J_HEAP', 'auto'),
      pageCache: size(env, 'DKG_NEO4J_PAGECACHE', 'auto'),
      ...shared,
    },
    http: { host: env.DKG_HOST || '127.0.0.1', port: int(env, 'PORT', 4000, 0, 65535) },
    apiKey: env.DKG_API_KEY || null,
    development,
    graphiql: bool(env, 'DKG_GRAPHIQL', development),
    introspection: bool(env, 'DKG_INTROSPECTION', development),
    peopleFile: env.DKG_PEOPLE_FILE ? path.resolve(env.DKG_PEOPLE_FILE) : null,
    maxInputBytes: int(env, 'DKG_MAX_INPUT_BYTES', 10 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    maxQueryBytes: int(env, 'DKG_MAX_QUERY_BYTES', 256 * 1024, 1024, 1024 * 1024 * 1024),
    ingestBatchSize: int(env, 'DKG_INGEST_BATCH', 200, 1, 10_000),
    // One core stays with the server and Neo4j.
    extractWorkers: int(env, 'DKG_EXTRACT_WORKERS', Math.max(1, Math.min(4, os.availableParallelism() - 1)), 1, 64),
    extractTimeoutMs: int(env, 'DKG_EXTRACT_TIMEOUT', 60, 1, 86_400) * 1000,
    neo4jPoolSize: int(env, 'DKG_NEO4J_POOL', DEFAULT_NEO4J_POOL, 1, 1000),
    sampleDir: bool(env, 'DKG_SAMPLES', true)
      ? path.resolve(env.DKG_SAMPLE_DIR || path.join(PROJECT_ROOT, 'samples'))
      : null,
    realNewsDir: path.resolve(env.DKG_REAL_NEWS_DIR || path.join(PROJECT_ROOT, '..', 'shared', 'eval', 'real-news')),
  });
}

/** The environment that makes a child `dkg` process use `conn` (the inverse of NEO4J_* above). */
export function connectionEnv(conn: Neo4jConnection): Record<string, string> {
  return { NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password, NEO4J_DATABASE: conn.database };
}

let cached: Config | null = null;

/** The process-wide configuration, read on first use. */
export function config(): Config {
  cached ??= loadConfig();
  return cached;
}
