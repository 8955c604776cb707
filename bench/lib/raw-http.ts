/**
 * A minimal HTTP/1.1 keep-alive client for the load generator: one socket, one request at a
 * time, the request's bytes built once. Node's http client cost 0.27 ms of CPU a request
 * (measured against `dkg serve`), and the load generator shares the two cores with the
 * servers it measures; this one does the same exchange for a fraction of that.
 */
import net from 'node:net';

export interface RawAnswer {
  status: number;
  body: Buffer;
}

/** The bytes of a JSON POST to `url`, ready to write. */
export function postBytes(url: string, body: string): Buffer {
  const u = new URL(url);
  const payload = Buffer.from(body, 'utf8');
  const head =
    `POST ${u.pathname}${u.search} HTTP/1.1\r\nHost: ${u.host}\r\nContent-Type: application/json\r\n` +
    `Accept: application/graphql-response+json, application/json\r\nContent-Length: ${payload.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), payload]);
}

/**
 * Parses one response from the bytes received so far: the answer and how many bytes it took,
 * or null while it is incomplete. Content-Length and chunked bodies; no pipelining.
 */
export function parseResponse(data: Buffer): { answer: RawAnswer; used: number; close: boolean } | null {
  const headEnd = data.indexOf('\r\n\r\n');
  if (headEnd === -1) return null;
  const head = data.toString('latin1', 0, headEnd);
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
  const close = /\r\nconnection: *close/i.test(head);
  const length = /\r\ncontent-length: *(\d+)/i.exec(head);
  const start = headEnd + 4;
  if (length) {
    const end = start + Number(length[1]);
    return data.length < end ? null : { answer: { status, body: data.subarray(start, end) }, used: end, close };
  }
  if (/\r\ntransfer-encoding: *chunked/i.test(head)) {
    const parts: Buffer[] = [];
    let at = start;
    for (;;) {
      const lineEnd = data.indexOf('\r\n', at);
      if (lineEnd === -1) return null;
      const size = parseInt(data.toString('latin1', at, lineEnd), 16);
      if (Number.isNaN(size)) throw new Error(`bad chunk size in an answer with status ${status}`);
      const chunkStart = lineEnd + 2;
      if (data.length < chunkStart + size + 2) return null;
      if (size === 0) return { answer: { status, body: Buffer.concat(parts) }, used: chunkStart + 2, close };
      parts.push(data.subarray(chunkStart, chunkStart + size));
      at = chunkStart + size + 2;
    }
  }
  // Neither: the body runs to the end of the connection (HTTP/1.0 style); not used by the servers measured.
  throw new Error(`answer with status ${status} has neither Content-Length nor chunked encoding`);
}

/** One keep-alive connection; `send` resolves with the whole answer. */
export class RawConnection {
  private socket: net.Socket | null = null;
  private received: Buffer = Buffer.alloc(0);
  private pending: { resolve: (a: RawAnswer) => void; reject: (e: Error) => void } | null = null;

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly timeoutMs: number,
  ) {}

  send(request: Buffer): Promise<RawAnswer> {
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.received = Buffer.alloc(0);
      this.open().write(request);
    });
  }

  close(): void {
    this.socket?.destroy();
    this.socket = null;
  }

  private open(): net.Socket {
    if (this.socket) return this.socket;
    const socket = net.connect({ host: this.host, port: this.port, noDelay: true });
    // Events of a socket already replaced (closed after an answer) concern no request.
    const current = (): boolean => this.socket === socket;
    socket.setTimeout(this.timeoutMs, () => current() && this.fail(new Error(`no answer within ${this.timeoutMs} ms`)));
    socket.on('data', (chunk: Buffer) => current() && this.onData(chunk));
    socket.on('error', (e) => current() && this.fail(e));
    socket.on('close', () => current() && this.fail(new Error('connection closed before the answer was complete')));
    this.socket = socket;
    return socket;
  }

  private onData(chunk: Buffer): void {
    this.received = this.received.length === 0 ? chunk : Buffer.concat([this.received, chunk]);
    if (!this.pending) return;
    let parsed;
    try {
      parsed = parseResponse(this.received);
    } catch (e) {
      this.fail(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    if (!parsed) return;
    const done = this.pending;
    this.pending = null;
    this.received = Buffer.alloc(0);
    if (parsed.close) this.close();
    done.resolve(parsed.answer);
  }

  private fail(e: Error): void {
    const done = this.pending;
    this.pending = null;
    this.close();
    done?.reject(e);
  }
}
