#!/usr/bin/env node
// Runs the whole suite (unit, integration against the real Neo4j, browser) and ends with
// the plain line "N passed, N failed" computed from vitest's JSON report, which CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const report = path.join(root, 'reports', 'vitest.json');
mkdirSync(path.dirname(report), { recursive: true });
rmSync(report, { force: true });

const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const res = spawnSync(
  process.execPath,
  [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);

if (!existsSync(report)) {
  console.error('vitest wrote no JSON report: the run did not complete.');
  console.log('0 passed, 1 failed');
  process.exit(res.status || 1);
}
const json = JSON.parse(readFileSync(report, 'utf8'));
const passed = json.numPassedTests ?? 0;
// A file that fails to load counts as a failure even though it ran no test.
const failedSuites = (json.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
const failed = (json.numFailedTests ?? 0) + failedSuites;
const skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : (res.status ?? 1));
