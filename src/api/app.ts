/**
 * The HTTP application, built without I/O so tests can drive it in process;
 * src/cli/serve.ts is the entry that listens. Routes: /health, /graphql (API and GraphiQL), and
 * /export/meetings.{csv,jsonl,graphml}.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { config } from '../config.js';
import type { Store } from '../store/driver.js';
import { checkKey } from './auth.js';
import { createGraphQLServer, GRAPHQL_PATH, type GraphQLServer } from './graphql-server.js';
import { checkHealth, isLocalRequest, publicHealth } from './health.js';
import { readBody } from './request-body.js';
import { EXPORT_PATH, serveExport } from './export/export-route.js';
import { createStaticFiles, WEB_ROOT } from './static-files.js';
import { apiSettings, DEFAULT_MAX_QUERY_BYTES, type ApiSettings } from './settings.js';

export interface AppOptions {
  store: Store;
  uri: string;
  managed: boolean;
  /** API settings; by default from the environment (src/config.ts). */
  api?: ApiSettings;
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * With the API key a body may carry the largest article plus room for the rest; without it
 * only queries can run, which need far less (DKG_MAX_QUERY_BYTES).
 */
function bodyLimit(settings: ApiSettings, keyed: boolean): number {
  return keyed ? settings.maxInputBytes + 1024 * 1024 : (settings.maxQueryBytes ?? DEFAULT_MAX_QUERY_BYTES);
}

function tooLarge(res: ServerResponse, limit: number, keyed: boolean): void {
  // The rest of the body is never read: the connection closes after this answer.
  res.setHeader('connection', 'close');
  const setting = keyed ? 'DKG_MAX_INPUT_BYTES plus 1 MiB' : 'DKG_MAX_QUERY_BYTES without the API key';
  sendJson(res, 413, {
    errors: [{ message: `request body over ${limit} bytes (${setting})`, extensions: { code: 'INPUT_TOO_LARGE' } }],
  });
}

/** Hands a body read within the limit to the GraphQL server and writes its answer. */
async function answerGraphQL(yoga: GraphQLServer, req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): Promise<void> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = req.method ?? 'GET';
  const withBody = method !== 'GET' && method !== 'HEAD';
  const response = await yoga.fetch(url, { method, headers, body: withBody ? body : undefined });
  const out = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(method === 'HEAD' ? undefined : out);
}

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
      const detailed = isLocalRequest(req) || checkKey(settings.apiKey, req.headers.authorization ?? null).fingerprint !== null;
      checkHealth(opts.store, opts.uri, opts.managed)
        .then((report) => sendJson(res, report.status === 'ok' ? 200 : 503, detailed ? report : publicHealth(report)))
        .catch(() => sendJson(res, 500, { status: 'error' }));
      return;
    }
    if (url.pathname === GRAPHQL_PATH) {
      const keyed = checkKey(settings.apiKey, req.headers.authorization ?? null).fingerprint !== null;
      const limit = bodyLimit(settings, keyed);
      readBody(req, limit)
        .then((read) => {
          if (!read.ok) return tooLarge(res, limit, keyed);
          return answerGraphQL(yoga, req, res, url, read.body);
        })
        .catch(() => {
          if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
          else res.end();
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
