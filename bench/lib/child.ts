/** Child processes the benchmark runs: timed commands and servers it starts and stops itself. */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface Finished {
  code: number | null;
  wallMs: number;
  stdout: string;
  /** The last lines of stderr, for error messages. */
  stderrTail: string;
}

function keepTail(buf: string, more: string, max = 4000): string {
  const s = buf + more;
  return s.length > max ? s.slice(-max) : s;
}

/** Runs a command to completion and times it from spawn to exit. */
export function runTimed(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd?: string): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr = keepTail(stderr, b.toString())));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, wallMs: performance.now() - start, stdout, stderrTail: stderr }));
  });
}

export interface Server {
  name: string;
  url: string;
  child: ChildProcess;
  stderrTail(): string;
  stop(): Promise<void>;
}

function probe(url: string, body: string | null): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request(
      url,
      {
        method: body === null ? 'GET' : 'POST',
        headers: body === null ? {} : { 'content-type': 'application/json' },
        timeout: 2000,
      },
      (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.once('error', () => resolve(0));
    req.once('timeout', () => req.destroy());
    req.end(body ?? undefined);
  });
}

/**
 * Starts a server and waits until `readyUrl` answers 200 (GET, or POST with `readyBody`).
 * Fails with the server's own last words if it exits or is not ready in time.
 */
export async function startServer(opts: {
  name: string;
  cmd: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  url: string;
  readyUrl: string;
  readyBody?: string;
  timeoutMs?: number;
}): Promise<Server> {
  const child = spawn(opts.cmd, opts.args, { env: opts.env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => (stderr = keepTail(stderr, b.toString())));
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  const stop = async (): Promise<void> => {
    if (exited !== null || child.pid === undefined) return;
    const gone = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await gone;
    clearTimeout(timer);
  };
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`${opts.name} exited with code ${exited} while starting:\n${stderr}`);
    if ((await probe(opts.readyUrl, opts.readyBody ?? null)) === 200) {
      return { name: opts.name, url: opts.url, child, stderrTail: () => stderr, stop };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`${opts.name} was not ready at ${opts.readyUrl} within ${(opts.timeoutMs ?? 60_000) / 1000} s:\n${stderr}`);
}
