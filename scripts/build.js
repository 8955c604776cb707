#!/usr/bin/env node
/**
 * dist/: the JavaScript the product runs (`npm start`, bin/dkg.js, the Docker image), compiled
 * from src/ by tsc with tsconfig.build.json (type errors fail the build), with src/'s other
 * files (the knowledge data) copied beside it. dist/.manifest.json records the hash of every
 * source it was built from, so whether dist/ is current costs one hash of src/ (~5 ms).
 *   node scripts/build.js          builds dist/ when it does not match src/ (npm run build)
 * See docs/decisions/cli-build.md.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = '.manifest.json';

/** Sources under src/ (tests and declaration files are not part of the program). */
function sourceFiles(srcDir) {
  return readdirSync(srcDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !/\.(?:test\.ts|d\.ts)$/.test(d.name))
    .map((d) => path.relative(srcDir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

const sha1 = (data) => createHash('sha1').update(data).digest('hex');

/** What a build of `root` must match: the hash of every source, and of the recipe (this file and the tsconfigs). */
export function sourceState(root = PROJECT_ROOT) {
  const srcDir = path.join(root, 'src');
  const files = {};
  for (const rel of sourceFiles(srcDir)) files[rel] = sha1(readFileSync(path.join(srcDir, rel)));
  const recipeFiles = [fileURLToPath(import.meta.url), path.join(root, 'tsconfig.json'), path.join(root, 'tsconfig.build.json')];
  return { recipe: sha1(recipeFiles.map((f) => readFileSync(f, 'utf8')).join('\n')), files };
}

function readManifest(outDir) {
  try {
    return JSON.parse(readFileSync(path.join(outDir, MANIFEST), 'utf8'));
  } catch {
    return { recipe: null, files: {} };
  }
}

/** Whether dist/ holds a build of exactly the current sources. */
export function isFresh(root = PROJECT_ROOT, state = sourceState(root)) {
  const manifest = readManifest(path.join(root, 'dist'));
  const built = Object.keys(manifest.files ?? {});
  return manifest.recipe === state.recipe
    && built.length === Object.keys(state.files).length
    && built.every((rel) => manifest.files[rel] === state.files[rel]);
}

const outputs = (rel) => (rel.endsWith('.ts') ? [rel.replace(/\.ts$/, '.js'), rel.replace(/\.ts$/, '.js.map')] : [rel]);

/**
 * Compiles src/ into dist/ with tsc (incremental: unchanged files are not compiled again),
 * copies the data files, deletes what removed sources had built, then writes the manifest,
 * last and only when tsc succeeded, so a failed or interrupted build is never taken for a
 * current one. Returns tsc's diagnostics when it fails.
 */
export function buildDist(root = PROJECT_ROOT, state = sourceState(root)) {
  const outDir = path.join(root, 'dist');
  const previous = readManifest(outDir);
  rmSync(path.join(outDir, MANIFEST), { force: true });
  // tsc's incremental state assumes its earlier output is still there: start afresh unless
  // dist/ was built by this recipe.
  if (previous.recipe !== state.recipe) rmSync(path.join(outDir, '.tsbuildinfo'), { force: true });
  for (const rel of Object.keys(previous.files ?? {}).filter((r) => !(r in state.files))) {
    for (const out of outputs(rel)) rmSync(path.join(outDir, out), { force: true });
  }
  const tsc = createRequire(path.join(root, 'package.json')).resolve('typescript/bin/tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) return { ok: false, diagnostics: `${run.stdout}${run.stderr}`.trim() || `tsc exited with ${run.status}` };
  for (const rel of Object.keys(state.files).filter((r) => !r.endsWith('.ts'))) {
    mkdirSync(path.dirname(path.join(outDir, rel)), { recursive: true });
    copyFileSync(path.join(root, 'src', rel), path.join(outDir, rel));
  }
  writeFileSync(path.join(outDir, MANIFEST), `${JSON.stringify(state, null, 1)}\n`);
  return { ok: true, diagnostics: '' };
}

/**
 * The module bin/dkg.js runs. dist/cli/main.js when it is current, or when there is no src/
 * to compare with (an installed package or the Docker image hold only dist/); otherwise, in a
 * checkout whose dist/ is missing or older than src/, src/cli/main.ts, which needs tsx (a
 * development dependency) registered. `npm run build` or `npm start` makes dist/ current.
 */
export function cliEntry(root = PROJECT_ROOT) {
  const dist = { url: pathToFileURL(path.join(root, 'dist', 'cli', 'main.js')).href, typescript: false };
  if (!existsSync(path.join(root, 'src'))) return dist;
  return isFresh(root) ? dist : { url: pathToFileURL(path.join(root, 'src', 'cli', 'main.ts')).href, typescript: true };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const state = sourceState();
  if (isFresh(PROJECT_ROOT, state)) {
    console.log('dist/ is up to date');
  } else {
    console.log('Compiling src/ -> dist/ (tsc -p tsconfig.build.json)...');
    const { ok, diagnostics } = buildDist(PROJECT_ROOT, state);
    if (!ok) console.error(diagnostics);
    process.exitCode = ok ? 0 : 1;
  }
}
