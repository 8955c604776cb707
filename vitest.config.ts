import { defineConfig } from 'vitest/config';

// Two projects keep the suites apart: unit tests need nothing; integration tests share
// one real Neo4j that the global setup starts (or reuses) once per run.
export default defineConfig({
  test: {
    // Integration and browser files share one Neo4j and wipe it per file: run files one at a time.
    fileParallelism: false,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          environment: 'node',
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
        },
      },
    ],
  },
});
