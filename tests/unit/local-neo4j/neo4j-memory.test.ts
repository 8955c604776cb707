import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderBytes, neo4jMemory } from '../../../src/local-neo4j/memory.js';
import { loadConfig } from '../../../src/config.js';
import { loadTestConfig } from '../../helpers/test-config.js';

const GIB = 1024 ** 3;
const auto = { heap: 'auto', pageCache: 'auto' };

describe('the managed Neo4j memory', () => {
  it('gives a small machine the floor and a large one more, within its limits', () => {
    expect(neo4jMemory(auto, 2 * GIB, 0)).toEqual({ heap: '512m', pageCache: '256m' });
    expect(neo4jMemory(auto, 24 * GIB, 0)).toEqual({ heap: '2048m', pageCache: '3072m' });
    expect(neo4jMemory(auto, 64 * GIB, 0).heap).toBe('2048m');
  });

  it('grows the page cache with the store, up to a quarter of the memory', () => {
    expect(neo4jMemory(auto, 24 * GIB, 2 * GIB).pageCache).toBe('4096m');
    expect(neo4jMemory(auto, 24 * GIB, 20 * GIB).pageCache).toBe('6144m');
  });

  it('keeps sizes the configuration fixes', () => {
    expect(neo4jMemory({ heap: '1g', pageCache: '300m' }, 24 * GIB, 20 * GIB)).toEqual({ heap: '1g', pageCache: '300m' });
  });

  it('sizes the user server automatically and keeps the test server small unless told', () => {
    expect(loadConfig({}).local).toMatchObject({ heap: 'auto', pageCache: 'auto' });
    expect(loadTestConfig({}).local).toMatchObject({ heap: '512m', pageCache: '256m' });
    expect(loadConfig({ DKG_NEO4J_HEAP: '1G' }).local.heap).toBe('1g');
    expect(() => loadConfig({ DKG_NEO4J_PAGECACHE: 'lots' })).toThrow(/DKG_NEO4J_PAGECACHE: must be a size such as 512m or 1g, or auto/);
  });

  it('measures a folder tree, and an absent folder as empty', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dkg-mem-'));
    mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(path.join(dir, 'x'), 'x'.repeat(1000));
    writeFileSync(path.join(dir, 'a', 'b', 'y'), 'y'.repeat(24));
    expect(folderBytes(dir)).toBe(1024);
    expect(folderBytes(path.join(dir, 'missing'))).toBe(0);
  });
});
