/**
 * Field resolvers of object types: enum values as stored, neighbour lists sliced to the
 * `first` each selection asked for (the root fetched the largest), and the bilateral
 * meetings page (from the root's cards, or its own round trip when it shows evidence).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { countryByCode, type CountryDetail } from '../../store/queries/country-details.js';
import { placeById, type PlaceDetail } from '../../store/queries/entity-details.js';
import type { MeetingFilter } from '../../store/queries/meeting-filter.js';
import { meetingsPage, pageOf } from '../../store/queries/meetings-page.js';
import { personById, type PersonDetail } from '../../store/queries/person-details.js';
import type { ByScope, StatusScope } from '../../store/queries/status-scope.js';
import { undatedCount } from '../../store/queries/undated-count.js';
import type { ApiContext } from '../context.js';
import { decodeCursor } from '../cursor.js';
import * as v from '../validate.js';
import { connection, meetingParts, type BilateralResult } from './query.js';

const slice =
  (field: string) =>
  (parent: Record<string, unknown>, a: { first: number }): unknown[] =>
    (parent[field] as unknown[]).slice(0, v.count(a.first, 'first'));

type Fetch<P> = (parent: P, scope: StatusScope, take: number, ctx: ApiContext) => Promise<P | null>;

/**
 * A list or count of the scope asked: the root fetched every scope its selection asked for;
 * one it could not see (it never should) is fetched here rather than answered empty.
 */
function scoped<P, K extends keyof P>(field: K, fetch: Fetch<P>) {
  return async (parent: P, a: { status: StatusScope; first?: number }, ctx: ApiContext): Promise<unknown> => {
    const take = a.first === undefined ? 1 : v.count(a.first, 'first');
    let have = (parent[field] as ByScope<unknown>)[a.status];
    if (have === undefined) have = ((await fetch(parent, a.status, take, ctx))?.[field] as ByScope<unknown> | undefined)?.[a.status];
    if (Array.isArray(have)) return have.slice(0, take);
    return have ?? (a.first === undefined ? 0 : []);
  };
}

const person: Fetch<PersonDetail> = (p, scope, take, ctx) => personById(ctx.store, p.id, { scopes: [scope], take, today: ctx.today() });
const country: Fetch<CountryDetail> = (c, scope, take, ctx) =>
  countryByCode(ctx.store, c.code, { scopes: [scope], take, today: ctx.today() });
const place: Fetch<PlaceDetail> = (pl, scope, take, ctx) => placeById(ctx.store, pl.id, { scopes: [scope], take });

/** GraphQL enum names -> the values the graph stores. */
export const enums = {
  Modality: { IN_PERSON: 'in_person', PHONE: 'phone', VIDEO: 'video' },
  MeetingStatus: { HELD: 'held', PLANNED: 'planned' },
  SettingKind: { STANDALONE: 'standalone', SIDELINES: 'sidelines' },
  Side: { VISITOR: 'visitor', HOST: 'host' },
  TopicStatus: { DISCUSSED: 'discussed', EXPECTED: 'expected' },
  IngestOutcome: { NEW: 'new', UNCHANGED: 'unchanged', REPLACED: 'replaced', FAILED: 'failed' },
  ArticleFormat: { TEXT: 'text', JSON: 'json', JSONL: 'jsonl', HTML: 'html', FEED: 'feed' },
};

export const types = {
  Person: {
    meetingCount: scoped<PersonDetail, 'meetingCount'>('meetingCount', person),
    meetings: scoped<PersonDetail, 'meetings'>('meetings', person),
    counterparts: scoped<PersonDetail, 'counterparts'>('counterparts', person),
  },
  Country: {
    meetingCount: scoped<CountryDetail, 'meetingCount'>('meetingCount', country),
    meetings: scoped<CountryDetail, 'meetings'>('meetings', country),
    partners: scoped<CountryDetail, 'partners'>('partners', country),
    people: slice('people'),
  },
  Place: {
    meetingCount: scoped<PlaceDetail, 'meetingCount'>('meetingCount', place),
    meetings: scoped<PlaceDetail, 'meetings'>('meetings', place),
  },
  MeetingConnection: {
    // Its own round trip, only when asked: most pages never show it.
    undatedExcluded: (parent: { undatedFilter: MeetingFilter | null }, _: unknown, ctx: ApiContext) =>
      parent.undatedFilter ? undatedCount(ctx.store, parent.undatedFilter) : 0,
  },
  Bilateral: {
    meetings: async (
      parent: BilateralResult,
      a: { first: number; after?: string },
      ctx: ApiContext,
      info: GraphQLResolveInfo,
    ) => {
      const first = v.count(a.first, 'first');
      const parts = meetingParts(info);
      // The root already holds every meeting's card; only evidence needs the graph again.
      if (!parts.evidence && !parts.corrections) return connection(pageOf(parent.cards, first, decodeCursor(a.after)), parent.filter);
      return connection(await meetingsPage(ctx.store, parent.filter, first, decodeCursor(a.after), parts), parent.filter);
    },
  },
};
