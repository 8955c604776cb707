/**
 * Starts (or reuses) the test suite's own Neo4j once per run and hands its connection to
 * the test files through `inject('neo4j')`. It is a separate server from the one
 * `npm start` uses (.dkg/neo4j-test, port 7697), because test files wipe its data.
 */
import type { TestProject } from 'vitest/node';
import type { Neo4jConnection } from '../../src/config.js';
import { testConfig } from '../helpers/test-config.js';
import { startLocal, type RunningServer } from '../../src/local-neo4j/server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

interface Shared {
  users: number;
  server: Promise<RunningServer | null>;
}

// Every project with this setup runs it in the same process: share one server among them.
const g = globalThis as typeof globalThis & { __dkgTestNeo4j?: Shared };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cfg = testConfig();
  if (!g.__dkgTestNeo4j) {
    const log = (line: string): void => {
      process.stderr.write(`[neo4j] ${line}\n`);
    };
    g.__dkgTestNeo4j = {
      users: 0,
      server: cfg.external ? Promise.resolve(null) : startLocal(cfg.local, { detached: false, log }),
    };
  }
  const shared = g.__dkgTestNeo4j;
  shared.users += 1;
  const server = await shared.server;
  project.provide('neo4j', server ? server.connection : (cfg.external as Neo4jConnection));
  return async () => {
    shared.users -= 1;
    if (shared.users === 0) {
      delete g.__dkgTestNeo4j;
      await server?.stop();
    }
  };
}
