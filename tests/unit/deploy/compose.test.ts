/**
 * docker-compose.yml, deploy/nginx.conf and the Dockerfile, checked without a Docker engine:
 * parsed, with the keys the deployment depends on, and the environment the services get
 * accepted by the product's own configuration.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig, PROJECT_ROOT } from '../../../src/config.js';

interface Service {
  image?: string;
  build?: string;
  command?: string[];
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string>;
  expose?: string[];
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
}

const compose = parse(readFileSync(path.join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const { neo4j, loader, api, proxy } = compose.services as Record<string, Service>;

/** What Compose makes of `${NAME:-default}` and `${NAME:?message}` given `vars`. */
function interpolate(value: string, vars: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_all, name: string, op?: string, rest?: string) => {
    const set = vars[name];
    if (set) return set;
    if (op === '?') throw new Error(`${name}: ${rest}`);
    return op === '-' ? (rest ?? '') : '';
  });
}

const envOf = (s: Service, vars: Record<string, string>) =>
  Object.fromEntries(Object.entries(s.environment ?? {}).map(([k, v]) => [k, interpolate(String(v), vars)]));

describe('docker-compose.yml', () => {
  it('runs Neo4j 5 with a health check and its data in a named volume', () => {
    expect(neo4j?.image).toMatch(/^neo4j:5\./);
    expect(neo4j?.healthcheck?.test.join(' ')).toContain('cypher-shell');
    const dataVolume = neo4j?.volumes?.find((v) => v.endsWith(':/data'))?.split(':')[0];
    expect(dataVolume && dataVolume in compose.volumes).toBe(true);
  });

  it('builds the app from the Dockerfile and refuses to start without a password', () => {
    for (const s of [loader, api]) expect(s?.build).toBe('.');
    expect(() => envOf(api as Service, {})).toThrow(/NEO4J_PASSWORD/);
  });

  it('gives the API an environment the product accepts: the compose Neo4j, no samples, no host port', () => {
    const cfg = loadConfig(envOf(api as Service, { NEO4J_PASSWORD: 'secret' }));
    expect(cfg.external).toEqual({ uri: 'bolt://neo4j:7687', user: 'neo4j', password: 'secret', database: 'neo4j' });
    expect(cfg.sampleDir).toBeNull();
    // Published host ports would clash between replicas; nginx reaches them on the network.
    expect(api?.ports).toBeUndefined();
    expect(api?.expose).toContain(String(cfg.http.port));
  });

  it('takes a routing URI for a cluster or Aura instead of the compose Neo4j', () => {
    const cfg = loadConfig(envOf(api as Service, { NEO4J_PASSWORD: 's', NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }));
    expect(cfg.external?.uri).toBe('neo4j+s://abc.databases.neo4j.io');
  });

  it('migrates and loads once, before any API replica starts', () => {
    expect(loader?.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(loader?.command?.slice(0, 3)).toEqual(['node', 'bin/dkg.js', 'ingest']);
    expect(api?.depends_on?.loader?.condition).toBe('service_completed_successfully');
  });

  it('puts nginx in front of the API replicas with the config in deploy/', () => {
    const mount = proxy?.volumes?.find((v) => v.includes('nginx'))?.split(':') ?? [];
    expect(mount[1]).toBe('/etc/nginx/conf.d/default.conf');
    const conf = readFileSync(path.join(PROJECT_ROOT, mount[0] ?? ''), 'utf8');
    expect(conf).toMatch(/proxy_pass \$api;/);
    expect(conf).toContain(`set $api http://api:${api?.expose?.[0]};`);
    expect(proxy?.ports?.some((p) => p.endsWith(':80'))).toBe(true);
    expect(conf).toMatch(/listen 80;/);
  });
});

describe('the Dockerfile', () => {
  const text = readFileSync(path.join(PROJECT_ROOT, 'Dockerfile'), 'utf8');
  const runtime = text.slice(text.lastIndexOf('\nFROM '));

  it('builds in one stage and runs with production dependencies only in the next', () => {
    expect(text.slice(0, text.lastIndexOf('\nFROM '))).toMatch(/RUN npm run build/);
    expect(runtime).toMatch(/npm ci --omit=dev/);
    expect(runtime).not.toMatch(/--include=dev|tsx/);
  });

  it('copies every folder the product reads beside dist/', () => {
    for (const dir of ['dist', 'web/dist', 'schema', 'samples', 'bin']) {
      expect(runtime).toMatch(new RegExp(`COPY (--from=build )?/?(app/)?${dir} \\./${dir}\\n`));
      if (!dir.endsWith('dist')) expect(existsSync(path.join(PROJECT_ROOT, dir))).toBe(true);
    }
  });
});
