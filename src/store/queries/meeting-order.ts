/**
 * The orders a list of meetings can be read in, each as sort keys written once for Cypher and
 * once for meetings already at hand, so a page fetched from the graph and a page cut from
 * cards in memory agree. Every order ends on the meeting id, so ties never swap between pages.
 * Keys are never null: undated meetings come last in both date directions, and a meeting of
 * unknown confidence counts as the least sure.
 */
import type { MeetingView } from './meeting-projection.js';

/** What the orders read of a meeting. */
type Sortable = Pick<MeetingView, 'id' | 'date' | 'sourceCount' | 'confidence'>;

export type MeetingOrderField = 'DATE' | 'SOURCES' | 'CONFIDENCE';
export type SortDirection = 'ASC' | 'DESC';

export interface MeetingOrder {
  field: MeetingOrderField;
  direction: SortDirection;
}

export const NEWEST_FIRST: MeetingOrder = { field: 'DATE', direction: 'DESC' };

/** One sort key value: what a cursor holds per key. */
export type SortValue = string | number;

interface SortKey {
  /** Cypher for the key of the meeting in `v`. */
  cypher: (v: string) => string;
  of: (m: Sortable) => SortValue;
  descending: boolean;
}

// '~' sorts after every digit, so undated meetings follow the dated ones going up as well.
const dateKey = (descending: boolean): SortKey =>
  descending
    ? { cypher: (v) => `coalesce(${v}.date, '')`, of: (m) => m.date ?? '', descending }
    : { cypher: (v) => `coalesce(${v}.date, '~')`, of: (m) => m.date ?? '~', descending };

const idKey: SortKey = { cypher: (v) => `${v}.id`, of: (m) => m.id, descending: false };

/** The keys of an order, most significant first; the last is always the id. */
export function sortKeys(order: MeetingOrder): SortKey[] {
  const descending = order.direction === 'DESC';
  if (order.field === 'DATE') return [dateKey(descending), idKey];
  const first: SortKey =
    order.field === 'SOURCES'
      ? { cypher: (v) => `coalesce(${v}.sourceCount, 0)`, of: (m) => m.sourceCount, descending }
      : { cypher: (v) => `coalesce(${v}.confidence, -1.0)`, of: (m) => m.confidence ?? -1, descending };
  // Equals on the first key: newest first, as the default order reads.
  return [first, dateKey(true), idKey];
}

/** The cursor values of a meeting in this order. */
export function positionOf(m: Sortable, order: MeetingOrder): SortValue[] {
  return sortKeys(order).map((k) => k.of(m));
}

/** Cypher ORDER BY items for meetings in `v`. */
export function orderByCypher(order: MeetingOrder, v: string): string {
  return sortKeys(order)
    .map((k) => `${k.cypher(v)}${k.descending ? ' DESC' : ''}`)
    .join(', ');
}

/** Cypher: whether the meeting in `v` comes after the position in parameter `param` (a list of key values). */
export function afterCypher(order: MeetingOrder, v: string, param: string): string {
  const keys = sortKeys(order);
  const step = (i: number): string => {
    const k = keys[i] as SortKey;
    const beyond = `${k.cypher(v)} ${k.descending ? '<' : '>'} ${param}[${i}]`;
    return i === keys.length - 1 ? beyond : `(${beyond} OR (${k.cypher(v)} = ${param}[${i}] AND ${step(i + 1)}))`;
  };
  return step(0);
}

/** Compares two meetings in this order, as `orderByCypher` sorts them. */
export function compareIn(order: MeetingOrder): (x: Sortable, y: Sortable) => number {
  const keys = sortKeys(order);
  return (x, y) => comparePositions(keys, positionOf(x, order), positionOf(y, order));
}

/** Whether the meeting lies after the position, in this order. */
export function isAfter(order: MeetingOrder, m: Sortable, position: SortValue[]): boolean {
  return comparePositions(sortKeys(order), positionOf(m, order), position) > 0;
}

function comparePositions(keys: SortKey[], a: SortValue[], b: SortValue[]): number {
  for (let i = 0; i < keys.length; i++) {
    const x = a[i] as SortValue;
    const y = b[i] as SortValue;
    if (x === y) continue;
    const less = x < y ? -1 : 1;
    return (keys[i] as SortKey).descending ? -less : less;
  }
  return 0;
}
