/**
 * Opaque page cursors: the order a list was read in and the position (sort key values) of
 * the last item of a page. A cursor is only good for the order that issued it: handed to a
 * list read in another order it would silently skip or repeat items, so it is refused.
 */
import { AppError } from '../domain/errors.js';
import type { MeetingOrder, SortValue } from '../store/queries/meeting-order.js';

/** The name of a list's order, as a cursor records it. */
export type OrderTag = string;

export const meetingOrderTag = (order: MeetingOrder): OrderTag => `meetings:${order.field}:${order.direction}`;

export function encodeCursor(tag: OrderTag, position: SortValue[]): string {
  return Buffer.from(JSON.stringify([tag, ...position])).toString('base64url');
}

const isSortValue = (v: unknown): v is SortValue => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

/** The position in `cursor` for a list read in order `tag`; null without a cursor. */
export function decodeCursor(cursor: string | null | undefined, tag: OrderTag, field = 'after'): SortValue[] | null {
  if (cursor === null || cursor === undefined) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = null;
  }
  if (!Array.isArray(value) || value.length < 2 || typeof value[0] !== 'string' || !value.slice(1).every(isSortValue)) {
    throw new AppError('BAD_USER_INPUT', 'is not a cursor this API issued (use pageInfo.endCursor)', field);
  }
  if (value[0] !== tag) {
    throw new AppError('BAD_USER_INPUT', `is a cursor of another list or order (${value[0]}), not of ${tag}: start again without it`, field);
  }
  return value.slice(1) as SortValue[];
}

/** For lists ranked in one fixed order: the position is how many items came before. */
export function decodeOffset(cursor: string | null | undefined, tag: OrderTag, field = 'after'): number {
  const position = decodeCursor(cursor, tag, field);
  if (position === null) return 0;
  const [offset] = position;
  if (position.length !== 1 || typeof offset !== 'number' || !Number.isInteger(offset) || offset < 1) {
    throw new AppError('BAD_USER_INPUT', 'is not a cursor this API issued (use pageInfo.endCursor)', field);
  }
  return offset;
}
