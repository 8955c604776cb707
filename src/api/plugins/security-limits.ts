/**
 * Rejects abusive documents before they run (graphql-armor): too deep, too many aliases,
 * tokens or directives, or too costly. The limits fit the deepest real question
 * (bilateral > meetings > edges > node > participants > evidence > article > id: 8).
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export const LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 10,
  // graphql-armor multiplies by `first`: meetings(first: 500) with participants and evidence
  // costs about 52,000; with every field of every neighbour about 180,000 (page it instead).
  maxCost: 100_000,
} as const;

/** The code a document refused by a limit carries, so a client can tell it from a bad argument. */
export const LIMIT_CODE = 'QUERY_TOO_COMPLEX';

// graphql-armor builds the refusal without a code; its extensions object is the error's own.
const coded = { onReject: [(_: unknown, error: GraphQLError) => void Object.assign(error.extensions, { code: LIMIT_CODE })] };

export function useSecurityLimits(opts: { development: boolean }): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...coded },
    maxAliases: { n: LIMITS.maxAliases, ...coded },
    maxTokens: { n: LIMITS.maxTokens, ...coded },
    maxDirectives: { n: LIMITS.maxDirectives, ...coded },
    costLimit: { maxCost: LIMITS.maxCost, ignoreIntrospection: true, ...coded },
    // Suggestions ("did you mean ...?") help developers and map the schema for attackers.
    blockFieldSuggestion: { enabled: !opts.development },
  }) as Plugin;
}
