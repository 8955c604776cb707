/**
 * Rejects abusive documents before they run (graphql-armor): too deep, too many aliases,
 * tokens or directives, or too costly. The limits fit the deepest real question
 * (bilateral > meetings > edges > node > participants > evidence > article > id: 8).
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
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

export function useSecurityLimits(): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    maxTokens: { n: LIMITS.maxTokens },
    maxDirectives: { n: LIMITS.maxDirectives },
    costLimit: { maxCost: LIMITS.maxCost, ignoreIntrospection: true },
    // Suggestions are cut by plain-refusals.ts, which knows every form of them.
    blockFieldSuggestion: { enabled: false },
  }) as Plugin;
}
