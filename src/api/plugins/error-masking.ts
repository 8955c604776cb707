/**
 * The one place errors become what clients see. Expected errors (AppError with a client
 * code) keep their message and carry `extensions.code`, `field` and `argument` (the input
 * they concern) and `suggestions` ("did you mean") when there are some; GraphQL's own
 * validation errors pass; everything else — Cypher, stack traces, driver messages — is
 * replaced by a generic message. GraphQL errors are recognised by name, not class: graphql
 * ships CommonJS and ESM copies, and an error from one is no instance of the other's class.
 */
import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { isAppError, type ErrorCode } from '../../domain/errors.js';

const CLIENT_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INPUT_EMPTY',
  'INPUT_TOO_LARGE',
  'INPUT_MALFORMED',
  'INPUT_NOT_TEXT',
  'INPUT_UNSUPPORTED',
]);

function isGraphQLError(e: unknown): e is GraphQLError {
  return e instanceof Error && e.name === 'GraphQLError';
}

/** Where unexpected errors are reported in full: the server's log, never the client. */
export type ErrorLog = (error: unknown) => void;

export const stderrLog: ErrorLog = (error) => {
  const original = isGraphQLError(error) && error.originalError ? error.originalError : error;
  process.stderr.write(`[graphql] ${original instanceof Error ? (original.stack ?? original.message) : String(original)}\n`);
};

export function maskError(error: unknown, message: string, log: ErrorLog = stderrLog): Error {
  const graphql = isGraphQLError(error) ? error : null;
  const original: unknown = graphql ? graphql.originalError : error;
  const where = { nodes: graphql?.nodes, source: graphql?.source, positions: graphql?.positions, path: graphql?.path };
  if (isAppError(original)) {
    if (CLIENT_CODES.has(original.code)) {
      return createGraphQLError(original.message, {
        ...where,
        extensions: {
          code: original.code,
          // `argument` is the name GraphQL clients look for; `field` is kept for existing ones.
          ...(original.input ? { field: original.input, argument: original.input } : {}),
          ...(original.suggestions.length ? { suggestions: original.suggestions } : {}),
        },
      });
    }
    if (original.code === 'NEO4J_UNAVAILABLE') {
      return createGraphQLError('The database is not reachable; try again shortly.', {
        ...where,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
    }
  }
  // Parse and validation errors, and errors plugins raise on purpose, have no original error.
  if (graphql && (original === undefined || original === null || isGraphQLError(original))) return graphql;
  log(error);
  return createGraphQLError(message, { ...where, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
