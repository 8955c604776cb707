/**
 * Field resolvers of object types: enum values as stored, neighbour lists sliced to the
 * `first` each selection asked for (the root fetched the largest), and the bilateral
 * meetings page (from the root's cards, or its own round trip when it shows evidence).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { meetingsPage, pageOf } from '../../store/queries/meetings-page.js';
import type { ApiContext } from '../context.js';
import { decodeCursor } from '../cursor.js';
import * as v from '../validate.js';
import { connection, meetingParts, type BilateralResult } from './query.js';

const slice =
  (field: string) =>
  (parent: Record<string, unknown>, a: { first: number }): unknown[] =>
    (parent[field] as unknown[]).slice(0, v.count(a.first, 'first'));

/** GraphQL enum names -> the values the graph stores. */
export const enums = {
  Modality: { IN_PERSON: 'in_person', PHONE: 'phone', VIDEO: 'video' },
  MeetingStatus: { HELD: 'held', PLANNED: 'planned' },
  SettingKind: { STANDALONE: 'standalone', SIDELINES: 'sidelines' },
  Side: { VISITOR: 'visitor', HOST: 'host' },
  TopicStatus: { DISCUSSED: 'discussed', EXPECTED: 'expected' },
  IngestOutcome: { NEW: 'new', UNCHANGED: 'unchanged', REPLACED: 'replaced', FAILED: 'failed' },
};

export const types = {
  Person: { meetings: slice('meetings'), counterparts: slice('counterparts') },
  Country: { meetings: slice('meetings'), partners: slice('partners'), people: slice('people') },
  Place: { meetings: slice('meetings') },
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
      if (!parts.evidence && !parts.corrections) return connection(pageOf(parent.cards, first, decodeCursor(a.after)));
      return connection(await meetingsPage(ctx.store, parent.filter, first, decodeCursor(a.after), parts));
    },
  },
};
