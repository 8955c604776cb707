/**
 * HTML to plain text with paragraph structure: block elements become paragraphs separated by a
 * blank line, <br> a line break, and nothing executable or invisible (script, style, forms) is
 * kept. Used for readability output, feed descriptions and HTML found in JSON fields.
 */
import { createRequire } from 'node:module';
import { normalizeWhitespace } from './text-normalize.js';

// linkedom takes ~0.2 s to load and most inputs hold no HTML (plain text, JSON without
// markup): it is required on the first parse, not when the readers are imported.
const require = createRequire(import.meta.url);
let linkedom: typeof import('linkedom') | undefined;
function parseHTML(html: string): ReturnType<typeof import('linkedom').parseHTML> {
  linkedom ??= require('linkedom') as typeof import('linkedom');
  return linkedom.parseHTML(html);
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

// Captions are skipped too: they describe a photo, often of another day's event (a welcome at
// the airport), and would read as article sentences.
const SKIP = new Set([
  'audio', 'button', 'canvas', 'embed', 'figcaption', 'head', 'iframe', 'input', 'link', 'map', 'math', 'meta',
  'noscript', 'object', 'option', 'script', 'select', 'source', 'style', 'svg', 'template',
  'textarea', 'title', 'track', 'video',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Parses a document; input that linkedom cannot root in <html> (fragments, stray text) is wrapped first. */
export function parseDocument(html: string): Document {
  const { document } = parseHTML(html);
  if (document.documentElement?.localName === 'html' && document.body) return document;
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document;
}

export function htmlToText(html: string): string {
  return nodeToText(parseDocument(html).body);
}

/** Plain text of a DOM subtree; paragraphs joined with "\n\n". */
export function nodeToText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current.trim() !== '') paragraphs.push(current);
    current = '';
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
        current += (child.nodeValue ?? '').replace(/[ \t\r\n\f]+/g, ' ');
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).localName.toLowerCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'br') {
          current += '\n';
        } else if (BLOCK.has(tag)) {
          flush();
          walk(child);
          flush();
        } else {
          if (tag === 'td' || tag === 'th') current += ' ';
          walk(child);
        }
      }
    }
  };
  walk(root);
  flush();
  return normalizeWhitespace(paragraphs.join('\n\n'));
}

/** Heuristic: does a field meant to be plain text actually hold HTML markup? */
export function looksLikeHtml(text: string): boolean {
  return /<\/?(p|br|div|span|a|em|strong|b|i|ul|ol|li|h[1-6]|blockquote|figure|img|table)\b[^>]*>/i.test(text);
}

/** Plain text from a field that may or may not hold HTML. */
export function toPlainText(text: string): string {
  return looksLikeHtml(text) ? htmlToText(text) : normalizeWhitespace(text);
}
