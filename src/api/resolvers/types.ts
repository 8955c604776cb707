/**
 * Field resolvers of object types: enum values as stored, meeting counts per status scope
 * (the node query counted every scope), and the lists of a node, each a connection read a
 * page at a time: meetings in the order asked (the bilateral's from the cards its root
 * already holds unless the query shows evidence), and ranked lists.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { MeetingFilter } from '../../store/queries/meeting-filter.js';
import { compareIn } from '../../store/queries/meeting-order.js';
import { counterpartsPage, countryPeoplePage, countryPlacesPage, partnersPage } from '../../store/queries/ranked-pages.js';
import { filterStatusOf, type ByScope, type StatusScope } from '../../store/queries/status-scope.js';
import { undatedCount } from '../../store/queries/undated-count.js';
import type { ApiContext } from '../context.js';
import * as storedEnums from '../generated/schema-types.js';
import type { Resolvers } from '../generated/schema-types.js';
import { cardsConnection, meetingOrder, meetingParts, meetingsConnection, rankedConnection, type MeetingPageArgs } from './connections.js';

const meetingCount = (parent: { meetingCount: ByScope<number> }, a: { status: StatusScope }): number => parent.meetingCount[a.status] ?? 0;

/** A node's meetings of the scope asked, as a page of the meetings matching `filter`. */
const meetingsOf =
  <P>(filter: (parent: P) => MeetingFilter) =>
  (parent: P, a: MeetingPageArgs & { status: StatusScope }, ctx: ApiContext, info: GraphQLResolveInfo) =>
    meetingsConnection(ctx, { ...filter(parent), status: filterStatusOf(a.status) }, a, info);

/**
 * GraphQL enum names -> the values the graph stores, for every enum of the schema: the
 * generated objects hold them (scripts/codegen.ts says which enums the graph stores in
 * lower case; the others map each name to itself).
 */
export const enums = { ...storedEnums };

export const types = {
  Person: {
    meetingCount,
    meetings: meetingsOf((p) => ({ people: [p.id] })),
    counterparts: (p, a, ctx) =>
      rankedConnection(ctx, `counterparts:${a.status}`, a, (page) =>
        counterpartsPage(ctx.store, p.id, { ...page, scope: a.status, today: ctx.today() }),
      ),
  },
  Country: {
    // A country's node id is its code.
    id: (c) => c.code,
    meetingCount,
    meetings: meetingsOf((c) => ({ parties: [{ code: c.code, kind: 'COUNTRY' }] })),
    partners: (c, a, ctx) =>
      rankedConnection(ctx, `partners:${a.status}`, a, (page) => partnersPage(ctx.store, c.code, { ...page, scope: a.status, today: ctx.today() })),
    people: (c, a, ctx) => rankedConnection(ctx, 'people', a, (page) => countryPeoplePage(ctx.store, c.code, page)),
    places: (c, a, ctx) => rankedConnection(ctx, 'places', a, (page) => countryPlacesPage(ctx.store, c.code, page)),
  },
  Place: {
    meetingCount,
    meetings: meetingsOf((pl) => ({ place: pl.id })),
  },
  Article: {
    // An article reports a handful of meetings, all fetched with it: ordered here.
    meetings: (a, args) => [...a.meetings].sort(compareIn(meetingOrder(args.orderBy))),
  },
  MeetingConnection: {
    // Its own round trip, only when asked: most pages never show it.
    undatedExcluded: (parent, _, ctx) => (parent.undatedFilter ? undatedCount(ctx.store, parent.undatedFilter) : 0),
  },
  Bilateral: {
    meetings: (parent, a, ctx, info) => {
      const parts = meetingParts(info);
      // The root already holds every meeting's card; only evidence needs the graph again.
      if (!parts.evidence && !parts.corrections) return cardsConnection(ctx, parent.cards, a, parent.filter);
      return meetingsConnection(ctx, parent.filter, a, info);
    },
  },
} satisfies Resolvers;
