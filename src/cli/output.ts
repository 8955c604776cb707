/** How the CLI talks to people: messages on stderr, data on stdout, errors without stack traces. */
import { isAppError } from '../domain/errors.js';

export function info(line: string): void {
  process.stderr.write(`${line}\n`);
}

export function reportError(e: unknown): void {
  if (isAppError(e)) {
    process.stderr.write(`dkg: error [${e.code}]: ${e.message}\n`);
  } else {
    process.stderr.write(`dkg: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  }
}
