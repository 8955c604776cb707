/**
 * Fetches Neo4j Community 5.26 from Maven Central and builds our launcher, once.
 * Maven Central serves the server's jars but not its tar.gz distribution for 5.26,
 * so we run the jars embedded with the Bolt connector (see README).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../domain/errors.js';
import { PROJECT_ROOT, type LocalNeo4jConfig } from '../config.js';
import { checkJava, checkMaven } from './java.js';

export const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'neo4j-launcher');
const SOURCES = ['pom.xml', 'src/main/java/dkg/Launcher.java'];

export function neo4jVersion(): string {
  const pom = readFileSync(path.join(LAUNCHER_DIR, 'pom.xml'), 'utf8');
  const m = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!m?.[1]) throw new AppError('CONFIG_INVALID', 'has no <neo4j.version>', path.join(LAUNCHER_DIR, 'pom.xml'));
  return m[1];
}

function sourceHash(): string {
  const h = createHash('sha256');
  for (const f of SOURCES) h.update(readFileSync(path.join(LAUNCHER_DIR, f)));
  return h.digest('hex');
}

export function classpath(buildDir: string): string {
  return [path.join(buildDir, 'neo4j-launcher-1.0.0.jar'), path.join(buildDir, 'lib', '*')].join(path.delimiter);
}

export function isProvisioned(buildDir: string): boolean {
  const stamp = path.join(buildDir, 'dkg-stamp');
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === sourceHash();
}

/** Builds the launcher and copies Neo4j's jars into buildDir; a no-op when already done. */
export async function provision(cfg: LocalNeo4jConfig, log: (line: string) => void): Promise<void> {
  checkJava(cfg.javaHome);
  if (isProvisioned(cfg.buildDir)) return;
  const mvn = checkMaven();
  const version = neo4jVersion();
  log(`Provisioning Neo4j Community ${version} from Maven Central into ${cfg.buildDir} (first run only, about 125 MB)...`);
  const started = Date.now();
  const args = ['-B', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), `-Ddkg.buildDir=${cfg.buildDir}`, 'package'];
  const env = cfg.javaHome ? { ...process.env, JAVA_HOME: cfg.javaHome } : process.env;
  const output: string[] = [];
  let downloads = 0;
  const tty = process.stderr.isTTY;
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(mvn, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const onData = (buf: Buffer): void => {
      for (const line of buf.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        output.push(line);
        if (output.length > 200) output.shift();
        if (/^Downloaded from /.test(line)) {
          downloads += 1;
          if (tty) process.stderr.write(`\r  downloaded ${downloads} files`);
          else if (downloads % 25 === 0) log(`  downloaded ${downloads} files`);
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  if (tty && downloads > 0) process.stderr.write('\n');
  if (code !== 0) {
    const reason = output.filter((l) => /ERROR/.test(l)).slice(0, 6).join('\n') || output.slice(-10).join('\n');
    const network = /Could not (transfer|resolve)|UnknownHost|Connection refused|timed out/i.test(reason);
    throw new AppError(
      'NEO4J_DOWNLOAD_FAILED',
      (network
        ? `could not download Neo4j ${version} from Maven Central. Check the network or the proxy in ~/.m2/settings.xml, `
        : `Maven failed to build the Neo4j launcher. `) +
        `or set NEO4J_URI to use an existing server. Maven said:\n${reason}`,
      'mvn',
    );
  }
  writeFileSync(path.join(cfg.buildDir, 'dkg-stamp'), `${sourceHash()}\n`);
  log(`Neo4j ${version} provisioned in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
