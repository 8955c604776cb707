/**
 * bin/dkg.js runs dist/, the JavaScript build of src/ (scripts/cli-build.js): it must be
 * rebuilt from whatever changed, fall back to the TypeScript when it cannot be built, and
 * give exactly what the sources give.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCli, cliEntry, isFresh } from '../../../scripts/cli-build.js';
import { PROJECT_ROOT } from '../../../src/config.js';
import { extractArticle } from '../../../src/extract/index.js';
import { listInputs, readArticles } from '../../../src/ingest/index.js';
import { loadKnowledge } from '../../../src/resolve/knowledge.js';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A project of two modules and a data file, with the real tsconfig. */
function smallProject(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dkg-cli-build-'));
  roots.push(root);
  mkdirSync(path.join(root, 'src', 'cli'), { recursive: true });
  mkdirSync(path.join(root, 'src', 'data'), { recursive: true });
  writeFileSync(path.join(root, 'tsconfig.json'), readFileSync(path.join(PROJECT_ROOT, 'tsconfig.json')));
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

/** What dist/cli/main.js of `root` exports as `message`, in a fresh process. */
function runBuilt(root: string): string {
  const url = pathToFileURL(path.join(root, 'dist', 'cli', 'main.js')).href;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', `console.log((await import(${JSON.stringify(url)})).message)`], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return run.stdout.trim();
}

describe('the CLI build (dist/)', () => {
  it('is built on first use, with the data files beside the code', async () => {
    const root = smallProject();
    expect(isFresh(root)).toBe(false);
    const entry = await cliEntry(root);
    expect(entry).toEqual({ url: pathToFileURL(path.join(root, 'dist', 'cli', 'main.js')).href, typescript: false });
    expect(isFresh(root)).toBe(true);
    expect(runBuilt(root)).toBe('hello world');
  });

  it('rebuilds only the sources that changed', async () => {
    const root = smallProject();
    await buildCli(root);
    writeFileSync(path.join(root, 'src', 'cli', 'greeting.ts'), "export const greeting = (name: string): string => `goodbye ${name}`;\n");
    expect(isFresh(root)).toBe(false);
    const report = await buildCli(root);
    expect(report).toEqual({ built: ['cli/greeting.ts'], removed: [], failed: [] });
    expect(runBuilt(root)).toBe('goodbye world');
  });

  it('deletes what a removed source had built', async () => {
    const root = smallProject();
    await buildCli(root);
    writeFileSync(path.join(root, 'src', 'cli', 'main.ts'), 'export const message = "alone";\n');
    rmSync(path.join(root, 'src', 'cli', 'greeting.ts'));
    const report = await buildCli(root);
    expect(report.removed).toEqual(['cli/greeting.ts']);
    expect(existsSync(path.join(root, 'dist', 'cli', 'greeting.js'))).toBe(false);
    expect(isFresh(root)).toBe(true);
  });

  it('runs the TypeScript while a source does not compile, and builds again once it does', async () => {
    const root = smallProject();
    await buildCli(root);
    const greeting = path.join(root, 'src', 'cli', 'greeting.ts');
    writeFileSync(greeting, 'export const greeting = (name: string): string => {\n');
    const entry = await cliEntry(root);
    expect(entry).toEqual({ url: pathToFileURL(path.join(root, 'src', 'cli', 'main.ts')).href, typescript: true });
    expect(isFresh(root)).toBe(false);
    writeFileSync(greeting, "export const greeting = (name: string): string => `hi ${name}`;\n");
    expect((await cliEntry(root)).typescript).toBe(false);
    expect(runBuilt(root)).toBe('hi world');
  });

  it('extracts exactly what the TypeScript sources extract', async () => {
    const entry = await cliEntry();
    expect(entry.typescript).toBe(false);
    const fixtures = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'articles');
    const run = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'dkg.js'), 'extract', '--json', fixtures], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.status).toBe(0);

    const kb = loadKnowledge();
    let expected = '';
    for await (const file of listInputs([fixtures])) {
      for await (const item of readArticles(file)) {
        if (item.ok) expected += `${JSON.stringify(extractArticle(item.article, kb))}\n`;
      }
    }
    expect(expected.length).toBeGreaterThan(0);
    expect(run.stdout).toBe(expected);
  }, 60_000);
});
