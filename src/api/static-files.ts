/**
 * Serves the built web explorer (web/dist) at `/`: known content types only, index.html for
 * client-side routes, no path may leave the folder, and a Content-Security-Policy that
 * forbids inline scripts, so an article that smuggles markup into the page cannot run code.
 */
import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';

/** The built page: web/dist, made by `npm run build:web` (or by `npm start` when stale). */
export const WEB_ROOT = path.join(PROJECT_ROOT, 'web', 'dist');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** d3 sets styles through the CSSOM (element.style), which CSP allows without 'unsafe-inline'. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

async function fileAt(file: string): Promise<Stats | null> {
  try {
    const st = await stat(file);
    return st.isFile() ? st : null;
  } catch {
    return null;
  }
}

/** The file a URL path names inside root, or null when it would leave root or cannot be decoded. */
export function resolveInside(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, `.${path.posix.normalize(`/${decoded}`)}`);
  return file === base || file.startsWith(base + path.sep) ? file : null;
}

export type StaticHandler = (req: IncomingMessage, res: ServerResponse, pathname: string) => void;

export function createStaticFiles(root: string): StaticHandler {
  const index = path.join(root, 'index.html');
  const serve = async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    const file = resolveInside(root, pathname);
    if (!file) return sendText(res, 400, 'bad path');
    let target = file;
    let st = await fileAt(file);
    // Paths without an extension are the page's own routes: answer with index.html.
    if (!st && path.extname(file) === '') {
      target = index;
      st = await fileAt(index);
      if (!st) return sendText(res, 503, 'The web explorer is not built: run `npm run build:web`.');
    }
    if (!st) return sendText(res, 404, 'not found');
    const type = CONTENT_TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream';
    // Vite puts content-hashed files under assets/: they never change, so cache them for good.
    const immutable = target.startsWith(path.join(path.resolve(root), 'assets') + path.sep);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': type,
      'content-length': String(st.size),
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(target)
      .on('error', () => res.destroy())
      .pipe(res);
  };
  return (req, res, pathname) => {
    serve(req, res, pathname).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'internal error');
      else res.destroy();
    });
  };
}
