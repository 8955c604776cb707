/**
 * Rejects abusive documents before they run (graphql-armor): too deep, too many aliases,
 * tokens or directives, or too costly. The limits fit the deepest real question
 * (bilateral > meetings > edges > node > participants > evidence > article > id: 8).
 * Every refusal carries an `extensions.code` saying which limit it hit.
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

/** The code each limit's refusal carries. */
export const LIMIT_CODES = {
  maxDepth: 'QUERY_TOO_DEEP',
  maxAliases: 'TOO_MANY_ALIASES',
  maxTokens: 'TOO_MANY_TOKENS',
  maxDirectives: 'TOO_MANY_DIRECTIVES',
  maxCost: 'QUERY_TOO_COMPLEX',
} as const;

// armor's refusals are plain GraphQLErrors; its onReject hook sees each before it is reported.
const coded =
  (code: string) =>
  (_: unknown, error: GraphQLError): void => {
    (error.extensions as Record<string, unknown>).code = code;
  };

// "Did you mean ...?" in validation and variable errors names fields, enum values and
// arguments: a help to developers, a map of the schema to attackers. graphql-armor's own
// filter only knows the field form.
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

function withoutSuggestions<R>(result: R): R {
  const r = result as { errors?: { message: string }[] };
  for (const e of r.errors ?? []) {
    const message = e.message.replace(SUGGESTION, '').trim();
    if (message !== e.message) e.message = message;
  }
  return result;
}

/** Outside development, no error names a field or enum value the client did not write (validation, variables, armor). */
function useHiddenSuggestions(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      setResult(withoutSuggestions(result));
    },
  } as Plugin;
}

export function useSecurityLimits(opts: { development: boolean }): Plugin[] {
  const armor = EnvelopArmorPlugin({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true, onReject: [coded(LIMIT_CODES.maxDepth)] },
    maxAliases: { n: LIMITS.maxAliases, onReject: [coded(LIMIT_CODES.maxAliases)] },
    maxTokens: { n: LIMITS.maxTokens, onReject: [coded(LIMIT_CODES.maxTokens)] },
    maxDirectives: { n: LIMITS.maxDirectives, onReject: [coded(LIMIT_CODES.maxDirectives)] },
    costLimit: { maxCost: LIMITS.maxCost, ignoreIntrospection: true, onReject: [coded(LIMIT_CODES.maxCost)] },
    blockFieldSuggestion: { enabled: false },
  }) as Plugin;
  return opts.development ? [armor] : [armor, useHiddenSuggestions()];
}
