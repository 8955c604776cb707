/**
 * Walkable references: `node(id:)` and `nodes(ids:)` fetch anything with an id, and each
 * brief reference (PersonRef, PlaceRef, MeetingRef, ArticleRef, a country Party, Partner)
 * opens onto its whole node, so one query can go from a meeting to a counterpart to their
 * meetings. Every fetch is a batched read (batched-reads.ts): the references of one request
 * share a round trip per kind rather than one each. The depth and cost limits
 * (plugins/security-limits.ts) bound how far one walk goes.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { AppError } from '../../domain/errors.js';
import { countryByCode } from '../../store/queries/country-details.js';
import { articleById, meetingById, placeById } from '../../store/queries/entity-details.js';
import type { PartyRef } from '../../store/queries/meeting-projection.js';
import { personById } from '../../store/queries/person-details.js';
import type { ApiContext } from '../context.js';
import type { QueryResolvers, Resolvers, ResolversTypes } from '../generated/schema-types.js';
import * as v from '../validate.js';
import { meetingParts } from './connections.js';
import { countryArg } from './party-args.js';

type NodeKind = 'Meeting' | 'Person' | 'Place' | 'Article' | 'Country';

const MAX_NODES = 100;

/** What a node id names, by its form; a form of none is a BAD_USER_INPUT. */
function nodeKindOf(id: string, field: string): NodeKind {
  if (id.startsWith('m-')) return 'Meeting';
  if (id.startsWith('pl-')) return 'Place';
  if (id.startsWith('p-')) return 'Person';
  if (id.startsWith('a-')) return 'Article';
  if (/^[A-Za-z]{2}$/.test(id)) return 'Country';
  throw new AppError('BAD_USER_INPUT', `is not a node id: m-..., p-..., pl-..., a-... or a country's ISO code, got "${id}"`, field);
}

/** The node of this id, of the kind its form names, or null when the graph has none. */
function fetchNode(ctx: ApiContext, kind: NodeKind, id: string, info: GraphQLResolveInfo): Promise<ResolversTypes['Node'] | null> {
  switch (kind) {
    case 'Meeting':
      return meetingById(ctx.store, id, meetingParts(info));
    case 'Person':
      return personById(ctx.store, id);
    case 'Place':
      return placeById(ctx.store, id);
    case 'Article':
      return articleById(ctx.store, id);
    case 'Country':
      return countryByCode(ctx.store, id);
  }
}

function nodeById(ctx: ApiContext, raw: string, field: string, info: GraphQLResolveInfo): Promise<ResolversTypes['Node'] | null> {
  const id = v.id(raw.trim(), field);
  const kind = nodeKindOf(id, field);
  return fetchNode(ctx, kind, kind === 'Country' ? countryArg(id, field) : id, info);
}

export const nodeQueries = {
  node: (_, a, ctx, info) => nodeById(ctx, a.id, 'id', info),

  nodes: (_, a, ctx, info) => {
    if (a.ids.length > MAX_NODES) throw new AppError('BAD_USER_INPUT', `at most ${MAX_NODES}, got ${a.ids.length}`, 'ids');
    // Every id is checked before any is fetched: one malformed id refuses the whole list.
    a.ids.forEach((id, i) => nodeKindOf(v.id(id.trim(), `ids[${i}]`), `ids[${i}]`));
    return Promise.all(a.ids.map((id, i) => nodeById(ctx, id, `ids[${i}]`, info)));
  },
} satisfies QueryResolvers;

const country = (party: Pick<PartyRef, 'code' | 'kind'>, ctx: ApiContext) =>
  party.kind === 'COUNTRY' ? countryByCode(ctx.store, party.code) : null;

/** Resolvers of the Node interface and of the fields that continue a walk from a brief reference. */
export const nodeTypes = {
  Node: {
    __resolveType: (o) => ('id' in o ? nodeKindOf(o.id, 'id') : 'Country'),
  },
  PersonRef: { person: (p, _, ctx) => personById(ctx.store, p.id) },
  PlaceRef: { place: (p, _, ctx) => placeById(ctx.store, p.id) },
  ArticleRef: { article: (a, _, ctx) => articleById(ctx.store, a.id) },
  MeetingRef: { meeting: (m, _, ctx, info) => meetingById(ctx.store, m.id, meetingParts(info)) },
  Party: { country: (p, _, ctx) => country(p, ctx) },
  Partner: { country: (p, _, ctx) => country(p.party, ctx) },
} satisfies Resolvers;
