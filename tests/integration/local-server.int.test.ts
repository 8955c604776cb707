import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { testConfig } from '../helpers/test-config.js';
import { localPaths, localStatus, startLocal } from '../../src/local-neo4j/server.js';
import { alive, tempHome } from '../helpers/local.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}



describe('the project-managed Neo4j', () => {
  it('is the one the suite talks to: running, its password generated, never neo4j/neo4j', () => {
    const status = localStatus(testConfig().local);
    if (testConfig().external) return;
    expect(status.running).toBe(true);
    const password = readFileSync(path.join(testConfig().local.home, 'password'), 'utf8').trim();
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect(password).not.toBe('neo4j');
  });

  it('runs with a short backlog of recent queries, which otherwise lengthened its young collections', () => {
    if (testConfig().external) return;
    const conf = readFileSync(localPaths(testConfig().local).conf, 'utf8').split('\n');
    expect(conf).toContain('internal.datacollector.max_recent_query_count=16');
    // Written on every start: the running server read this file.
    expect(localStatus(testConfig().local).running).toBe(true);
  });

  it('refuses a taken port with an error naming the fix', async () => {
    const port = await freePort();
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(port, '127.0.0.1', r));
    try {
      const home = tempHome();
      const cfg = { ...testConfig().local, home: path.join(home, 'neo4j'), port };
      await expect(startLocal(cfg, { detached: false, log: () => undefined })).rejects.toThrow(
        new RegExp(`port ${port} on 127.0.0.1 is already in use.*DKG_NEO4J_PORT`),
      );
    } finally {
      blocker.close();
    }
  });

  it('npm start serves /health from a Neo4j it started, and Ctrl-C leaves no process behind', async () => {
    const home = tempHome();
    const boltPort = await freePort();
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'dkg.js'), 'serve'], {
      env: { ...process.env, DKG_HOME: home, DKG_NEO4J_PORT: String(boltPort), PORT: '0', NEO4J_URI: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
    });
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    // A failed or timed-out run must not leave its Neo4j behind for the rest of the suite.
    onTestFinished(() => {
      if (child.exitCode === null) child.kill('SIGINT');
      const pid = Number(existsSync(path.join(home, 'neo4j', 'neo4j.pid')) ? readFileSync(path.join(home, 'neo4j', 'neo4j.pid'), 'utf8') : 0);
      if (pid > 0 && alive(pid)) setTimeout(() => alive(pid) && process.kill(pid, 'SIGKILL'), 30_000).unref();
    });
    const base = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const m = /serving (http:\/\/[\d.]+:\d+)/.exec(stderr);
        if (m?.[1]) {
          clearInterval(timer);
          resolve(m[1]);
        }
        if (child.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`serve exited early:\n${stderr}`));
        }
      }, 200);
    });
    const health = (await (await fetch(`${base}/health`)).json()) as { neo4j: { connected: boolean; uri: string } };
    expect(health.neo4j.connected).toBe(true);
    expect(health.neo4j.uri).toBe(`bolt://127.0.0.1:${boltPort}`);
    const pidFile = path.join(home, 'neo4j', 'neo4j.pid');
    const javaPid = Number(readFileSync(pidFile, 'utf8'));
    expect(alive(javaPid)).toBe(true);

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(alive(javaPid)).toBe(false);
    expect(existsSync(pidFile)).toBe(false);
    expect(stderr).toMatch(/Stopped the server and the Neo4j it started/);
    // Starting Neo4j and ingesting the samples takes about a minute on a quiet 2-core
    // machine and several times that on a loaded one; the bound only stops a hung start.
  }, 600_000);
});
