/**
 * Opens the store the configuration names: the external server when NEO4J_URI is set,
 * else the project-managed local Neo4j, started (or reused) here.
 */
import type { LocalNeo4jConfig, Neo4jConnection } from '../config.js';
import { createStore, type Store } from './driver.js';
import { startLocal } from '../local-neo4j/server.js';

export interface OpenedStore {
  store: Store;
  /** Where it is, for messages: the URI, and whether this process started the server. */
  uri: string;
  managed: boolean;
  startedHere: boolean;
  /** Closes the driver and stops the server if this process started it. */
  close(): Promise<void>;
}

export async function openStore(
  external: Neo4jConnection | null,
  local: LocalNeo4jConfig,
  log: (line: string) => void,
  poolSize?: number,
): Promise<OpenedStore> {
  if (external) {
    const store = createStore(external, poolSize);
    return { store, uri: external.uri, managed: false, startedHere: false, close: () => store.close() };
  }
  const server = await startLocal(local, { detached: false, log });
  const store = createStore(server.connection, poolSize);
  return {
    store,
    uri: server.connection.uri,
    managed: true,
    startedHere: server.startedHere,
    async close() {
      await store.close();
      await server.stop();
    },
  };
}
