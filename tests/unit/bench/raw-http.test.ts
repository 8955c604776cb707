import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseResponse, postBytes, RawConnection } from '../../../bench/lib/raw-http.js';

describe('parseResponse', () => {
  const answer = Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\ncontent-length: 11\r\n\r\n{"data":{}}');
  it('waits for the whole body, then returns it', () => {
    for (let cut = 0; cut < answer.length; cut++) expect(parseResponse(answer.subarray(0, cut))).toBeNull();
    const parsed = parseResponse(answer);
    expect(parsed?.answer.status).toBe(200);
    expect(parsed?.answer.body.toString()).toBe('{"data":{}}');
    expect(parsed?.used).toBe(answer.length);
    expect(parsed?.close).toBe(false);
  });
  it('joins a chunked body', () => {
    const chunked = Buffer.from('HTTP/1.1 400 Bad Request\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n4\r\n{"er\r\n7\r\nrors":1\r\n1\r\n}\r\n0\r\n\r\n');
    expect(parseResponse(chunked.subarray(0, chunked.length - 2))).toBeNull();
    const parsed = parseResponse(chunked);
    expect(parsed?.answer.status).toBe(400);
    expect(parsed?.answer.body.toString()).toBe('{"errors":1}');
    expect(parsed?.close).toBe(true);
  });
});

describe('RawConnection', () => {
  let server: http.Server;
  let port = 0;
  const seen: string[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push(body);
        const n = seen.length;
        // Every third answer is chunked, every fourth closes the connection.
        if (n % 4 === 0) res.setHeader('connection', 'close');
        if (n % 3 === 0) {
          res.write(`{"data":{"n":`);
          res.end(`${n},"echo":${body}}}`);
        } else {
          const text = `{"data":{"n":${n},"echo":${body}}}`;
          res.setHeader('content-length', Buffer.byteLength(text));
          res.end(text);
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends one request after another on a kept-alive connection, reconnecting when the server closes it', async () => {
    const connection = new RawConnection('127.0.0.1', port, 5000);
    const answers = [];
    for (let i = 1; i <= 9; i++) {
      const res = await connection.send(postBytes(`http://127.0.0.1:${port}/graphql`, JSON.stringify({ i, text: 'ü' })));
      answers.push(JSON.parse(res.body.toString('utf8')) as { data: { n: number; echo: { i: number; text: string } } });
    }
    connection.close();
    expect(answers.map((a) => a.data.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(answers.map((a) => a.data.echo.i)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(answers.every((a) => a.data.echo.text === 'ü')).toBe(true);
  });
});
