/**
 * A bounded closed-loop load generator for GraphQL over HTTP: `clients` concurrent
 * clients each send a request, wait for the whole answer, and send the next, against
 * 127.0.0.1 only, until a time limit or a request cap, whichever comes first.
 * Keep-alive connections, one per client, like a pool of analysts' browsers.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { postBytes, RawConnection } from './raw-http.js';

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface LoadResult {
  latenciesMs: number[];
  requests: number;
  errors: number;
  firstError: string | null;
  elapsedMs: number;
  bytes: number;
}

export interface LoadOptions {
  url: string;
  clients: number;
  durationMs: number;
  maxRequests: number;
  /** Cycled through in order, so every client asks a different question at a time. */
  requests: GraphQLRequest[];
  timeoutMs?: number;
}

function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (!/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(host)) {
    throw new Error(`the load generator only targets this machine (127.0.0.1), not ${host}`);
  }
}

function send(agent: http.Agent, url: string, body: string, timeoutMs: number): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        timeout: timeoutMs,
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.once('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.once('error', reject);
      },
    );
    req.once('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.once('error', reject);
    req.end(body);
  });
}

/**
 * Why an answer is not a success: HTTP status, or a GraphQL `errors` entry. Null when fine.
 * The load generator shares the machine's two cores with the servers it measures, so an
 * answer is parsed only when it might hold errors: `"errors":` cannot occur inside a JSON
 * string value (its quotes would be escaped), only as a key.
 */
export function answerProblem(status: number, text: string): string | null {
  if (status !== 200) return `HTTP ${status}: ${text.slice(0, 300)}`;
  if (text.startsWith('{"data":{') && !text.includes('"errors":')) return null;
  try {
    const json = JSON.parse(text) as { errors?: { message?: string }[]; data?: unknown };
    if (json.errors?.length) return `GraphQL error: ${json.errors.map((e) => e.message).join('; ').slice(0, 300)}`;
    if (json.data === undefined || json.data === null) return 'no data in the answer';
    return null;
  } catch {
    return `not JSON: ${text.slice(0, 200)}`;
  }
}

/** One request, checked: used before timing to make sure the question is answered at all. */
export async function askOnce(url: string, request: GraphQLRequest): Promise<{ problem: string | null; bytes: number; text: string }> {
  assertLoopback(url);
  const agent = new http.Agent({ keepAlive: false });
  try {
    const res = await send(agent, url, JSON.stringify(request), 60_000);
    return { problem: answerProblem(res.status, res.text), bytes: Buffer.byteLength(res.text), text: res.text };
  } catch (e) {
    return { problem: e instanceof Error ? e.message : String(e), bytes: 0, text: '' };
  } finally {
    agent.destroy();
  }
}

/** answerProblem on the raw bytes, decoding only an answer that may hold errors. */
export function bodyProblem(status: number, body: Buffer): string | null {
  if (status === 200 && body.subarray(0, 9).toString('latin1') === '{"data":{' && body.indexOf('"errors":') === -1) return null;
  return answerProblem(status, body.toString('utf8'));
}

export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  assertLoopback(opts.url);
  const target = new URL(opts.url);
  const bodies = opts.requests.map((r) => postBytes(opts.url, JSON.stringify(r)));
  if (bodies.length === 0) throw new Error('runLoad: no requests to send');
  const result: LoadResult = { latenciesMs: [], requests: 0, errors: 0, firstError: null, elapsedMs: 0, bytes: 0 };
  const start = performance.now();
  const deadline = start + opts.durationMs;
  let next = 0;
  const connections: RawConnection[] = [];
  const client = async (): Promise<void> => {
    const connection = new RawConnection(target.hostname, Number(target.port || 80), opts.timeoutMs ?? 30_000);
    connections.push(connection);
    while (performance.now() < deadline && next < opts.maxRequests) {
      const body = bodies[next % bodies.length] as Buffer;
      next += 1;
      const t0 = performance.now();
      let problem: string | null;
      try {
        const res = await connection.send(body);
        problem = bodyProblem(res.status, res.body);
        result.bytes += res.body.length;
      } catch (e) {
        problem = e instanceof Error ? e.message : String(e);
      }
      result.latenciesMs.push(performance.now() - t0);
      result.requests += 1;
      if (problem !== null) {
        result.errors += 1;
        result.firstError ??= problem;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.clients }, () => client()));
  result.elapsedMs = performance.now() - start;
  for (const c of connections) c.close();
  return result;
}
