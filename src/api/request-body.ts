/**
 * Reads a request body with a limit on the bytes actually received, so a chunked body (no
 * Content-Length) or one that lies about its length is cut off at the limit instead of being
 * buffered whole: the server never holds more than `limit` bytes of one request.
 */
import type { IncomingMessage } from 'node:http';

export type BodyRead = { ok: true; body: Buffer } | { ok: false; received: number };

export function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.resolve({ ok: false, received: 0 });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      if (received > limit) {
        // Stop taking data; the caller answers 413 and closes the connection.
        req.off('data', onData);
        req.pause();
        chunks.length = 0;
        resolve({ ok: false, received });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve({ ok: true, body: Buffer.concat(chunks, received) }));
    req.once('error', reject);
  });
}
