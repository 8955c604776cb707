/** Helpers for tests that start their own managed Neo4j beside the suite's. */
import { mkdtempSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { config } from '../../src/config.js';

/** A DKG_HOME of its own that shares the already provisioned jars. */
export function tempHome(): string {
  const home = mkdtempSync(path.join(os.tmpdir(), 'dkg-home-'));
  symlinkSync(config().testLocal.buildDir, path.join(home, 'neo4j-build'));
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
