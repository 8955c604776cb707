/** The one error family. `input` names what the error concerns: a file, an article id, a field. */
export type ErrorCode =
  | 'INPUT_UNREADABLE'
  | 'INPUT_EMPTY'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_NOT_TEXT'
  | 'INPUT_MALFORMED'
  | 'INPUT_UNSUPPORTED'
  | 'CONFIG_INVALID'
  | 'JAVA_MISSING'
  | 'JAVA_TOO_OLD'
  | 'MAVEN_MISSING'
  | 'NEO4J_DOWNLOAD_FAILED'
  | 'NEO4J_PORT_TAKEN'
  | 'NEO4J_NOT_READY'
  | 'NEO4J_UNAVAILABLE'
  | 'NEO4J_AUTH_FAILED'
  | 'NEO4J_QUERY_FAILED'
  | 'MIGRATION_FAILED'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly input: string | null;
  /** What the user may have meant ("did you mean"), best first; empty when nothing is close. */
  readonly suggestions: readonly string[];

  constructor(
    code: ErrorCode,
    message: string,
    input: string | null = null,
    options?: { cause?: unknown; suggestions?: readonly string[] },
  ) {
    super(input ? `${input}: ${message}` : message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.input = input;
    this.suggestions = options?.suggestions ?? [];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
