/**
 * The HTTP application, built without I/O so tests can drive it in process;
 * src/cli/serve.ts is the entry that listens. Routes: /health, /graphql (API and GraphiQL), and
 * /export/meetings.{csv,jsonl,graphml}.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { config } from '../config.js';
import type { Store } from '../store/driver.js';
import { createGraphQLServer, GRAPHQL_PATH } from './graphql-server.js';
import { EXPORT_PATH, serveExport } from './export/export-route.js';
import { checkHealth } from './health.js';
import { createStaticFiles, WEB_ROOT } from './static-files.js';
import { apiSettings, type ApiSettings } from './settings.js';

export interface AppOptions {
  store: Store;
  uri: string;
  managed: boolean;
  /** API settings; by default from the environment (src/config.ts). */
  api?: ApiSettings;
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** Bodies above this are refused before they are read: the largest article plus room for the rest. */
const bodyLimit = (settings: ApiSettings): number => settings.maxInputBytes + 1024 * 1024;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body, null, 2);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

export function createApp(opts: AppOptions): RequestHandler {
  const settings = opts.api ?? apiSettings(config());
  const yoga = createGraphQLServer(opts.store, settings);
  const staticFiles = createStaticFiles(WEB_ROOT);
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health' && (req.method === 'GET' || req.method === 'HEAD')) {
      checkHealth(opts.store, opts.uri, opts.managed)
        .then((report) => sendJson(res, report.status === 'ok' ? 200 : 503, report))
        .catch(() => sendJson(res, 500, { status: 'error' }));
      return;
    }
    if (url.pathname === GRAPHQL_PATH) {
      if (Number(req.headers['content-length'] ?? 0) > bodyLimit(settings)) {
        sendJson(res, 413, { errors: [{ message: 'request body too large', extensions: { code: 'INPUT_TOO_LARGE' } }] });
        return;
      }
      Promise.resolve(yoga.requestListener(req, res)).catch(() => {
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Unexpected error.' }] });
      });
      return;
    }
    if (EXPORT_PATH.test(url.pathname)) {
      serveExport(opts.store, settings, req, res, url).catch(() => {
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Unexpected error.' }] });
      });
      return;
    }
    if (req.method === 'GET' || req.method === 'HEAD') return staticFiles(req, res, url.pathname);
    sendJson(res, 404, { error: `no route for ${req.method ?? 'GET'} ${url.pathname}` });
  };
}
