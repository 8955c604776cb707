/**
 * The product runs dist/, compiled by scripts/build.js (tsc -p tsconfig.build.json): it must
 * run with the development dependencies gone (tsx, vite, typescript) and give exactly what the
 * TypeScript sources give; bin/dkg.js must run it only while it matches src/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildDist, cliEntry, isFresh } from '../../scripts/build.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { extractArticle } from '../../src/extract/index.js';
import { listInputs, readArticles } from '../../src/ingest/index.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';
import { FIXTURE_ARTICLES } from '../helpers/test-config.js';

const DENY_DEV = pathToFileURL(path.join(PROJECT_ROOT, 'tests', 'helpers', 'deny-dev-dependencies.js')).href;
const MAIN = path.join(PROJECT_ROOT, 'dist', 'cli', 'main.js');

/** node with every devDependency unresolvable from our code, as in the production image. */
function runWithoutDevDependencies(args: string[]) {
  return spawnSync(process.execPath, ['--import', DENY_DEV, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe('the compiled product (dist/)', () => {
  beforeAll(() => {
    if (isFresh()) return;
    const build = buildDist();
    expect(build.ok, build.diagnostics).toBe(true);
  }, 600_000);

  it('is what bin/dkg.js runs once built', () => {
    expect(cliEntry()).toEqual({ url: pathToFileURL(MAIN).href, typescript: false });
  });

  it('cannot load a development dependency under the production check', () => {
    const run = runWithoutDevDependencies(['--input-type=module', '-e', "await import('tsx/esm/api')"]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('tsx is a development dependency');
  });

  it('prints its help without development dependencies', () => {
    const run = runWithoutDevDependencies([MAIN, '--help']);
    expect(run.status, run.stderr).toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain('Usage: dkg <command>');
  });

  it('extracts exactly what the TypeScript sources extract, without development dependencies', async () => {
    const run = runWithoutDevDependencies([MAIN, 'extract', '--json', FIXTURE_ARTICLES]);
    expect(run.status, run.stderr).toBe(0);
    const kb = loadKnowledge();
    let expected = '';
    for await (const file of listInputs([FIXTURE_ARTICLES])) {
      for await (const item of readArticles(file)) {
        if (item.ok) expected += `${JSON.stringify(extractArticle(item.article, kb))}\n`;
      }
    }
    expect(expected.length).toBeGreaterThan(0);
    expect(run.stdout).toBe(expected);
  });
});

describe('scripts/build.js on a small project', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
  });

  /** Two modules and a data file, with the project's tsconfigs; inside the checkout so tsc finds its types. */
  function smallProject(): string {
    mkdirSync(path.join(PROJECT_ROOT, '.scratch'), { recursive: true });
    const root = mkdtempSync(path.join(PROJECT_ROOT, '.scratch', 'build-'));
    roots.push(root);
    mkdirSync(path.join(root, 'src', 'cli'), { recursive: true });
    mkdirSync(path.join(root, 'src', 'data'), { recursive: true });
    for (const f of ['tsconfig.json', 'tsconfig.build.json', 'package.json']) writeFileSync(path.join(root, f), readFileSync(path.join(PROJECT_ROOT, f)));
    writeFileSync(path.join(root, 'src', 'cli', 'main.ts'), [
      "import { readFileSync } from 'node:fs';",
      "import { greeting } from './greeting.js';",
      "const data = JSON.parse(readFileSync(new URL('../data/names.json', import.meta.url), 'utf8')) as { name: string };",
      'export const message: string = greeting(data.name);',
    ].join('\n'));
    writeFileSync(path.join(root, 'src', 'cli', 'greeting.ts'), "export const greeting = (name: string): string => `hello ${name}`;\n");
    writeFileSync(path.join(root, 'src', 'data', 'names.json'), '{"name":"world"}\n');
    return root;
  }

  function runBuilt(root: string): string {
    const url = pathToFileURL(path.join(root, 'dist', 'cli', 'main.js')).href;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', `console.log((await import(${JSON.stringify(url)})).message)`], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    return run.stdout.trim();
  }

  it('compiles with the data files beside the code; the TypeScript runs until then and after an edit', () => {
    const root = smallProject();
    expect(cliEntry(root).typescript).toBe(true);
    expect(buildDist(root)).toEqual({ ok: true, diagnostics: '' });
    expect(cliEntry(root).typescript).toBe(false);
    expect(runBuilt(root)).toBe('hello world');

    writeFileSync(path.join(root, 'src', 'cli', 'main.ts'), 'export const message = "alone";\n');
    rmSync(path.join(root, 'src', 'cli', 'greeting.ts'));
    expect(isFresh(root)).toBe(false);
    expect(cliEntry(root).typescript).toBe(true);
    expect(buildDist(root).ok).toBe(true);
    expect(runBuilt(root)).toBe('alone');
    expect(existsSync(path.join(root, 'dist', 'cli', 'greeting.js'))).toBe(false);
  }, 300_000);

  it('fails on a type error and is not taken for current', () => {
    const root = smallProject();
    writeFileSync(path.join(root, 'src', 'cli', 'greeting.ts'), 'export const greeting = (name: string): number => name;\n');
    const build = buildDist(root);
    expect(build.ok).toBe(false);
    expect(build.diagnostics).toContain('greeting.ts');
    expect(isFresh(root)).toBe(false);
    expect(cliEntry(root).typescript).toBe(true);
  }, 300_000);

  it('runs dist/ as it is where there is no src/ (an installed package, the Docker image)', () => {
    const root = smallProject();
    rmSync(path.join(root, 'src'), { recursive: true });
    expect(cliEntry(root)).toEqual({ url: pathToFileURL(path.join(root, 'dist', 'cli', 'main.js')).href, typescript: false });
  });
});
