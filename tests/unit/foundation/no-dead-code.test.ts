/**
 * knip (configured in knip.json) finds files, exports and dependencies nothing uses. Dead
 * code misleads whoever reads it next, so the suite fails on any.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('dead code', () => {
  it('knip finds no unused file, export or dependency', () => {
    const knip = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'knip', 'bin', 'knip.js'), '--no-progress', '--no-config-hints'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(knip.stdout + knip.stderr).toBe('');
    expect(knip.status).toBe(0);
  }, 150_000);
});
