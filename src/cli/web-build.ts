/**
 * Builds the web bundle (web/ -> web/dist) with Vite's JS API when it is missing or older
 * than its sources, so `npm start` and the browser tests always serve the current page.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';

export const WEB_DIR = path.join(PROJECT_ROOT, 'web');
export const WEB_DIST = path.join(WEB_DIR, 'dist');

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const st = statSync(target);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** True when web/dist/index.html is missing or older than any file the bundle is built from. */
export function webBuildIsStale(webDir = WEB_DIR): boolean {
  const built = path.join(webDir, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const sources = ['src', 'index.html', 'bench.html', 'vite.config.ts'].map((f) => newestMtime(path.join(webDir, f)));
  return Math.max(...sources) > statSync(built).mtimeMs;
}

export interface WebBuildOptions {
  force?: boolean;
  log?: (line: string) => void;
}

/** Builds when stale (or forced); returns whether it built. */
export async function ensureWebBuild(opts: WebBuildOptions = {}): Promise<boolean> {
  if (!opts.force && !webBuildIsStale()) return false;
  opts.log?.('Building the web explorer (web/ -> web/dist)...');
  // Imported lazily: serving an up-to-date bundle needs no Vite.
  const { build } = await import('vite');
  await build({ configFile: path.join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}
