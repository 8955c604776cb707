/**
 * How many list items one request may ask for, across all its pages: the cost limit
 * (plugins/security-limits.ts) sees only `first` written in the document, not one given as a
 * variable or left to its default, and a walk multiplies pages (500 meetings, each
 * participant's 500 meetings ...). Each page charges its `first` here before it is read.
 */
import { AppError } from '../domain/errors.js';

/** Enough for a page of 500 meetings with a page of 20 for each of their participants. */
export const MAX_ROWS_PER_REQUEST = 25_000;

export interface RowBudget {
  /** Charges `rows` to the request; over the budget, refuses it with QUERY_TOO_COMPLEX. */
  charge(rows: number, field: string): void;
}

export function rowBudget(max = MAX_ROWS_PER_REQUEST): RowBudget {
  let left = max;
  return {
    charge(rows, field) {
      left -= rows;
      if (left < 0) {
        throw new AppError('QUERY_TOO_COMPLEX', `the request asks for more than ${max} list items in all; ask for smaller pages`, field);
      }
    },
  };
}
