#!/usr/bin/env node
/**
 * dist/: a JavaScript build of src/ that bin/dkg.js runs instead of the TypeScript, so a
 * command starts without tsx's loader (~0.3 s of a one-file `dkg extract`; see
 * docs/decisions/cli-build.md). Each .ts file is transformed on its own with esbuild (as tsx
 * does, with the project's tsconfig), other files (the knowledge data) are copied, and
 * dist/.manifest.json records the content hash of every source it was built from.
 *
 * The build is used only when it matches src/ exactly: every run hashes the sources (~5 ms)
 * and rebuilds the files that changed, so an edit shows on the next run. When it cannot be
 * built (esbuild missing, a read-only checkout, a syntax error) the CLI runs through tsx.
 *   node scripts/cli-build.js    builds or refreshes dist/ and says what it did
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = '.manifest.json';
// The oldest Node the project supports (package.json engines): the output runs on it and later.
const TARGET = 'node20';

/** Sources under src/ (tests and declaration files are not part of the program). */
function sourceFiles(srcDir) {
  return readdirSync(srcDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !/\.(?:test\.ts|d\.ts)$/.test(d.name))
    .map((d) => path.relative(srcDir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

const sha1 = (data) => createHash('sha1').update(data).digest('hex');

/**
 * What a build of `root` must match: the hash of every source, and a recipe that changes
 * when this file or tsconfig.json (which esbuild reads) does.
 */
export function sourceState(root = PROJECT_ROOT) {
  const srcDir = path.join(root, 'src');
  const files = {};
  for (const rel of sourceFiles(srcDir)) files[rel] = sha1(readFileSync(path.join(srcDir, rel)));
  const recipe = sha1(readFileSync(fileURLToPath(import.meta.url)) + readFileSync(path.join(root, 'tsconfig.json')));
  return { recipe, files };
}

function readManifest(outDir) {
  try {
    return JSON.parse(readFileSync(path.join(outDir, MANIFEST), 'utf8'));
  } catch {
    return { recipe: null, files: {} };
  }
}

function matches(state, manifest) {
  const built = Object.keys(manifest.files ?? {});
  return manifest.recipe === state.recipe
    && built.length === Object.keys(state.files).length
    && built.every((rel) => manifest.files[rel] === state.files[rel]);
}

/** Whether dist/ holds a build of exactly the current sources. */
export function isFresh(root = PROJECT_ROOT, state = sourceState(root)) {
  return matches(state, readManifest(path.join(root, 'dist')));
}

const outputName = (rel) => rel.replace(/\.ts$/, '.js');

/** Writes beside the target and renames, so a run reading dist/ meanwhile sees the old file or the new one. */
function writeAtomic(file, data) {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/**
 * Brings dist/ up to date with src/: transforms the sources whose hash changed, copies
 * changed data files, deletes what was built from removed sources, then writes the manifest
 * (last, so a build cut short is never taken for a complete one). A file that fails to build
 * is left out of the manifest, so the build stays stale and is retried on the next run.
 */
export async function buildCli(root = PROJECT_ROOT, state = sourceState(root)) {
  const srcDir = path.join(root, 'src');
  const outDir = path.join(root, 'dist');
  const previous = readManifest(outDir);
  const sameRecipe = previous.recipe === state.recipe;
  const changed = Object.keys(state.files).filter((rel) => !sameRecipe || previous.files?.[rel] !== state.files[rel]);
  const removed = Object.keys(previous.files ?? {}).filter((rel) => !(rel in state.files));

  const { transform } = await import('esbuild');
  const { compilerOptions } = JSON.parse(readFileSync(path.join(root, 'tsconfig.json'), 'utf8'));
  const failed = [];
  await Promise.all(changed.map(async (rel) => {
    const source = path.join(srcDir, rel);
    const dest = path.join(outDir, outputName(rel));
    try {
      if (!rel.endsWith('.ts')) {
        writeAtomic(dest, readFileSync(source));
        return;
      }
      const result = await transform(readFileSync(source, 'utf8'), {
        loader: 'ts',
        format: 'esm',
        target: TARGET,
        tsconfigRaw: { compilerOptions },
        // A source map beside each file: `node --enable-source-maps bin/dkg.js` then reports src/ lines.
        sourcemap: 'external',
        sourcesContent: false,
        sourcefile: path.relative(path.dirname(dest), source).split(path.sep).join('/'),
      });
      writeAtomic(`${dest}.map`, result.map);
      writeAtomic(dest, `${result.code}//# sourceMappingURL=${path.basename(dest)}.map\n`);
    } catch (e) {
      failed.push({ file: `src/${rel}`, message: e instanceof Error ? e.message : String(e) });
    }
  }));
  for (const rel of removed) {
    const dest = path.join(outDir, outputName(rel));
    rmSync(dest, { force: true });
    rmSync(`${dest}.map`, { force: true });
  }
  const files = {};
  const failedRels = new Set(failed.map((f) => f.file.slice('src/'.length)));
  for (const [rel, hash] of Object.entries(state.files)) if (!failedRels.has(rel)) files[rel] = hash;
  writeAtomic(path.join(outDir, MANIFEST), `${JSON.stringify({ recipe: state.recipe, files }, null, 1)}\n`);
  return { built: changed.filter((rel) => !failedRels.has(rel)), removed, failed };
}

/**
 * The module bin/dkg.js should run: dist/cli/main.js when dist/ is (or can be brought) up
 * to date, else src/cli/main.ts, which needs tsx registered. Never throws: any trouble with
 * the build means the TypeScript is run.
 */
export async function cliEntry(root = PROJECT_ROOT) {
  const typescript = { url: pathToFileURL(path.join(root, 'src', 'cli', 'main.ts')).href, typescript: true };
  try {
    const state = sourceState(root);
    if (!isFresh(root, state) && (await buildCli(root, state)).failed.length > 0) return typescript;
    return { url: pathToFileURL(path.join(root, 'dist', 'cli', 'main.js')).href, typescript: false };
  } catch {
    return typescript;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { built, removed, failed } = await buildCli();
  console.log(`dist/: ${built.length} file(s) built, ${removed.length} removed${failed.length ? `, ${failed.length} failed` : ''}`);
  for (const f of failed) console.error(`${f.file}: ${f.message}`);
  process.exitCode = failed.length > 0 ? 1 : 0;
}
