/**
 * GET /health: whether the database answers, which one, and which schema version it has. The
 * details (the database's address, the driver's error) are for the operator: a request from
 * this machine or with the API key; anyone else learns only the status.
 */
import type { IncomingMessage } from 'node:http';
import { databaseInfo, type Store } from '../store/driver.js';

export interface HealthReport {
  status: 'ok' | 'degraded';
  neo4j: {
    connected: boolean;
    uri: string;
    managed: boolean;
    version?: string;
    edition?: string;
    schemaVersion?: number;
    error?: string;
  };
}

export async function checkHealth(store: Store, uri: string, managed: boolean): Promise<HealthReport> {
  try {
    const info = await databaseInfo(store);
    return { status: 'ok', neo4j: { connected: true, uri, managed, ...info } };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    return { status: 'degraded', neo4j: { connected: false, uri, managed, error } };
  }
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * A request from this machine, not relayed: a reverse proxy on the same host would make every
 * client look local, and proxies say whom they relay.
 */
export function isLocalRequest(req: IncomingMessage): boolean {
  return LOOPBACK.has(req.socket.remoteAddress ?? '') && req.headers['x-forwarded-for'] === undefined && req.headers.forwarded === undefined;
}

/** What anyone may see: the status alone. */
export function publicHealth(report: HealthReport): Pick<HealthReport, 'status'> {
  return { status: report.status };
}
