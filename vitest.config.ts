import { defineConfig } from 'vitest/config';

// Four projects keep the suites apart: unit files need nothing and run in parallel;
// integration, browser and fault (chaos) files share one real Neo4j (started once per run by the global
// setup) and wipe it per file, so they run one file at a time, each group after the one
// before it (sequence.groupOrder), never beside each other.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.int.test.ts'],
          globalSetup: ['tests/setup/neo4j-global.ts'],
          setupFiles: ['tests/setup/temp-dirs.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/setup/neo4j-global.ts', 'tests/setup/web-build-global.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
      {
        // Faults and abuse (kill -9, concurrent writers, hostile input), after everything else:
        // its files start processes that share the test Neo4j, one file at a time.
        test: {
          name: 'chaos',
          include: ['tests/chaos/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4j-global.ts'],
          setupFiles: ['tests/setup/temp-dirs.ts'],
          testTimeout: 300_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          sequence: { groupOrder: 3 },
        },
      },
    ],
  },
});
