/**
 * Field resolvers of object types: enum values as stored, neighbour lists sliced to the
 * `first` each selection asked for (the root fetched the largest), and the bilateral
 * meetings page (its own round trip).
 */
import { meetingsPage } from '../../store/queries/meetings-page.js';
import type { ApiContext } from '../context.js';
import { decodeCursor } from '../cursor.js';
import * as v from '../validate.js';
import { connection, type BilateralResult } from './query.js';

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
    meetings: async (parent: BilateralResult, a: { first: number; after?: string }, ctx: ApiContext) =>
      connection(await meetingsPage(ctx.store, parent.filter, v.count(a.first, 'first'), decodeCursor(a.after))),
  },
};
