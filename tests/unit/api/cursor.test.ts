/** Page cursors: a position round-trips under its own order and is refused under any other. */
import { describe, expect, it } from 'vitest';
import { decodeCursor, decodeOffset, encodeCursor, meetingOrderTag } from '../../../src/api/cursor.js';
import { AppError } from '../../../src/domain/errors.js';
import { compareIn, isAfter, positionOf, type MeetingOrder } from '../../../src/store/queries/meeting-order.js';
import type { MeetingView } from '../../../src/store/queries/meeting-projection.js';

const refusal = (f: () => unknown): AppError => {
  try {
    f();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected a refusal');
};

const meeting = (id: string, date: string | null, sourceCount = 1, confidence: number | null = 0.8): MeetingView =>
  ({ id, date, sourceCount, confidence }) as MeetingView;

describe('page cursors', () => {
  const newest = meetingOrderTag({ field: 'DATE', direction: 'DESC' });

  it('gives back the position it encodes, under the order that issued it', () => {
    expect(decodeCursor(encodeCursor(newest, ['2024-07-08', 'm-1']), newest)).toEqual(['2024-07-08', 'm-1']);
    const bySources = meetingOrderTag({ field: 'SOURCES', direction: 'ASC' });
    expect(decodeCursor(encodeCursor(bySources, [3, '2024', 'm-2']), bySources)).toEqual([3, '2024', 'm-2']);
    expect(decodeCursor(null, newest)).toBeNull();
    expect(decodeCursor(undefined, newest)).toBeNull();
  });

  it('refuses a cursor of another order or direction as BAD_USER_INPUT on after', () => {
    const cursor = encodeCursor(newest, ['2024-07-08', 'm-1']);
    for (const other of [meetingOrderTag({ field: 'DATE', direction: 'ASC' }), meetingOrderTag({ field: 'CONFIDENCE', direction: 'DESC' }), 'partners:HELD']) {
      const e = refusal(() => decodeCursor(cursor, other));
      expect(e).toBeInstanceOf(AppError);
      expect(e).toMatchObject({ code: 'BAD_USER_INPUT', input: 'after' });
    }
  });

  it('refuses text that is not a cursor', () => {
    for (const junk of ['', 'not a cursor', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('["x"]').toString('base64url'), Buffer.from('["x",null]').toString('base64url')]) {
      expect(refusal(() => decodeCursor(junk, newest)), junk).toMatchObject({ code: 'BAD_USER_INPUT', input: 'after' });
    }
  });

  it('reads a ranked list cursor as how many items came before, and nothing else', () => {
    expect(decodeOffset(encodeCursor('people', [20]), 'people')).toBe(20);
    expect(decodeOffset(null, 'people')).toBe(0);
    for (const bad of [[0], [-3], [1.5], ['20'], [1, 2]]) {
      expect(refusal(() => decodeOffset(encodeCursor('people', bad), 'people')), JSON.stringify(bad)).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    expect(refusal(() => decodeOffset(encodeCursor('partners:HELD', [5]), 'partners:BOTH'))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('meeting orders', () => {
  const ms = [
    meeting('m-a', '2024-07-08', 1, 0.9),
    meeting('m-b', null, 3, null),
    meeting('m-c', '2024-07', 2, 0.5),
    meeting('m-d', '2024-07-08', 2, 0.9),
    meeting('m-e', '2023', 1, 0.7),
  ];
  const sorted = (order: MeetingOrder): string[] => [...ms].sort(compareIn(order)).map((m) => m.id);

  it('puts undated meetings last in both date directions, equals by id', () => {
    expect(sorted({ field: 'DATE', direction: 'DESC' })).toEqual(['m-a', 'm-d', 'm-c', 'm-e', 'm-b']);
    expect(sorted({ field: 'DATE', direction: 'ASC' })).toEqual(['m-e', 'm-c', 'm-a', 'm-d', 'm-b']);
  });

  it('orders by sources or confidence, equals newest first, unknown confidence least sure', () => {
    expect(sorted({ field: 'SOURCES', direction: 'DESC' })).toEqual(['m-b', 'm-d', 'm-c', 'm-a', 'm-e']);
    expect(sorted({ field: 'SOURCES', direction: 'ASC' })).toEqual(['m-a', 'm-e', 'm-d', 'm-c', 'm-b']);
    expect(sorted({ field: 'CONFIDENCE', direction: 'DESC' })).toEqual(['m-a', 'm-d', 'm-e', 'm-c', 'm-b']);
    expect(sorted({ field: 'CONFIDENCE', direction: 'ASC' })).toEqual(['m-b', 'm-c', 'm-e', 'm-a', 'm-d']);
  });

  it('finds what comes after a position exactly as the sort does', () => {
    for (const field of ['DATE', 'SOURCES', 'CONFIDENCE'] as const) {
      for (const direction of ['ASC', 'DESC'] as const) {
        const order = { field, direction };
        const ids = sorted(order);
        ids.forEach((id, i) => {
          const at = positionOf(ms.find((m) => m.id === id) as MeetingView, order);
          expect(ms.filter((m) => isAfter(order, m, at)).map((m) => m.id).sort()).toEqual(ids.slice(i + 1).sort());
        });
      }
    }
  });
});
