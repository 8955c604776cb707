/**
 * Query resolvers: each root field validates its arguments and makes exactly one store
 * call, which is one Cypher round trip. A node's lists are read by their own field
 * resolvers (types.ts), a page each; bilateral's `meetings` page adds a round trip only
 * when it shows evidence or corrections.
 */
import { AppError } from '../../domain/errors.js';
import { bilateralTies, type BilateralTies } from '../../store/queries/bilateral-ties.js';
import { auditTrail } from '../../store/queries/curation-record.js';
import { countryByCode } from '../../store/queries/country-details.js';
import { articleById, meetingById, placeById } from '../../store/queries/entity-details.js';
import { meetingChains, type ChainEnd } from '../../store/queries/meeting-chains.js';
import type { MeetingFilter } from '../../store/queries/meeting-filter.js';
import { neighbourhood, type FocusKind } from '../../store/queries/neighbourhood.js';
import { personById } from '../../store/queries/person-details.js';
import { partnersPage } from '../../store/queries/ranked-pages.js';
import { filterStatusOf, type StatusScope } from '../../store/queries/status-scope.js';
import { topicTrends } from '../../store/queries/topic-trends.js';
import type { ApiContext } from '../context.js';
import type { QueryResolvers } from '../generated/schema-types.js';
import * as v from '../validate.js';
import { meetingParts, meetingsConnection, rankedConnection } from './connections.js';
import { resolvedMeetingFilter } from './filters.js';
import { lookup } from './lookup.js';
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
  meetings: async (_, a, ctx, info) =>
    meetingsConnection(ctx, await resolvedMeetingFilter(a.filter, ctx), a, info),

  meeting: (_, a, ctx, info) =>
    meetingById(ctx.store, v.id(a.id, 'id'), meetingParts(info)),

  ...nodeQueries,

  person: (_, a, ctx) => personById(ctx.store, v.id(a.id, 'id')),

  country: (_, a, ctx) => countryByCode(ctx.store, countryArg(a.code, 'code')),

  place: (_, a, ctx) => placeById(ctx.store, v.id(a.id, 'id')),

  article: (_, a, ctx) => articleById(ctx.store, v.id(a.id, 'id')),

  bilateral: async (_, a, ctx): Promise<BilateralResult> => {
    const pa = partyArg(a.a, 'a');
    const pb = partyArg(a.b, 'b');
    if (pa.code === pb.code && pa.kind === pb.kind) throw new AppError('BAD_USER_INPUT', 'must differ from a', 'b');
    const range = v.dateRange(a.from, a.to);
    const ties = await bilateralTies(ctx.store, pa, pb, range, { scope: a.status, today: ctx.today() });
    return { ...ties, filter: { parties: [pa, pb], ...range, status: filterStatusOf(a.status) } };
  },

  partners: (_, a, ctx) => {
    const code = countryArg(a.country, 'country');
    const range = v.dateRange(a.from, a.to);
    // The period changes the ranking: a cursor names it, so it is refused for another.
    const tag = `partners:${a.status}:${range.from ?? ''}:${range.to ?? ''}`;
    return rankedConnection(ctx, tag, a, (page) => partnersPage(ctx.store, code, { ...page, ...range, scope: a.status, today: ctx.today() }));
  },

  graph: async (_, a, ctx) => {
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

  connection: async (_, a, ctx) => {
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

  topicTrends: (_, a, ctx) => {
    const range = v.dateRange(a.from, a.to);
    const { parties, groups } = partyListArg(a.countries, 'countries');
    return topicTrends(
      ctx.store,
      { parties, partyGroups: groups, ...range, status: filterStatusOf(a.status) },
      v.topics(a.topics, 'topics'),
      a.interval,
    );
  },

  auditTrail: (_, a, ctx) => auditTrail(ctx.store, v.count(a.first, 'first')),

  lookup: (_, a, ctx) => lookup(a, ctx),
} satisfies QueryResolvers;

