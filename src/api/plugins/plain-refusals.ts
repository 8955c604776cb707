/**
 * Refusals as a client should see them: every one carries `extensions.code`, and in
 * production "Did you mean ...?" is cut from them. Suggestions of fields, enum values and
 * arguments help developers and map the schema for attackers; graphql-armor's own filter only
 * knows the field form. Variables the executor refuses ("got invalid value") come without a
 * code, and frozen, so they are made again with one.
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga';

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

function withoutSuggestion<E extends Error>(error: E): E {
  const message = error.message.replace(SUGGESTION, '');
  if (message !== error.message) error.message = message;
  return error;
}

interface ResultError extends Error {
  path?: readonly (string | number)[];
  originalError?: Error | null;
  extensions?: Record<string, unknown>;
  locations?: readonly { line: number; column: number }[];
}

/** An error about the request itself: no field was running (no path) and nothing threw. */
const isRefusal = (e: ResultError): boolean => !e.path && !e.originalError && e.extensions?.code === undefined;

export function usePlainRefusals(opts: { development: boolean }): Plugin {
  const tidy = (e: ResultError): ResultError => (opts.development ? e : withoutSuggestion(e));
  return {
    onValidate: () => ({ valid, result, setResult }) => {
      if (!valid) setResult(result.map(tidy));
    },
    onExecute: () => ({
      onExecuteDone: ({ result, setResult }) => {
        if (!('errors' in result) || !result.errors?.some(isRefusal)) return;
        const errors = (result.errors as ResultError[]).map((e) => {
          if (!isRefusal(e)) return e;
          const message = opts.development ? e.message : e.message.replace(SUGGESTION, '');
          return createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
        });
        setResult({ ...result, errors });
      },
    }),
  };
}
