/**
 * Field resolvers of object types: enum values as stored, meeting counts per status scope
 * (the node query counted every scope), and the lists of a node, each a connection read a
 * page at a time: meetings in the order asked (the bilateral's from the cards its root
 * already holds unless the query shows evidence), and ranked lists.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { CountryDetail } from '../../store/queries/country-details.js';
import type { ArticleDetail, PlaceDetail } from '../../store/queries/entity-details.js';
import { compareIn } from '../../store/queries/meeting-order.js';
import type { MeetingFilter } from '../../store/queries/meeting-filter.js';
import type { PersonDetail } from '../../store/queries/person-details.js';
import { counterpartsPage, countryPeoplePage, countryPlacesPage, partnersPage } from '../../store/queries/ranked-pages.js';
import { filterStatusOf, type ByScope, type StatusScope } from '../../store/queries/status-scope.js';
import { undatedCount } from '../../store/queries/undated-count.js';
import type { ApiContext } from '../context.js';
import {
  cardsConnection,
  meetingOrder,
  meetingParts,
  meetingsConnection,
  rankedConnection,
  type MeetingOrderInput,
  type MeetingPageArgs,
  type RankedPageArgs,
} from './connections.js';
import type { BilateralResult } from './query.js';

const meetingCount = (parent: { meetingCount: ByScope<number> }, a: { status: StatusScope }): number => parent.meetingCount[a.status] ?? 0;

type ScopedPageArgs = MeetingPageArgs & { status: StatusScope };

/** A node's meetings of the scope asked, as a page of the meetings matching `filter`. */
const meetingsOf =
  <P>(filter: (parent: P) => MeetingFilter) =>
  (parent: P, a: ScopedPageArgs, ctx: ApiContext, info: GraphQLResolveInfo) =>
    meetingsConnection(ctx, { ...filter(parent), status: filterStatusOf(a.status) }, a, info);

/** GraphQL enum names -> the values the graph stores. */
export const enums = {
  Modality: { IN_PERSON: 'in_person', PHONE: 'phone', VIDEO: 'video' },
  MeetingStatus: { HELD: 'held', PLANNED: 'planned' },
  SettingKind: { STANDALONE: 'standalone', SIDELINES: 'sidelines' },
  Side: { VISITOR: 'visitor', HOST: 'host' },
  TopicStatus: { DISCUSSED: 'discussed', EXPECTED: 'expected' },
  IngestOutcome: { NEW: 'new', UNCHANGED: 'unchanged', REPLACED: 'replaced', SUPERSEDED: 'superseded', FAILED: 'failed' },
  ArticleFormat: { TEXT: 'text', JSON: 'json', JSONL: 'jsonl', HTML: 'html', FEED: 'feed' },
};

export const types = {
  Person: {
    meetingCount,
    meetings: meetingsOf<PersonDetail>((p) => ({ people: [p.id] })),
    counterparts: (p: PersonDetail, a: RankedPageArgs & { status: StatusScope }, ctx: ApiContext) =>
      rankedConnection(ctx, `counterparts:${a.status}`, a, (page) =>
        counterpartsPage(ctx.store, p.id, { ...page, scope: a.status, today: ctx.today() }),
      ),
  },
  Country: {
    // A country's node id is its code.
    id: (c: CountryDetail) => c.code,
    meetingCount,
    meetings: meetingsOf<CountryDetail>((c) => ({ parties: [{ code: c.code, kind: 'COUNTRY' }] })),
    partners: (c: CountryDetail, a: RankedPageArgs & { status: StatusScope }, ctx: ApiContext) =>
      rankedConnection(ctx, `partners:${a.status}`, a, (page) => partnersPage(ctx.store, c.code, { ...page, scope: a.status, today: ctx.today() })),
    people: (c: CountryDetail, a: RankedPageArgs, ctx: ApiContext) =>
      rankedConnection(ctx, 'people', a, (page) => countryPeoplePage(ctx.store, c.code, page)),
    places: (c: CountryDetail, a: RankedPageArgs, ctx: ApiContext) =>
      rankedConnection(ctx, 'places', a, (page) => countryPlacesPage(ctx.store, c.code, page)),
  },
  Place: {
    meetingCount,
    meetings: meetingsOf<PlaceDetail>((pl) => ({ place: pl.id })),
  },
  Article: {
    // An article reports a handful of meetings, all fetched with it: ordered here.
    meetings: (a: ArticleDetail, args: { orderBy?: MeetingOrderInput | null }) => [...a.meetings].sort(compareIn(meetingOrder(args.orderBy))),
  },
  MeetingConnection: {
    // Its own round trip, only when asked: most pages never show it.
    undatedExcluded: (parent: { undatedFilter: MeetingFilter | null }, _: unknown, ctx: ApiContext) =>
      parent.undatedFilter ? undatedCount(ctx.store, parent.undatedFilter) : 0,
  },
  Bilateral: {
    meetings: (parent: BilateralResult, a: MeetingPageArgs, ctx: ApiContext, info: GraphQLResolveInfo) => {
      const parts = meetingParts(info);
      // The root already holds every meeting's card; only evidence needs the graph again.
      if (!parts.evidence && !parts.corrections) return cardsConnection(ctx, parent.cards, a, parent.filter);
      return meetingsConnection(ctx, parent.filter, a, info);
    },
  },
};
