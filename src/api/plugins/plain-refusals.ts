/**
 * Refusals as a client should see them: every one carries `extensions.code`. Variables the
 * executor refuses ("got invalid value") come without a code, and frozen, so they are made
 * again with one. (Production's hiding of "Did you mean ...?" is in security-limits.ts.)
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga';

interface ResultError extends Error {
  path?: readonly (string | number)[];
  originalError?: Error | null;
  extensions?: Record<string, unknown>;
  locations?: readonly { line: number; column: number }[];
}

/** An error about the request itself: no field was running (no path) and nothing threw. */
const isRefusal = (e: ResultError): boolean => !e.path && !e.originalError && e.extensions?.code === undefined;

export function usePlainRefusals(): Plugin {
  return {
    onExecute: () => ({
      onExecuteDone: ({ result, setResult }) => {
        if (!('errors' in result) || !result.errors?.some(isRefusal)) return;
        const errors = (result.errors as ResultError[]).map((e) => {
          if (!isRefusal(e)) return e;
          return createGraphQLError(e.message, { extensions: { code: 'BAD_USER_INPUT' } });
        });
        setResult({ ...result, errors });
      },
    }),
  };
}
