/** GET /health: whether the database answers, which one, and which schema version it has. */
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
