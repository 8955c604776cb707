/** Query resolvers for analysis: counts per bucket (`meetingStats`) and ranked search (`search`). */
import { AppError } from '../../domain/errors.js';
import { fullTextSearch, SEARCH_KINDS } from '../../store/queries/full-text-search.js';
import { meetingStats, type StatsDimension } from '../../store/queries/meeting-stats.js';
import { filterStatusOf } from '../../store/queries/status-scope.js';
import type { QueryResolvers } from '../generated/schema-types.js';
import { parseSearch } from '../search-syntax.js';
import * as v from '../validate.js';
import { resolvedMeetingFilter } from './filters.js';
import { graphScope } from './query.js';

/** More dimensions multiply the buckets past what anyone reads. */
const MAX_DIMENSIONS = 3;

function dimensions(groupBy: StatsDimension[]): StatsDimension[] {
  if (groupBy.length === 0) throw new AppError('BAD_USER_INPUT', 'needs at least one dimension', 'groupBy');
  if (groupBy.length > MAX_DIMENSIONS) throw new AppError('BAD_USER_INPUT', `at most ${MAX_DIMENSIONS} dimensions, got ${groupBy.length}`, 'groupBy');
  if (new Set(groupBy).size !== groupBy.length) throw new AppError('BAD_USER_INPUT', 'names a dimension twice', 'groupBy');
  return groupBy;
}

/** Search cursors are positions in the ranked list. */
const encodeOffset = (n: number): string => Buffer.from(`s:${n}`).toString('base64url');

function decodeOffset(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const m = /^s:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new AppError('BAD_USER_INPUT', 'is not a cursor this search issued (use pageInfo.endCursor)', 'after');
  return Number(m[1]);
}

export const AnalysisQuery = {
  meetingStats: async (_, a, ctx) => {
    const dims = dimensions(a.groupBy);
    const scope = graphScope(a.status, a.filter?.status);
    return meetingStats(ctx.store, { ...(await resolvedMeetingFilter(a.filter, ctx)), status: filterStatusOf(scope) }, dims);
  },

  search: async (_, a, ctx) => {
    const terms = parseSearch(v.text(a.text, 'text', 200) ?? '');
    const first = v.count(a.first, 'first');
    const skip = decodeOffset(a.after);
    const kinds = a.kinds?.length ? SEARCH_KINDS.filter((k) => a.kinds?.includes(k)) : SEARCH_KINDS;
    const page = await fullTextSearch(ctx.store, terms, kinds, skip, first);
    return {
      totalCount: page.totalCount,
      edges: page.hits.map((node, i) => ({ node, cursor: encodeOffset(skip + i + 1) })),
      pageInfo: {
        hasNextPage: skip + page.hits.length < page.totalCount,
        endCursor: page.hits.length ? encodeOffset(skip + page.hits.length) : null,
      },
    };
  },
} satisfies QueryResolvers;
