/**
 * A small glob for input paths: `*` and `?` within one path segment, `**` for any number of
 * segments. Our own rather than fs.glob, which Node 20 lacks and Node 22 marks experimental, so
 * results (order, hidden files) are the same on every supported Node.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export function isGlob(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/** Regex for one path segment. */
export function segmentRegExp(segment: string): RegExp {
  let source = '';
  for (const ch of segment) {
    source += ch === '*' ? '[^/]*' : ch === '?' ? '[^/]' : ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

export interface GlobMatch {
  path: string;
  isDirectory: boolean;
}

/**
 * Every file and folder matching `pattern`, sorted. Hidden entries and node_modules are skipped
 * unless the pattern segment names them (".cache/*" or "node_modules/x/*").
 */
export async function glob(pattern: string): Promise<GlobMatch[]> {
  const parts = pattern.split(process.platform === 'win32' ? /[\\/]+/ : /\/+/);
  const firstGlob = parts.findIndex(isGlob);
  const baseParts = parts.slice(0, firstGlob);
  // "/a/*" splits into ["", "a", "*"]: the empty first part is the root.
  const base = baseParts.length === 0 ? '' : baseParts.join('/') || '/';
  const matches = new Map<string, GlobMatch>();
  await matchSegments(base, parts.slice(firstGlob), matches);
  return [...matches.values()].sort((a, b) => compare(a.path, b.path));
}

async function matchSegments(dir: string, segments: string[], out: Map<string, GlobMatch>): Promise<void> {
  const [segment, ...rest] = segments;
  if (segment === undefined) return;
  const entries = await listDir(dir);

  if (segment === '**') {
    // "**" at the end means every file below; elsewhere it also matches zero segments.
    if (rest.length === 0) return matchSegments(dir, ['**', '*'], out);
    await matchSegments(dir, rest, out);
    for (const entry of entries) {
      // Symlinked folders are not descended by "**": a link back up the tree would never end.
      if (isHidden(entry.name) || !entry.isDirectory()) continue;
      await matchSegments(join(dir, entry.name), segments, out);
    }
    return;
  }

  const re = segmentRegExp(segment);
  for (const entry of entries) {
    if (!re.test(entry.name) || (isHidden(entry.name) && !isHidden(segment))) continue;
    const child = join(dir, entry.name);
    const directory = await isDirectory(entry, child);
    if (rest.length === 0) out.set(child, { path: child, isDirectory: directory });
    else if (directory) await matchSegments(child, rest, out);
  }
}

export function isHidden(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

async function listDir(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir || '.', { withFileTypes: true });
  } catch {
    // An unreadable or vanished folder simply matches nothing.
    return [];
  }
}

/** Symlinks count as what they point to; a broken one as neither. */
async function isDirectory(entry: Dirent, fullPath: string): Promise<boolean> {
  if (!entry.isSymbolicLink()) return entry.isDirectory();
  try {
    return (await stat(fullPath)).isDirectory();
  } catch {
    return false;
  }
}

function join(dir: string, name: string): string {
  return dir === '' ? name : path.join(dir, name);
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
