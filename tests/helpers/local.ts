/** Helpers for tests that start their own managed Neo4j beside the suite's. */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testConfig } from './test-config.js';

const made: string[] = [];

/** A fresh directory under the system's temp directory, removed by `removeTempDirs`. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/**
 * Removes what `tempDir` made; tests/setup/temp-dirs.ts calls it after every integration
 * file. A test's Neo4j home holds about 500 MB of store files, and left behind, every run of
 * the suite added a few more. Symbolic links (a home's shared jars) are removed, not followed.
 */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A DKG_HOME of its own that shares the already provisioned jars. */
export function tempHome(): string {
  const home = tempDir('dkg-home-');
  symlinkSync(testConfig().local.buildDir, path.join(home, 'neo4j-build'));
  return home;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
