/**
 * Relay connections: a page of meetings in the order asked, or a page of a ranked list
 * (counterparts, partners, a country's people and places), each edge with a cursor that
 * names the list's order, so a cursor of one order is refused by another.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { MeetingFilter } from '../../store/queries/meeting-filter.js';
import { NEWEST_FIRST, positionOf, type MeetingOrder } from '../../store/queries/meeting-order.js';
import type { MeetingParts, MeetingView } from '../../store/queries/meeting-projection.js';
import { meetingsPage, pageOf, type MeetingPage } from '../../store/queries/meetings-page.js';
import type { RankedPage } from '../../store/queries/ranked-pages.js';
import type { ApiContext } from '../context.js';
import { decodeCursor, decodeOffset, encodeCursor, meetingOrderTag, type OrderTag } from '../cursor.js';
import type { MeetingOrder as MeetingOrderInput, PageInfo } from '../generated/schema-types.js';
import { selectsAny } from '../selection.js';
import * as v from '../validate.js';

/** A page of a list, as its connection type has it. */
export interface Connection<T> {
  totalCount: number;
  edges: { node: T; cursor: string }[];
  nodes: T[];
  pageInfo: PageInfo;
}

/** A page of meetings, remembering what it was asked with for `undatedExcluded` (types.ts). */
export interface MeetingConnectionParent extends Connection<MeetingView> {
  undatedFilter: MeetingFilter | null;
}

/** The order asked; fields left out (or null) take the default, newest first. */
export function meetingOrder(input: MeetingOrderInput | null | undefined): MeetingOrder {
  return { field: input?.field ?? NEWEST_FIRST.field, direction: input?.direction ?? NEWEST_FIRST.direction };
}

/** Evidence costs an article lookup per claim: fetch it only when the query shows it. */
export function meetingParts(info: GraphQLResolveInfo): MeetingParts {
  return { evidence: selectsAny(info, ['evidence', 'placeEvidence']), corrections: selectsAny(info, ['corrections']) };
}

/** An edge encodes its cursor only if the query asks for it: most ask for the page's end cursor alone. */
class MeetingEdge {
  constructor(
    readonly node: MeetingView,
    private readonly order: MeetingOrder,
  ) {}

  get cursor(): string {
    return encodeCursor(meetingOrderTag(this.order), positionOf(this.node, this.order));
  }
}

/** `filter`: what the page was asked with, for `undatedExcluded`. */
export function meetingConnection(page: MeetingPage, order: MeetingOrder, filter: MeetingFilter | null): MeetingConnectionParent {
  const last = page.meetings[page.meetings.length - 1];
  return {
    undatedFilter: filter,
    totalCount: page.totalCount,
    edges: page.meetings.map((node) => new MeetingEdge(node, order)),
    nodes: page.meetings,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      endCursor: last ? encodeCursor(meetingOrderTag(order), positionOf(last, order)) : null,
    },
  };
}

export interface MeetingPageArgs {
  first: number;
  after?: string | null;
  orderBy?: MeetingOrderInput | null;
}

/** A page of the meetings matching `filter`, read from the graph, as a connection. */
export async function meetingsConnection(
  ctx: ApiContext,
  filter: MeetingFilter,
  a: MeetingPageArgs,
  info: GraphQLResolveInfo,
): Promise<MeetingConnectionParent> {
  const order = meetingOrder(a.orderBy);
  const first = v.count(a.first, 'first');
  const after = decodeCursor(a.after, meetingOrderTag(order));
  ctx.rows.charge(first, 'first');
  return meetingConnection(await meetingsPage(ctx.store, filter, { first, after, order }, meetingParts(info)), order, filter);
}

/** A page of meetings already at hand (a bilateral's cards), as a connection. */
export function cardsConnection(ctx: ApiContext, meetings: MeetingView[], a: MeetingPageArgs, filter: MeetingFilter): MeetingConnectionParent {
  const order = meetingOrder(a.orderBy);
  const first = v.count(a.first, 'first');
  const after = decodeCursor(a.after, meetingOrderTag(order));
  ctx.rows.charge(first, 'first');
  return meetingConnection(pageOf(meetings, { first, after, order }), order, filter);
}

export interface RankedPageArgs {
  first: number;
  after?: string | null;
}

/**
 * A page of a ranked list: `read` gets how many to skip and take. A cursor is the position
 * of its item in the ranking, under `tag` (the list and what it counts).
 */
export async function rankedConnection<T>(
  ctx: ApiContext,
  tag: OrderTag,
  a: RankedPageArgs,
  read: (ask: { skip: number; take: number }) => Promise<RankedPage<T>>,
): Promise<Connection<T>> {
  const first = v.count(a.first, 'first');
  const skip = decodeOffset(a.after, tag);
  ctx.rows.charge(first, 'first');
  const page = await read({ skip, take: first + 1 });
  const rows = page.rows.slice(0, first);
  const cursor = (i: number): string => encodeCursor(tag, [skip + i + 1]);
  return {
    totalCount: page.total,
    edges: rows.map((node, i) => ({ node, cursor: cursor(i) })),
    nodes: rows,
    pageInfo: { hasNextPage: page.rows.length > first, endCursor: rows.length ? cursor(rows.length - 1) : null },
  };
}
