/** The load generator's check of an answer: its shortcut must never pass an error. */
import { describe, expect, it } from 'vitest';
import { answerProblem, bodyProblem } from '../../../bench/lib/http-load.js';

describe('answerProblem', () => {
  it('passes answers with data and no errors', () => {
    expect(answerProblem(200, '{"data":{"meetings":{"totalCount":3}}}')).toBeNull();
    // A string value that reads like an errors key is escaped in JSON, so it stays data.
    expect(answerProblem(200, JSON.stringify({ data: { note: '"errors":[1]' } }))).toBeNull();
  });

  it('reports GraphQL errors wherever the key sits, HTTP errors, missing data and non-JSON', () => {
    expect(answerProblem(200, '{"data":{"a":1},"errors":[{"message":"boom"}]}')).toBe('GraphQL error: boom');
    expect(answerProblem(200, '{"errors":[{"message":"bad"}],"data":null}')).toBe('GraphQL error: bad');
    expect(answerProblem(200, '{"data":null}')).toBe('no data in the answer');
    expect(answerProblem(400, '{"errors":[]}')).toMatch(/^HTTP 400/);
    expect(answerProblem(200, '<html>')).toMatch(/^not JSON/);
  });
});

describe('bodyProblem', () => {
  it('judges raw answers as answerProblem judges their text', () => {
    const answers: [number, string][] = [
      [200, '{"data":{"meetings":{"totalCount":3}}}'],
      [200, JSON.stringify({ data: { note: '"errors":[1]', place: 'Zürich' } })],
      [200, '{"data":{"a":1},"errors":[{"message":"boom ü"}]}'],
      [200, '{"errors":[{"message":"bad"}],"data":null}'],
      [200, '{"data":null}'],
      [400, '{"errors":[]}'],
      [200, '<html>'],
    ];
    for (const [status, text] of answers) expect(bodyProblem(status, Buffer.from(text, 'utf8'))).toBe(answerProblem(status, text));
    expect(bodyProblem(200, Buffer.from('{"data":{"a":1},"errors":[{"message":"boom ü"}]}'))).toBe('GraphQL error: boom ü');
  });
});
