/**
 * `listInputs(paths)`: the files to read, from files, folders and glob patterns.
 * A path that does not exist is yielded as is, so that readArticles reports it as an error item
 * (INPUT_UNREADABLE "file not found") in the same stream as every other problem, instead of
 * the listing throwing half-way through a batch. A glob that matches nothing is yielded as is
 * for the same reason (the shell does the same).
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { KNOWN_EXTENSIONS } from './formats.js';
import { compare, glob, isGlob, isHidden } from './glob.js';

export async function* listInputs(paths: string[]): AsyncGenerator<string> {
  const seen = new Set<string>();
  for (const input of paths) {
    for await (const file of expand(input)) {
      const key = path.resolve(file);
      if (seen.has(key)) continue;
      seen.add(key);
      yield file;
    }
  }
}

async function* expand(input: string): AsyncGenerator<string> {
  const kind = await kindOf(input);
  if (kind === 'directory') {
    yield* walk(input);
  } else if (kind === 'file' || !isGlob(input)) {
    // Files are taken whatever their extension (readArticles sniffs unknown ones); missing paths
    // and unreadable entries go through for readArticles to report.
    yield input;
  } else {
    const matches = await glob(input);
    if (matches.length === 0) yield input;
    // "data/*" picks articles only; "data/*.md" asked for .md files by name.
    const anyExtension = /\.[^/\\*?]+$/.test(input);
    for (const match of matches) {
      if (match.isDirectory) yield* walk(match.path);
      else if (anyExtension || isKnown(match.path)) yield match.path;
    }
  }
}

/** Files with a known extension below `dir`, depth first, each folder in sorted order. */
async function* walk(dir: string): AsyncGenerator<string> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    yield dir; // readArticles reports why it cannot be read
    return;
  }
  entries.sort((a, b) => compare(a.name, b.name));
  for (const entry of entries) {
    if (isHidden(entry.name)) continue;
    const child = path.join(dir, entry.name);
    const kind = entry.isSymbolicLink() ? await kindOf(child) : entry.isDirectory() ? 'directory' : entry.isFile() ? 'file' : 'other';
    // Symlinked folders are not followed: a link back up the tree would never end.
    if (kind === 'directory' && !entry.isSymbolicLink()) yield* walk(child);
    else if (kind === 'file' && isKnown(child)) yield child;
    // A link that cannot be followed (dangling, or its target unreadable) is reported, not skipped.
    else if (kind === 'missing' && entry.isSymbolicLink() && isKnown(child)) yield child;
  }
}

function isKnown(file: string): boolean {
  return KNOWN_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

async function kindOf(p: string): Promise<'file' | 'directory' | 'other' | 'missing'> {
  try {
    const info = await stat(p);
    return info.isDirectory() ? 'directory' : info.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}
