/** How the CLI talks to people: messages on stderr, data on stdout, errors without stack traces. */
import { isAppError } from '../domain/errors.js';

export function info(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** A command line node:util's parseArgs refused (an unknown option, a missing value). */
export function isUsageError(e: unknown): e is Error {
  return e instanceof Error && /^ERR_PARSE_ARGS_/.test((e as NodeJS.ErrnoException).code ?? '');
}

/** The message alone: a stack trace helps no user, and the cause is in the message. */
export function reportError(e: unknown): void {
  if (isAppError(e)) {
    process.stderr.write(`dkg: error [${e.code}]: ${e.message}\n`);
  } else {
    process.stderr.write(`dkg: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
  }
}
