/**
 * Query resolvers: each root field validates its arguments and makes exactly one store
 * call, which is one Cypher round trip (bilateral's `meetings` page adds a second only
 * when it shows evidence or corrections).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { AppError } from '../../domain/errors.js';
import { bilateralTies, type BilateralTies } from '../../store/queries/bilateral-ties.js';
import { auditTrail } from '../../store/queries/curation-record.js';
import { countryByCode } from '../../store/queries/country-details.js';
import { articleById, meetingById, placeById } from '../../store/queries/entity-details.js';
import { fullTextSearch } from '../../store/queries/full-text-search.js';
import { meetingChains, type ChainEnd } from '../../store/queries/meeting-chains.js';
import type { MeetingFilter } from '../../store/queries/meeting-filter.js';
import type { Meeting, MeetingParts } from '../../store/queries/meeting-projection.js';
import { keyOf, meetingsPage, type MeetingPage } from '../../store/queries/meetings-page.js';
import { neighbourhood, type FocusKind, type GraphMode } from '../../store/queries/neighbourhood.js';
import { partnersOf } from '../../store/queries/partners-of.js';
import { personById } from '../../store/queries/person-details.js';
import { filterStatusOf, type StatusScope } from '../../store/queries/status-scope.js';
import { topicTrends } from '../../store/queries/topic-trends.js';
import type { ApiContext } from '../context.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { largestFirst, scopesAsked, selectsAny } from '../selection.js';
import * as v from '../validate.js';
import { resolvedMeetingFilter, type MeetingFilterInput } from './filters.js';
import { lookup, type EntityKind } from './lookup.js';
import { countryArg, partyArg, partyListArg, partyOrPersonArg } from './party-args.js';


/** Evidence costs an article lookup per claim: fetch it only when the query shows it. */
export function meetingParts(info: GraphQLResolveInfo): MeetingParts {
  return { evidence: selectsAny(info, ['evidence', 'placeEvidence']), corrections: selectsAny(info, ['corrections']) };
}

/** An edge encodes its cursor only if the query asks for it: most ask for the page's end cursor alone. */
class MeetingEdge {
  constructor(readonly node: Meeting) {}

  get cursor(): string {
    return encodeCursor(keyOf(this.node));
  }
}

/** `filter`: what the page was asked with, for `undatedExcluded`; null when it had no date range. */
export function connection(page: MeetingPage, filter: MeetingFilter | null = null): unknown {
  return {
    undatedFilter: filter,
    totalCount: page.totalCount,
    edges: page.meetings.map((node) => new MeetingEdge(node)),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      endCursor: page.meetings.length ? encodeCursor(keyOf(page.meetings[page.meetings.length - 1] as Meeting)) : null,
    },
  };
}

/**
 * The graph's scope: its `status` argument, else the filter's status, else held. Both given
 * and disagreeing is an error rather than an empty graph.
 */
function graphScope(status: StatusScope | null | undefined, filterStatus: string | null | undefined): StatusScope {
  const fromFilter: StatusScope | null = filterStatus === 'held' ? 'HELD' : filterStatus === 'planned' ? 'PLANNED' : null;
  if (status && fromFilter && status !== 'BOTH' && status !== fromFilter) {
    throw new AppError('BAD_USER_INPUT', `asks for ${status} meetings while filter.status asks for ${fromFilter}; give one`, 'status');
  }
  return fromFilter ?? status ?? 'HELD';
}

/** A bilateral result remembers what it was asked, for its `meetings` page. */
export interface BilateralResult extends BilateralTies {
  filter: MeetingFilter;
}

/** A meeting or place id, else a party or a person by id or name (party-args.ts). */
async function focusOf(value: string, field: string, ctx: ApiContext): Promise<{ id: string; kind: FocusKind }> {
  const id = v.id(value.trim(), field);
  if (id.startsWith('m-')) return { id, kind: 'MEETING' };
  if (id.startsWith('pl-')) return { id, kind: 'PLACE' };
  return partyOrPersonArg(id, field, ctx);
}

function chainEnd(value: string, field: string, ctx: ApiContext): Promise<{ id: string; kind: ChainEnd }> {
  if (/^(m|pl)-/.test(value.trim())) {
    throw new AppError('BAD_USER_INPUT', 'must be a person (id or name) or a country or organisation', field);
  }
  return partyOrPersonArg(value, field, ctx);
}

export const Query = {
  meetings: async (
    _: unknown,
    a: { filter?: MeetingFilterInput; first: number; after?: string },
    ctx: ApiContext,
    info: GraphQLResolveInfo,
  ) => {
    const filter = await resolvedMeetingFilter(a.filter, ctx);
    const page = await meetingsPage(ctx.store, filter, v.count(a.first, 'first'), decodeCursor(a.after), meetingParts(info));
    return connection(page, filter);
  },

  meeting: (_: unknown, a: { id: string }, ctx: ApiContext) => meetingById(ctx.store, v.id(a.id, 'id')),

  person: (_: unknown, a: { id: string }, ctx: ApiContext, info: GraphQLResolveInfo) =>
    personById(ctx.store, v.id(a.id, 'id'), {
      scopes: scopesAsked(info, ['meetingCount', 'meetings', 'counterparts']),
      take: Math.max(largestFirst(info, 'meetings', 20), largestFirst(info, 'counterparts', 20)),
      today: ctx.today(),
    }),

  country: (_: unknown, a: { code: string }, ctx: ApiContext, info: GraphQLResolveInfo) =>
    countryByCode(ctx.store, countryArg(a.code, 'code'), {
      scopes: scopesAsked(info, ['meetingCount', 'meetings', 'partners']),
      take: Math.max(...['meetings', 'partners', 'people'].map((f) => largestFirst(info, f, 20))),
      today: ctx.today(),
    }),

  place: (_: unknown, a: { id: string }, ctx: ApiContext, info: GraphQLResolveInfo) =>
    placeById(ctx.store, v.id(a.id, 'id'), {
      scopes: scopesAsked(info, ['meetingCount', 'meetings']),
      take: largestFirst(info, 'meetings', 20),
    }),

  article: (_: unknown, a: { id: string }, ctx: ApiContext) => articleById(ctx.store, v.id(a.id, 'id')),

  bilateral: async (
    _: unknown,
    a: { a: string; b: string; from?: string; to?: string; status: StatusScope },
    ctx: ApiContext,
  ): Promise<BilateralResult> => {
    const pa = partyArg(a.a, 'a');
    const pb = partyArg(a.b, 'b');
    if (pa.code === pb.code && pa.kind === pb.kind) throw new AppError('BAD_USER_INPUT', 'must differ from a', 'b');
    const range = v.dateRange(a.from, a.to);
    const ties = await bilateralTies(ctx.store, pa, pb, range, { scope: a.status, today: ctx.today() });
    return { ...ties, filter: { parties: [pa, pb], ...range, status: filterStatusOf(a.status) } };
  },

  partners: (
    _: unknown,
    a: { country: string; from?: string; to?: string; first: number; status: StatusScope },
    ctx: ApiContext,
  ) =>
    partnersOf(ctx.store, countryArg(a.country, 'country'), v.dateRange(a.from, a.to), {
      scope: a.status,
      take: v.count(a.first, 'first'),
      today: ctx.today(),
    }),

  graph: async (
    _: unknown,
    a: { focus: string; depth: number; filter?: MeetingFilterInput; limit: number; mode: GraphMode; status?: StatusScope | null },
    ctx: ApiContext,
  ) => {
    if (a.filter?.text) throw new AppError('BAD_USER_INPUT', 'graph does not filter by text; use search or meetings', 'filter.text');
    const scope = graphScope(a.status, a.filter?.status);
    const focus = await focusOf(a.focus, 'focus', ctx);
    const filter = await resolvedMeetingFilter(a.filter, ctx);
    return neighbourhood(
      ctx.store,
      focus,
      v.range(a.depth, 'depth', 1, 3),
      { ...filter, status: filterStatusOf(scope) },
      v.count(a.limit, 'limit'),
      a.mode,
    );
  },

  connection: async (
    _: unknown,
    a: { from: string; to: string; maxHops: number; first: number; status: StatusScope },
    ctx: ApiContext,
  ) => {
    const from = await chainEnd(a.from, 'from', ctx);
    const to = await chainEnd(a.to, 'to', ctx);
    if ((from.kind === 'PERSON') !== (to.kind === 'PERSON')) {
      throw new AppError('BAD_USER_INPUT', 'must be of the same kind as from: two people or two parties', 'to');
    }
    if (from.id === to.id) throw new AppError('BAD_USER_INPUT', 'must differ from from', 'to');
    return meetingChains(ctx.store, from, to, {
      maxHops: v.range(a.maxHops, 'maxHops', 1, 4),
      first: v.count(a.first, 'first', 50),
      scope: a.status,
    });
  },

  topicTrends: (
    _: unknown,
    a: { topics?: string[]; countries?: string[]; from?: string; to?: string; interval: 'MONTH' | 'YEAR'; status: StatusScope },
    ctx: ApiContext,
  ) => {
    const range = v.dateRange(a.from, a.to);
    const { parties, groups } = partyListArg(a.countries, 'countries');
    return topicTrends(
      ctx.store,
      { parties, partyGroups: groups, ...range, status: filterStatusOf(a.status) },
      v.topics(a.topics, 'topics'),
      a.interval,
    );
  },

  search: (_: unknown, a: { text: string; first: number }, ctx: ApiContext) =>
    fullTextSearch(ctx.store, v.text(a.text, 'text', 200) ?? '', v.count(a.first, 'first')),

  auditTrail: (_: unknown, a: { first: number }, ctx: ApiContext) => auditTrail(ctx.store, v.count(a.first, 'first')),

  lookup: (_: unknown, a: { text: string; kinds?: EntityKind[] | null; first: number }, ctx: ApiContext) => lookup(a, ctx),
} satisfies Record<string, (parent: unknown, args: never, ctx: ApiContext, info: GraphQLResolveInfo) => unknown>;

