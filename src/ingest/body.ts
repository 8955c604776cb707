/** The body pipeline the structured readers (JSON, HTML, feeds) end with. */
import { stripClutter } from './clutter.js';
import { takeHeader } from './header.js';
import { normalizeWhitespace } from './text-normalize.js';

/**
 * Normalised plain text without header furniture (section label, byline/date line, a repeat of
 * the title) or clutter lines. The title comes from metadata here, never from the text.
 */
export function cleanBody(text: string, knownTitle: string | null = null): string {
  const lines = normalizeWhitespace(text).split('\n');
  takeHeader(lines, { findTitle: false, knownTitle });
  return stripClutter(lines.join('\n'));
}
