/** Opaque page cursors: the position (date, id) of the last meeting of a page. */
import { AppError } from '../domain/errors.js';
import type { MeetingKey } from '../store/queries/meetings-page.js';

export function encodeCursor(key: MeetingKey): string {
  return Buffer.from(JSON.stringify([key.date, key.id])).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): MeetingKey | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return { date: value[0] as string, id: value[1] as string };
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('BAD_USER_INPUT', 'is not a cursor this API issued (use pageInfo.endCursor)', 'after');
}
