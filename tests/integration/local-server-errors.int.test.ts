/** The managed Neo4j's failure modes, each with an error that names the fix. */
import { chmodSync, existsSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { testConfig } from '../helpers/test-config.js';
import { checkJava } from '../../src/local-neo4j/java.js';
import { localStatus, startLocal } from '../../src/local-neo4j/server.js';
import { runCli } from '../helpers/cli.js';
import { alive, tempDir, tempHome } from '../helpers/local.js';


function fakeJavaHome(versionLine: string): string {
  const home = tempDir('fake-jdk-');
  const bin = path.join(home, 'bin');
  mkdirSync(bin);
  writeFileSync(path.join(bin, 'java'), `#!/bin/sh\necho '${versionLine}' >&2\n`);
  chmodSync(path.join(bin, 'java'), 0o755);
  return home;
}

/** The JDK the machine's `java` belongs to, so only Maven is missing from PATH. */
function realJavaHome(): string {
  const java = execFileSync('sh', ['-c', 'command -v java'], { encoding: 'utf8' }).trim();
  return path.dirname(path.dirname(realpathSync(java)));
}


describe('local Neo4j errors and lifecycle', () => {
  it('names the fix when Java is missing or too old', () => {
    expect(() => checkJava('/nonexistent/jdk')).toThrow(/Java 17 or newer is needed.*JAVA_HOME.*NEO4J_URI/s);
    expect(() => checkJava(fakeJavaHome('java version "1.8.0_392"'))).toThrow(/found 8 .*Install JDK 17 or 21/s);
    expect(checkJava(fakeJavaHome('openjdk version "21.0.2" 2024-01-16')).major).toBe(21);
  });

  it('names the fix when Maven is missing on a first start', async () => {
    const home = tempDir('dkg-home-');
    const bin = tempDir('bin-');
    symlinkSync(process.execPath, path.join(bin, 'node'));
    const res = await runCli(['db', 'start'], PROJECT_ROOT, {
      ...process.env,
      NEO4J_URI: '',
      DKG_HOME: home,
      PATH: bin,
      JAVA_HOME: realJavaHome(),
    });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/MAVEN_MISSING.*Apache Maven is needed once.*apt-get install maven/s);
  });

  it('says how long it waited and where the log is when Neo4j is not ready in time', async () => {
    const home = tempHome();
    const cfg = { ...testConfig().local, home: path.join(home, 'neo4j'), port: 7741, startTimeoutMs: 1500 };
    await expect(startLocal(cfg, { detached: false, log: () => undefined })).rejects.toThrow(
      /did not accept Bolt connections on 127\.0\.0\.1:7741 within 1\.5 s.*launcher\.log/s,
    );
    // The half-started server was stopped, not left behind.
    expect(localStatus(cfg).running).toBe(false);
  }, 120_000);

  it('dkg db start | status | stop manage a server that outlives the command', async () => {
    const home = tempHome();
    const env = { ...process.env, NEO4J_URI: '', DKG_HOME: home, DKG_NEO4J_PORT: '7742' };
    const started = await runCli(['db', 'start'], PROJECT_ROOT, env);
    expect(started.code, started.stderr).toBe(0);
    expect(started.stderr).toMatch(/Neo4j is running at bolt:\/\/127\.0\.0\.1:7742/);
    const pid = Number(readFileSync(path.join(home, 'neo4j', 'neo4j.pid'), 'utf8'));
    expect(alive(pid)).toBe(true);
    const status = await runCli(['db', 'status'], PROJECT_ROOT, env);
    expect(status.code).toBe(0);
    expect(status.stderr).toMatch(new RegExp(`running: pid ${pid}, bolt://127.0.0.1:7742`));
    const again = await runCli(['db', 'start'], PROJECT_ROOT, env);
    expect(again.stderr).toMatch(/already running/);
    const stopped = await runCli(['db', 'stop'], PROJECT_ROOT, env);
    expect(stopped.stderr).toMatch(/Neo4j stopped/);
    expect(alive(pid)).toBe(false);
    expect(existsSync(path.join(home, 'neo4j', 'neo4j.pid'))).toBe(false);
    expect((await runCli(['db', 'status'], PROJECT_ROOT, env)).code).toBe(3);
  }, 180_000);
});
