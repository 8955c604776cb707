/**
 * `dkg serve` (npm start): opens the database (starting the local Neo4j when NEO4J_URI is
 * unset), applies migrations, and serves HTTP until Ctrl-C, then stops what it started.
 */
import http from 'node:http';
import net from 'node:net';
import { parseArgs } from 'node:util';
import { config } from '../config.js';
import { AppError } from '../domain/errors.js';
import { createApp } from '../api/app.js';
import { openStore } from '../store/connect.js';
import { migrate } from '../store/migrations.js';
import type { Store } from '../store/driver.js';
import { hasArticles } from '../store/graph-counts.js';
import { ingestFiles } from './ingest.js';
import { info } from './output.js';
import { ensureWebBuild } from './web-build.js';

async function loadSamples(store: Store, dir: string): Promise<void> {
  info(`The graph is empty: loading the sample articles from ${dir} (DKG_SAMPLES=off skips this).`);
  const summary = await ingestFiles(store, [dir], { report: null });
  if (summary.failed.length) info(`${summary.failed.length} sample article(s) failed; see the messages above.`);
}

function checkPortFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (e: NodeJS.ErrnoException) => {
      const why = e.code === 'EADDRINUSE' ? 'is already in use by another program' : `cannot be opened (${e.code ?? e.message})`;
      reject(new AppError('HTTP_PORT_TAKEN', `${host}:${port} ${why}. Stop that program or choose another port with --port or PORT.`, 'PORT'));
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

export const SERVE_HELP = `Usage: dkg serve [--port N] [--host ADDR]

Starts the local Neo4j when NEO4J_URI is not set, applies the schema migrations and serves
the API and UI on http://HOST:PORT (defaults: 127.0.0.1:4000, or $DKG_HOST and $PORT).
Ctrl-C stops the server and the Neo4j it started.`;

export async function runServe(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    info(SERVE_HELP);
    return 0;
  }
  const cfg = config();
  const port = values.port !== undefined ? Number(values.port) : cfg.http.port;
  const host = values.host ?? cfg.http.host;
  // Before the database starts and the samples load, so a taken port is said at once.
  await checkPortFree(port, host);
  const opened = await openStore(cfg.external, cfg.local, info, cfg.neo4jPoolSize);
  let closing = false;
  const shutdown = async (): Promise<void> => {
    if (closing) return;
    closing = true;
    info('Stopping...');
    server.close();
    await opened.close();
    info(opened.startedHere ? 'Stopped the server and the Neo4j it started.' : 'Stopped.');
  };
  let server: http.Server = http.createServer();
  try {
    const result = await migrate(opened.store);
    info(
      `Schema: ${result.applied.length ? `applied migrations ${result.applied.join(', ')}` : 'up to date'} ` +
        `(${opened.uri})${result.cardsRewritten ? `; rewrote ${result.cardsRewritten} meeting cards` : ''}.`,
    );
    if (cfg.sampleDir && !(await hasArticles(opened.store))) await loadSamples(opened.store, cfg.sampleDir);
    await ensureWebBuild({ log: info });
    server = http.createServer(createApp({ store: opened.store, uri: opened.uri, managed: opened.managed }));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, resolve);
    });
  } catch (e) {
    await opened.close();
    throw e;
  }
  const address = server.address();
  const shown = typeof address === 'object' && address ? `http://${host}:${address.port}` : `http://${host}:${port}`;
  info(`dkg is serving ${shown} (GraphQL and GraphiQL: ${shown}/graphql, health: ${shown}/health). Press Ctrl-C to stop.`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      shutdown().then(resolve, resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
