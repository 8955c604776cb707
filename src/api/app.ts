/**
 * The HTTP application, built without I/O so tests can drive it in process;
 * src/cli/serve.ts is the entry that listens.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Store } from '../store/driver.js';
import { checkHealth } from './health.js';

export interface AppOptions {
  store: Store;
  uri: string;
  managed: boolean;
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body, null, 2);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

export function createApp(opts: AppOptions): RequestHandler {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health' && (req.method === 'GET' || req.method === 'HEAD')) {
      checkHealth(opts.store, opts.uri, opts.managed)
        .then((report) => sendJson(res, report.status === 'ok' ? 200 : 503, report))
        .catch(() => sendJson(res, 500, { status: 'error' }));
      return;
    }
    sendJson(res, 404, { error: `no route for ${req.method ?? 'GET'} ${url.pathname}` });
  };
}
