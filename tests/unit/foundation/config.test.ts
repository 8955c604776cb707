import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../../src/config.js';
import { loadTestConfig } from '../../helpers/test-config.js';
import { parseJavaMajor } from '../../../src/local-neo4j/java.js';
import { parseStatements } from '../../../src/store/migrations.js';

describe('configuration', () => {
  it('manages a local Neo4j when NEO4J_URI is unset', () => {
    const cfg = loadConfig({});
    expect(cfg.external).toBeNull();
    expect(cfg.local.port).toBe(7687);
    expect(loadTestConfig({}).local.port).not.toBe(cfg.local.port);
    expect(cfg.http).toEqual({ host: '127.0.0.1', port: 4000 });
  });

  it('uses the named server, routing URIs included', () => {
    const cfg = loadConfig({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'g' });
    expect(cfg.external).toEqual({ uri: 'neo4j+s://x.databases.neo4j.io', user: 'neo4j', password: 'p', database: 'g' });
    expect(loadConfig({ NEO4J_URI: 'neo4j://core1:7687', NEO4J_PASSWORD: 'p' }).external?.uri).toBe('neo4j://core1:7687');
  });

  it('names the variable and the problem when a value is wrong', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'p' })).toThrow(/NEO4J_URI: must start/);
    expect(() => loadConfig({ NEO4J_URI: 'bolt://localhost' })).toThrow(/NEO4J_PASSWORD: is required/);
    expect(() => loadConfig({ DKG_NEO4J_PORT: 'abc' })).toThrow(/DKG_NEO4J_PORT: must be an integer/);
    expect(() => loadConfig({ DKG_NEO4J_HEAP: 'lots' })).toThrow(/DKG_NEO4J_HEAP: must be a size/);
    expect(() => loadConfig({ DKG_NEO4J_POOL: '0' })).toThrow(/DKG_NEO4J_POOL/);
  });

  it('reads the real-news corpus beside the checkout unless DKG_REAL_NEWS_DIR names another', () => {
    expect(loadConfig({}).realNewsDir).toBe(path.resolve(PROJECT_ROOT, '..', 'shared', 'eval', 'real-news'));
    expect(loadConfig({ DKG_REAL_NEWS_DIR: '/data/gold' }).realNewsDir).toBe('/data/gold');
  });

  it('loads the sample articles from samples/ unless told otherwise', () => {
    expect(loadConfig({}).sampleDir).toBe(path.join(PROJECT_ROOT, 'samples'));
    expect(loadConfig({ DKG_SAMPLE_DIR: '/data/mine' }).sampleDir).toBe('/data/mine');
    expect(loadConfig({ DKG_SAMPLES: 'off' }).sampleDir).toBeNull();
  });

  it('keeps the test server and browser apart from the product settings', () => {
    const test = loadTestConfig({ DKG_TEST_NEO4J_PORT: '7717', DKG_HOME: '/x/home', NEO4J_URI: 'bolt://prod:7687', NEO4J_PASSWORD: 'p' });
    expect(test.local).toMatchObject({ port: 7717, home: '/x/home/neo4j-test' });
    expect(test.external).toBeNull();
    expect(loadTestConfig({ DKG_TEST_NEO4J_URI: 'bolt://t:7687', DKG_TEST_NEO4J_PASSWORD: 'q' }).external?.uri).toBe('bolt://t:7687');
    expect(Object.keys(loadConfig({}))).not.toContain('chromium');
  });

  it('sizes the Neo4j connection pool by the cores unless told', () => {
    expect(loadConfig({}).neo4jPoolSize).toBe(Math.max(4, 4 * os.availableParallelism()));
    expect(loadConfig({ DKG_NEO4J_POOL: '3' }).neo4jPoolSize).toBe(3);
  });
});

describe('Java version check', () => {
  it('reads modern and legacy version strings', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('garbage')).toBeNull();
  });
});

describe('migration file parsing', () => {
  it('splits statements at line-ending semicolons and drops comments', () => {
    const text = '// comment; here\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\nCREATE INDEX b\n  FOR (n:B) ON (n.y);\n';
    expect(parseStatements(text)).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      'CREATE INDEX b\n  FOR (n:B) ON (n.y)',
    ]);
  });
});
