/**
 * Starts, stops and reports on the project-managed Neo4j: 127.0.0.1 only, auth on with
 * a generated password kept in its folder, memory sized from the machine and the store
 * (memory.ts) unless the configuration fixes it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { totalmem } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { AppError } from '../domain/errors.js';
import type { LocalNeo4jConfig, Neo4jConnection } from '../config.js';
import { checkJava } from './java.js';
import { folderBytes, neo4jMemory, type Neo4jMemory } from './memory.js';
import { classpath, provision } from './provision.js';

export interface LocalPaths {
  server: string;
  conf: string;
  password: string;
  pid: string;
  /** Held (created exclusively) while one process starts the server. */
  lock: string;
  log: string;
  debugLog: string;
}

export function localPaths(cfg: LocalNeo4jConfig): LocalPaths {
  return {
    server: path.join(cfg.home, 'server'),
    conf: path.join(cfg.home, 'neo4j.conf'),
    password: path.join(cfg.home, 'password'),
    pid: path.join(cfg.home, 'neo4j.pid'),
    lock: path.join(cfg.home, 'start.lock'),
    log: path.join(cfg.home, 'launcher.log'),
    debugLog: path.join(cfg.home, 'server', 'logs', 'debug.log'),
  };
}

export interface LocalStatus {
  running: boolean;
  pid: number | null;
  port: number;
  home: string;
  log: string;
}

export interface RunningServer {
  connection: Neo4jConnection;
  /** False when an already running server was reused: then `stop` leaves it alone. */
  startedHere: boolean;
  /** The heap and page cache it was started with; null for a server reused as found. */
  memory: Neo4jMemory | null;
  stop(): Promise<void>;
}

function readPassword(p: LocalPaths): string {
  if (!existsSync(p.password)) {
    writeFileSync(p.password, `${randomBytes(18).toString('base64url')}\n`, { mode: 0o600 });
  }
  return readFileSync(p.password, 'utf8').trim();
}

function writeConf(cfg: LocalNeo4jConfig, p: LocalPaths, memory: Neo4jMemory): void {
  // Setting names from the Neo4j 5 operations manual, "Configuration settings".
  const lines = [
    '# Written by dkg on every start; edit the DKG_NEO4J_* environment variables instead.',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${cfg.port}`,
    `server.bolt.advertised_address=127.0.0.1:${cfg.port}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.memory.pagecache.size=${memory.pageCache}`,
    // A small machine: keep transaction logs from growing without bound.
    'db.tx_log.rotation.retention_policy=2 files',
    'dbms.usage_report.enabled=false',
    // Neo4j keeps the last 8,192 queries, with their parameters, for its data collector
    // (db.stats.*, which dkg never calls). Under API load those outlived young collections:
    // 20 MB of survivors copied at each, pauses of 15-19 ms instead of 6-9 ms, and the
    // meetings p99 a fifth higher (docs/decisions/runtime-settings.md).
    'internal.datacollector.max_recent_query_count=16',
  ];
  writeFileSync(p.conf, `${lines.join('\n')}\n`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // Guard against a recycled pid: on Linux, check that it is our launcher.
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync('/proc') || (existsSync(cmdline) && readFileSync(cmdline, 'utf8').includes('dkg.Launcher'));
}

function readPid(p: LocalPaths): number | null {
  if (!existsSync(p.pid)) return null;
  const pid = Number(readFileSync(p.pid, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : null;
}

/**
 * The launcher serving this home, found by what runs (its command line names the home's server
 * folder), for when the pid file is missing or stale.
 */
function scanForLauncher(p: LocalPaths): number | null {
  if (!existsSync('/proc')) return null;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.includes('dkg.Launcher') && args.includes(p.server)) return Number(entry);
  }
  return null;
}

/** The running server's pid: the pid file's when it is right, else what /proc shows; the file is mended. */
function runningPid(p: LocalPaths): number | null {
  const recorded = readPid(p);
  if (recorded !== null) return recorded;
  const found = scanForLauncher(p);
  if (found !== null) writeFileSync(p.pid, `${found}\n`, { mode: 0o600 });
  return found;
}

/** Only the owner may read the home: it holds the password and Neo4j's auth file. Mends older installs too. */
function ownerOnly(cfg: LocalNeo4jConfig, p: LocalPaths): void {
  mkdirSync(p.server, { recursive: true, mode: 0o700 });
  chmodSync(cfg.home, 0o700);
  chmodSync(p.server, 0o700);
  for (const file of [p.password, p.conf, p.pid, p.log]) if (existsSync(file)) chmodSync(file, 0o600);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Takes the start lock (created with O_EXCL, holding our pid). While another live process holds
 * it, waits for it to finish starting; a lock left by a dead process is taken over.
 */
async function takeStartLock(cfg: LocalNeo4jConfig, p: LocalPaths, log: (line: string) => void): Promise<() => void> {
  const deadline = Date.now() + cfg.startTimeoutMs;
  let told = false;
  for (;;) {
    try {
      const fd = openSync(p.lock, 'wx', 0o600);
      writeFileSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(p.lock, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let holder: number;
    try {
      holder = Number(readFileSync(p.lock, 'utf8').trim());
    } catch {
      continue; // released between the two calls
    }
    if (!Number.isInteger(holder) || holder <= 0 || !processAlive(holder)) {
      rmSync(p.lock, { force: true });
      continue;
    }
    if (!told) log(`Another dkg process (pid ${holder}) is starting Neo4j; waiting for it.`);
    told = true;
    if (Date.now() > deadline) {
      throw new AppError('NEO4J_NOT_READY', `another dkg process (pid ${holder}) has been starting Neo4j for over ${cfg.startTimeoutMs / 1000} s; see ${p.log}`, 'neo4j');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

export function localStatus(cfg: LocalNeo4jConfig): LocalStatus {
  const p = localPaths(cfg);
  const pid = runningPid(p);
  return { running: pid !== null, pid, port: cfg.port, home: cfg.home, log: p.log };
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

function tail(file: string, lines = 15): string {
  if (!existsSync(file)) return '(no log yet)';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

async function waitForBolt(
  cfg: LocalNeo4jConfig,
  conn: Neo4jConnection,
  p: LocalPaths,
  child: ChildProcess | null,
): Promise<void> {
  const deadline = Date.now() + cfg.startTimeoutMs;
  let exited: number | null = null;
  child?.once('exit', (code) => {
    exited = code ?? -1;
  });
  while (Date.now() < deadline) {
    if (exited !== null) {
      throw new AppError(
        'NEO4J_NOT_READY',
        `the local Neo4j exited with code ${exited} while starting. Its log (${p.log}) ends with:\n${tail(p.log)}`,
        'neo4j',
      );
    }
    const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
      connectionTimeout: 2000,
      logging: { level: 'error', logger: () => undefined },
    });
    try {
      await driver.verifyConnectivity({ database: conn.database });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      await driver.close();
    }
  }
  throw new AppError(
    'NEO4J_NOT_READY',
    `the local Neo4j did not accept Bolt connections on 127.0.0.1:${cfg.port} within ${cfg.startTimeoutMs / 1000} s ` +
      `(DKG_NEO4J_START_TIMEOUT). See ${p.log} and ${p.debugLog}.`,
    'neo4j',
  );
}

function connectionFor(cfg: LocalNeo4jConfig, p: LocalPaths): Neo4jConnection {
  return { uri: `bolt://127.0.0.1:${cfg.port}`, user: 'neo4j', password: readPassword(p), database: 'neo4j' };
}

/**
 * The JVM flags Neo4j's own start script passes (its default neo4j.conf), less those for
 * TLS, JMX and flight recording, so the managed server runs as Neo4j is tuned to run (Netty's
 * direct buffers, final fields the JIT may fold). In A/B runs of the API benchmark here the
 * difference stayed within this machine's run-to-run noise.
 */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-XX:+ExitOnOutOfMemoryError',
  '-Dfile.encoding=UTF-8',
];

/**
 * Starts the managed Neo4j, or reuses it when it already runs. `detached` servers outlive
 * this process (`dkg db start`); attached ones stop when it exits, even on a crash, because
 * the launcher watches its stdin.
 */
export async function startLocal(
  cfg: LocalNeo4jConfig,
  opts: { detached: boolean; log: (line: string) => void },
): Promise<RunningServer> {
  const p = localPaths(cfg);
  ownerOnly(cfg, p);
  const conn = connectionFor(cfg, p);
  const release = await takeStartLock(cfg, p, opts.log);
  try {
    return await startLocked(cfg, opts, p, conn);
  } finally {
    release();
  }
}

async function startLocked(
  cfg: LocalNeo4jConfig,
  opts: { detached: boolean; log: (line: string) => void },
  p: LocalPaths,
  conn: Neo4jConnection,
): Promise<RunningServer> {
  if (runningPid(p) !== null) {
    await waitForBolt(cfg, conn, p, null);
    return { connection: conn, startedHere: false, memory: null, stop: async () => undefined };
  }
  await provision(cfg, opts.log);
  if (!(await portFree(cfg.port))) {
    throw new AppError(
      'NEO4J_PORT_TAKEN',
      `port ${cfg.port} on 127.0.0.1 is already in use by another program. Set DKG_NEO4J_PORT to a free port, ` +
        'stop that program, or set NEO4J_URI if it is a Neo4j server you want to use.',
      'neo4j',
    );
  }
  const memory = neo4jMemory(cfg, totalmem(), folderBytes(path.join(p.server, 'data')));
  writeConf(cfg, p, memory);
  chmodSync(p.conf, 0o600);
  const { binary } = checkJava(cfg.javaHome);
  const logFd = openSync(p.log, 'a', 0o600);
  const args = [
    `-Xms${memory.heap}`,
    `-Xmx${memory.heap}`,
    ...JVM_FLAGS,
    '-cp',
    classpath(cfg.buildDir),
    'dkg.Launcher',
    p.server,
    p.conf,
    p.password,
    ...(opts.detached ? [] : ['--exit-on-stdin-eof']),
  ];
  const started = Date.now();
  opts.log(`Starting Neo4j on 127.0.0.1:${cfg.port} (heap ${memory.heap}, page cache ${memory.pageCache}); log: ${p.log}`);
  const child = spawn(binary, args, {
    detached: opts.detached,
    stdio: [opts.detached ? 'ignore' : 'pipe', logFd, logFd],
  });
  closeSync(logFd);
  if (child.pid === undefined) {
    throw new AppError('NEO4J_NOT_READY', `could not start ${binary}. See ${p.log}.`, 'neo4j');
  }
  writeFileSync(p.pid, `${child.pid}\n`, { mode: 0o600 });
  if (opts.detached) child.unref();
  try {
    await waitForBolt(cfg, conn, p, child);
  } catch (e) {
    await stopPid(child.pid, p);
    throw e;
  }
  opts.log(`Neo4j ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  const pid = child.pid;
  return { connection: conn, startedHere: true, memory, stop: () => stopPid(pid, p) };
}

async function stopPid(pid: number, p: LocalPaths): Promise<void> {
  const gone = (): boolean => {
    try {
      process.kill(pid, 0);
      return false;
    } catch {
      return true;
    }
  };
  if (!gone()) {
    process.kill(pid, 'SIGTERM');
    // Neo4j checkpoints on shutdown; give it time before forcing (60 s is generous for a small store).
    const deadline = Date.now() + 60_000;
    while (!gone() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    if (!gone()) process.kill(pid, 'SIGKILL');
  }
  rmSync(p.pid, { force: true });
}

/** Stops the managed Neo4j if it runs; returns whether it did. */
export async function stopLocal(cfg: LocalNeo4jConfig): Promise<boolean> {
  const p = localPaths(cfg);
  const pid = runningPid(p);
  if (pid === null) {
    rmSync(p.pid, { force: true });
    return false;
  }
  await stopPid(pid, p);
  return true;
}
