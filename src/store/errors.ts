/** The one place Neo4j errors become AppErrors. */
import { Neo4jError } from 'neo4j-driver';
import { AppError, isAppError } from '../domain/errors.js';

export function mapNeo4jError(e: unknown, input: string | null = null): AppError {
  if (isAppError(e)) return e;
  if (e instanceof Neo4jError) {
    if (e.code === 'ServiceUnavailable' || e.code === 'SessionExpired') {
      return new AppError('NEO4J_UNAVAILABLE', `Neo4j is not reachable: ${e.message}`, input, { cause: e });
    }
    if (e.code.startsWith('Neo.ClientError.Security.')) {
      return new AppError(
        'NEO4J_AUTH_FAILED',
        'Neo4j refused the credentials; check NEO4J_USER and NEO4J_PASSWORD',
        input,
        { cause: e },
      );
    }
    return new AppError('NEO4J_QUERY_FAILED', `${e.code}: ${e.message}`, input, { cause: e });
  }
  const message = e instanceof Error ? e.message : String(e);
  return new AppError('NEO4J_QUERY_FAILED', message, input, { cause: e });
}
