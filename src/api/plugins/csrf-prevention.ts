/**
 * CSRF prevention, as @graphql-yoga/plugin-csrf-prevention does it: a browser sends a
 * cross-site request without a CORS preflight only as GET, or as POST with a "simple"
 * content type. Such requests must carry a custom header, which a cross-site form or
 * <img> cannot add. JSON POSTs (what GraphiQL and fetch clients send) pass.
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'apollo-require-preflight', 'x-dkg-csrf'] as const;

const SIMPLE_TYPES = new Set(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);

function preflighted(request: Request): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return false;
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  return type !== undefined && type !== '' && !SIMPLE_TYPES.has(type);
}

export function useCsrfPrevention(): Plugin {
  return {
    onRequestParse({ request }) {
      if (preflighted(request) || CSRF_HEADERS.some((h) => request.headers.has(h))) return;
      throw createGraphQLError(
        `Requests without a JSON body must carry one of the headers ${CSRF_HEADERS.join(', ')} (CSRF prevention).`,
        { extensions: { code: 'CSRF_HEADER_MISSING', http: { status: 403 } } },
      );
    },
  };
}
