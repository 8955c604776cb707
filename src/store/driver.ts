/** The one Neo4j driver per process, plus the session helpers the store's queries use. */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { DEFAULT_NEO4J_POOL, type Neo4jConnection } from '../config.js';
import { mapNeo4jError } from './errors.js';
import { retryDelay } from './retry.js';
import { takeWriteLock } from './write-lock.js';

export interface Store {
  driver: Driver;
  database: string;
  /** Counts Cypher round trips, so tests can check that an operation's cost is bounded. */
  roundTrips: number;
  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /**
   * One read query in an auto-commit transaction, its records as plain objects: half the
   * protocol messages of a transaction function, which the API's one-query answers need.
   * Retried like a transaction function when the error is transient.
   */
  query<T = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>): Promise<T[]>;
  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `poolSize`: the CLI passes DKG_NEO4J_POOL; tests and scripts get its default. */
export function createStore(conn: Neo4jConnection, poolSize = DEFAULT_NEO4J_POOL): Store {
  // neo4j:// and neo4j+s:// URIs route across a cluster or Aura; the driver handles both.
  const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: poolSize,
    logging: { level: 'error', logger: () => undefined },
    // Retries are ours (retry.ts): a lost server is reported in seconds, not after 30 s.
    maxTransactionRetryTime: 0,
  });
  // Every write first takes the graph's write lock (write-lock.ts), so writers take turns.
  async function run<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const read = (tx: ManagedTransaction): Promise<T> => work(counting(tx, store));
    const write = async (tx: ManagedTransaction): Promise<T> => {
      await takeWriteLock(tx);
      return work(counting(tx, store));
    };
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      const session = driver.session({ database: conn.database, defaultAccessMode: neo4j.session[mode] });
      try {
        return await (mode === 'READ' ? session.executeRead(read) : session.executeWrite(write));
      } catch (e) {
        const wait = retryDelay(e, attempt, Date.now() - started);
        if (wait === null) throw mapNeo4jError(e);
        await new Promise((resolve) => setTimeout(resolve, wait));
      } finally {
        await session.close();
      }
    }
  }
  async function query<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    store.roundTrips += 1;
    for (let attempt = 1; ; attempt++) {
      const session = driver.session({ database: conn.database, defaultAccessMode: neo4j.session.READ });
      try {
        const res = await withoutStackCapture(() => session.run(cypher, params));
        return res.records.map((r) => r.toObject() as T);
      } catch (e) {
        if (attempt < READ_ATTEMPTS && neo4j.isRetryableError(e)) {
          await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
          continue;
        }
        throw mapNeo4jError(e);
      } finally {
        await session.close();
      }
    }
  }
  const store: Store = {
    driver,
    database: conn.database,
    roundTrips: 0,
    read: (work) => run('READ', work),
    query,
    write: (work) => run('WRITE', work),
    close: () => driver.close(),
  };
  return store;
}

const READ_ATTEMPTS = 3;

/**
 * The driver records a stack trace for every result it creates, to attach to errors later;
 * with source maps on (tsx), formatting it cost about 0.3 ms per API request (CPU profile
 * of `dkg serve` under load). Our errors are mapped and named in the store anyway.
 */
function withoutStackCapture<T>(create: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return create();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function counting(tx: ManagedTransaction, store: Store): ManagedTransaction {
  return new Proxy(tx, {
    get(target, prop, receiver) {
      if (prop === 'run') {
        return (...args: Parameters<ManagedTransaction['run']>) => {
          store.roundTrips += 1;
          return target.run(...args);
        };
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}

export interface DatabaseInfo {
  version: string;
  edition: string;
  schemaVersion: number;
}

/**
 * One auto-commit query, no retries: a health check must answer quickly when the
 * database is down rather than retry for the driver's 30 s.
 */
export async function databaseInfo(store: Store): Promise<DatabaseInfo> {
  const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.READ });
  try {
    const res = await session.run(
      'CALL dbms.components() YIELD versions, edition ' +
        'OPTIONAL MATCH (m:SchemaMigration) ' +
        'RETURN versions[0] AS version, edition, coalesce(max(m.version), 0) AS schemaVersion',
    );
    const rec = res.records[0];
    return {
      version: String(rec?.get('version') ?? 'unknown'),
      edition: String(rec?.get('edition') ?? 'unknown'),
      schemaVersion: Number(rec?.get('schemaVersion') ?? 0),
    };
  } catch (e) {
    throw mapNeo4jError(e);
  } finally {
    await session.close();
  }
}
