/**
 * The benchmark's own Neo4j: a managed server (src/local-neo4j) with its own home
 * under .dkg/bench and its own port, deleted and started anew for every run so figures
 * never depend on what an earlier run or a developer left in a database.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { connectionEnv, loadConfig, PROJECT_ROOT, type LocalNeo4jConfig, type Neo4jConnection } from '../../src/config.js';
import { createStore, databaseInfo, type Store } from '../../src/store/driver.js';
import { localStatus, startLocal, stopLocal } from '../../src/local-neo4j/server.js';
import { migrate } from '../../src/store/migrations.js';
import { wipeGraph } from '../../src/store/graph-counts.js';
import { log } from './log.js';

export const BENCH_HOME = path.join(PROJECT_ROOT, '.dkg', 'bench');

export interface BenchNeo4j {
  connection: Neo4jConnection;
  store: Store;
  version: string;
  cfg: LocalNeo4jConfig;
  /** Heap and page cache it runs with (sized from the machine unless DKG_NEO4J_* fix them). */
  settings: { heap: string; pageCache: string };
  /** Environment for a `dkg` child process, pointing it at this server. */
  env(extra?: Record<string, string>): NodeJS.ProcessEnv;
  /** Deletes every node but the migration records: an empty graph with the schema in place. */
  wipe(): Promise<void>;
  counts(): Promise<GraphCounts>;
  /** Resident and peak memory of the Neo4j JVM, in MiB, from /proc. */
  memory(): { rssMiB: number | null; peakMiB: number | null };
  /** CPU seconds (user + system) the Neo4j JVM has used since it started, from /proc. */
  cpuSeconds(): number | null;
  stop(): Promise<void>;
}

export interface GraphCounts {
  articles: number;
  meetings: number;
  people: number;
  nodes: number;
  relationships: number;
}

export function procMemory(pid: number): { rssMiB: number | null; peakMiB: number | null } {
  const file = `/proc/${pid}/status`;
  if (!existsSync(file)) return { rssMiB: null, peakMiB: null };
  const text = readFileSync(file, 'utf8');
  const kb = (key: string): number | null => {
    const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text);
    return m?.[1] ? Math.round(Number(m[1]) / 1024) : null;
  };
  return { rssMiB: kb('VmRSS'), peakMiB: kb('VmHWM') };
}

/** utime + stime of a process in seconds (/proc/PID/stat fields 14 and 15, in 1/100 s ticks on Linux). */
export function procCpuSeconds(pid: number): number | null {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return null;
  // The command name (field 2) may hold spaces: split after its closing parenthesis.
  const fields = readFileSync(file, 'utf8').split(') ')[1]?.split(' ');
  const utime = Number(fields?.[11]);
  const stime = Number(fields?.[12]);
  return Number.isFinite(utime) && Number.isFinite(stime) ? (utime + stime) / 100 : null;
}

export async function startBenchNeo4j(port: number): Promise<BenchNeo4j> {
  const base = loadConfig().local;
  const cfg: LocalNeo4jConfig = { ...base, home: path.join(BENCH_HOME, 'neo4j'), port };
  // A server left by an interrupted run is ours (same home): stop it, then start from nothing.
  if (await stopLocal(cfg)) log('stopped a bench Neo4j left running by an earlier run');
  rmSync(cfg.home, { recursive: true, force: true });
  const server = await startLocal(cfg, { detached: false, log: (line) => log(`neo4j: ${line}`) });
  const store = createStore(server.connection);
  await migrate(store);
  const info = await databaseInfo(store);
  const conn = server.connection;
  return {
    connection: conn,
    store,
    version: `${info.version} ${info.edition}`,
    cfg,
    settings: server.memory ?? { heap: cfg.heap, pageCache: cfg.pageCache },
    env: (extra = {}) => ({ ...process.env, ...connectionEnv(conn), ...extra }),
    wipe: () => wipeGraph(store),
    async counts() {
      return store.read(async (tx) => {
        const res = await tx.run(
          'CALL () { MATCH (a:Article) RETURN count(a) AS articles } ' +
            'CALL () { MATCH (m:Meeting) RETURN count(m) AS meetings } ' +
            'CALL () { MATCH (p:Person) RETURN count(p) AS people } ' +
            'CALL () { MATCH (n) RETURN count(n) AS nodes } ' +
            'CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } ' +
            'RETURN articles, meetings, people, nodes, relationships',
        );
        const r = res.records[0];
        const n = (k: string): number => Number(r?.get(k) ?? 0);
        return {
          articles: n('articles'),
          meetings: n('meetings'),
          people: n('people'),
          nodes: n('nodes'),
          relationships: n('relationships'),
        };
      });
    },
    memory() {
      const pid = localStatus(cfg).pid;
      return pid === null ? { rssMiB: null, peakMiB: null } : procMemory(pid);
    },
    cpuSeconds() {
      const pid = localStatus(cfg).pid;
      return pid === null ? null : procCpuSeconds(pid);
    },
    async stop() {
      await store.close();
      await server.stop();
    },
  };
}

/**
 * After an ingestion Neo4j flushes pages and collects garbage for a while; the question
 * timed first would pay for it. Waits (up to 30 s) until the JVM uses under a tenth of a
 * core over a second. (Community has no db.checkpoint() to force the flush.)
 */
export async function settle(neo: BenchNeo4j): Promise<void> {
  for (let i = 0; i < 30; i++) {
    const before = neo.cpuSeconds();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = neo.cpuSeconds();
    if (before === null || after === null || after - before < 0.1) return;
  }
  log('bench Neo4j still busy after 30 s; measuring anyway');
}
