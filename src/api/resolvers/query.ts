/**
 * Query resolvers: each root field validates its arguments and makes exactly one store
 * call, which is one Cypher round trip. A node's lists are read by their own field
 * resolvers (types.ts), a page each; bilateral's `meetings` page adds a round trip only
 * when it shows evidence or corrections.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { AppError } from '../../domain/errors.js';
import { bilateralTies, type BilateralTies } from '../../store/queries/bilateral-ties.js';
import { auditTrail } from '../../store/queries/curation-record.js';
import { countryByCode } from '../../store/queries/country-details.js';
import { articleById, meetingById, placeById } from '../../store/queries/entity-details.js';
import { meetingChains, type ChainEnd } from '../../store/queries/meeting-chains.js';
import type { MeetingFilter } from '../../store/queries/meeting-filter.js';
import { neighbourhood, type FocusKind, type GraphMode } from '../../store/queries/neighbourhood.js';
import { personById } from '../../store/queries/person-details.js';
import { partnersPage } from '../../store/queries/ranked-pages.js';
import { filterStatusOf, type StatusScope } from '../../store/queries/status-scope.js';
import { topicTrends } from '../../store/queries/topic-trends.js';
import type { ApiContext } from '../context.js';
import * as v from '../validate.js';
import { meetingParts, meetingsConnection, rankedConnection, type MeetingPageArgs } from './connections.js';
import { resolvedMeetingFilter, type MeetingFilterInput } from './filters.js';
import { lookup, type EntityKind } from './lookup.js';
import { nodeQueries } from './nodes.js';
import { countryArg, partyArg, partyListArg, partyOrPersonArg } from './party-args.js';


/**
 * The graph's scope: its `status` argument, else the filter's status, else held. Both given
 * and disagreeing is an error rather than an empty graph.
 */
export function graphScope(status: StatusScope | null | undefined, filterStatus: string | null | undefined): StatusScope {
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
  meetings: async (_: unknown, a: MeetingPageArgs & { filter?: MeetingFilterInput }, ctx: ApiContext, info: GraphQLResolveInfo) =>
    meetingsConnection(ctx, await resolvedMeetingFilter(a.filter, ctx), a, info),

  meeting: (_: unknown, a: { id: string }, ctx: ApiContext, info: GraphQLResolveInfo) =>
    meetingById(ctx.store, v.id(a.id, 'id'), meetingParts(info)),

  ...nodeQueries,

  person: (_: unknown, a: { id: string }, ctx: ApiContext) => personById(ctx.store, v.id(a.id, 'id')),

  country: (_: unknown, a: { code: string }, ctx: ApiContext) => countryByCode(ctx.store, countryArg(a.code, 'code')),

  place: (_: unknown, a: { id: string }, ctx: ApiContext) => placeById(ctx.store, v.id(a.id, 'id')),

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
    a: { country: string; from?: string; to?: string; first: number; after?: string | null; status: StatusScope },
    ctx: ApiContext,
  ) => {
    const code = countryArg(a.country, 'country');
    const range = v.dateRange(a.from, a.to);
    // The period changes the ranking: a cursor names it, so it is refused for another.
    const tag = `partners:${a.status}:${range.from ?? ''}:${range.to ?? ''}`;
    return rankedConnection(ctx, tag, a, (page) => partnersPage(ctx.store, code, { ...page, ...range, scope: a.status, today: ctx.today() }));
  },

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

  auditTrail: (_: unknown, a: { first: number }, ctx: ApiContext) => auditTrail(ctx.store, v.count(a.first, 'first')),

  lookup: (_: unknown, a: { text: string; kinds?: EntityKind[] | null; first: number }, ctx: ApiContext) => lookup(a, ctx),
} satisfies Record<string, (parent: unknown, args: never, ctx: ApiContext, info: GraphQLResolveInfo) => unknown>;

