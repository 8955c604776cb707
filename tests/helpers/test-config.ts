/**
 * Settings of the test suite and the benchmarks, kept out of the product's src/config.ts:
 * the separate Neo4j the tests start (and wipe), or an external one, and the Chromium the
 * browser tests drive. Values are checked by the product's own loadConfig.
 */
import path from 'node:path';
import { loadConfig, PROJECT_ROOT, type LocalNeo4jConfig, type Neo4jConnection } from '../../src/config.js';

type Env = Record<string, string | undefined>;

/**
 * Headless flags for a machine with no GPU and no network: without the background-networking
 * ones Chromium keeps trying to reach Google's hosts at every start.
 */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

export interface TestConfig {
  /** The managed server the suite uses (DKG_TEST_NEO4J_PORT, default 7697), so tests never touch the user's data. */
  local: LocalNeo4jConfig;
  /** An external server for tests (DKG_TEST_NEO4J_URI); its database is wiped by the tests. */
  external: Neo4jConnection | null;
  /** The Chromium that browser tests and benchmarks drive (CHROMIUM_PATH; never a downloaded one). */
  chromium: { path: string; args: readonly string[] };
  /**
   * How hard the fault suite (tests/chaos) pushes (DKG_CHAOS_SCALE): 1, its bounded form, runs
   * in `npm test`; `npm run chaos` sets 10 (more articles, more concurrent writers).
   */
  chaosScale: number;
}

function chaosScale(raw: string | undefined): number {
  const n = raw === undefined || raw === '' ? 1 : Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new Error(`DKG_CHAOS_SCALE must be an integer from 1 to 100, got "${raw}"`);
  return n;
}

export function loadTestConfig(env: Env = process.env): TestConfig {
  const home = path.resolve(env.DKG_HOME || path.join(PROJECT_ROOT, '.dkg'));
  const product = loadConfig({
    ...env,
    DKG_NEO4J_PORT: env.DKG_TEST_NEO4J_PORT || '7697',
    // Test graphs are small and wiped per file; several suites may run side by side.
    DKG_NEO4J_HEAP: env.DKG_NEO4J_HEAP || '512m',
    DKG_NEO4J_PAGECACHE: env.DKG_NEO4J_PAGECACHE || '256m',
    NEO4J_URI: env.DKG_TEST_NEO4J_URI,
    NEO4J_USER: env.DKG_TEST_NEO4J_USER,
    NEO4J_PASSWORD: env.DKG_TEST_NEO4J_PASSWORD,
    NEO4J_DATABASE: env.DKG_TEST_NEO4J_DATABASE,
  });
  return Object.freeze({
    local: { ...product.local, home: path.join(home, 'neo4j-test') },
    external: product.external,
    chromium: { path: env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS },
    chaosScale: chaosScale(env.DKG_CHAOS_SCALE),
  });
}

let cached: TestConfig | null = null;

export function testConfig(): TestConfig {
  cached ??= loadTestConfig();
  return cached;
}

/** The written articles the tests extract and ingest: the product's samples, whose expected extraction is in tests/fixtures/expected. */
export const FIXTURE_ARTICLES = path.join(PROJECT_ROOT, 'samples');
