/**
 * JSON articles: one object, an array of objects, or JSON Lines (one object per line).
 * Field names follow the common export shapes; unknown fields are ignored.
 */
import { AppError } from '../domain/errors.js';
import { cleanBody } from './body.js';
import { isImpossibleDate, normalizeDate } from './dates.js';
import { toPlainText } from './html-to-text.js';
import { inlineOrNull } from './text-normalize.js';
import { articleResult, errorResult, itemSource, makeArticle, safeUrl, type ReadResult } from './article.js';

/** First non-empty string wins. */
const TEXT_FIELDS = ['text', 'body', 'content'] as const;
const DATE_FIELDS = ['publishedAt', 'date', 'published', 'datePublished'] as const;
const URL_FIELDS = ['url', 'link'] as const;
const SECTION_FIELDS = ['section', 'category'] as const;
/** Wrappers of API dumps, e.g. NewsAPI's {"status": ..., "articles": [...]}. */
const LIST_FIELDS = ['articles', 'items'] as const;

type JsonRecord = Record<string, unknown>;

export function* readJson(text: string, file: string): Generator<ReadResult> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    if (looksLikeJsonLines(text)) {
      yield* readJsonLines(text, file);
      return;
    }
    yield errorResult(new AppError('INPUT_MALFORMED', `invalid JSON ${describeJsonError(e, text)}`, file, { cause: e }));
    return;
  }

  const list = Array.isArray(data) ? data : isRecord(data) && !hasText(data) ? listField(data) : null;
  if (list === null) {
    yield recordToResult(data, file);
    return;
  }
  if (list.length === 0) {
    yield errorResult(new AppError('INPUT_EMPTY', 'JSON array has no articles', file));
    return;
  }
  for (let i = 0; i < list.length; i += 1) yield recordToResult(list[i], itemSource(file, i + 1));
}

/** One article per non-blank line; item N is the Nth non-blank line, errors also give the line number. */
export function* readJsonLines(text: string, file: string): Generator<ReadResult> {
  const lines = text.split('\n');
  let n = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    n += 1;
    const source = itemSource(file, n);
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (e) {
      yield errorResult(new AppError('INPUT_MALFORMED', `line ${i + 1}: invalid JSON ${describeJsonError(e, line, true)}`, source, { cause: e }));
      continue;
    }
    yield recordToResult(data, source, `line ${i + 1}: `);
  }
}

function recordToResult(data: unknown, source: string, where = ''): ReadResult {
  if (!isRecord(data)) {
    return errorResult(new AppError('INPUT_MALFORMED', `${where}expected an article object, got ${describeType(data)}`, source));
  }
  const raw = firstString(data, TEXT_FIELDS);
  if (raw === null) {
    return errorResult(new AppError('INPUT_MALFORMED', `${where}no text: expected a non-empty "text", "body" or "content" string`, source));
  }
  const dateField = DATE_FIELDS.find((f) => typeof data[f] === 'string' && data[f].trim() !== '');
  const date = dateField === undefined ? null : (data[dateField] as string);
  if (dateField !== undefined && date !== null && isImpossibleDate(date)) {
    return errorResult(new AppError('INPUT_MALFORMED', `${where}${dateField} "${date}" is not a real date`, source));
  }
  const title = inlineOrNull(data['title']);
  const text = cleanBody(toPlainText(raw), title);
  if (text === '') return errorResult(new AppError('INPUT_EMPTY', `${where}article text is empty once markup and page clutter are removed`, source));
  return articleResult(
    makeArticle({
      source,
      text,
      title,
      publishedAt: normalizeDate(date),
      publisher: publisherOf(data),
      section: inlineOrNull(firstString(data, SECTION_FIELDS)),
      url: safeUrl(firstString(data, URL_FIELDS)),
    }),
  );
}

/** "publisher": "X" or {"name": "X"}, NewsAPI's "source": {"name": "X"}, or "siteName". */
function publisherOf(data: JsonRecord): string | null {
  const publisher = data['publisher'];
  const named = inlineOrNull(isRecord(publisher) ? publisher['name'] : publisher);
  if (named !== null) return named;
  // A bare "source" string is as often a URL or a file path as a publisher: only {"name"} counts.
  const source = data['source'];
  const fromSource = isRecord(source) ? inlineOrNull(source['name']) : null;
  return fromSource ?? inlineOrNull(data['siteName']);
}

function firstString(data: JsonRecord, fields: readonly string[]): string | null {
  for (const field of fields) {
    const value = data[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return null;
}

function hasText(data: JsonRecord): boolean {
  return firstString(data, TEXT_FIELDS) !== null;
}

function listField(data: JsonRecord): unknown[] | null {
  for (const field of LIST_FIELDS) {
    const value = data[field];
    if (Array.isArray(value)) return value;
  }
  return null;
}

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A .json file holding several objects one per line is JSON Lines with the wrong extension. */
function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return lines.length > 1 && lines.every((l) => l.startsWith('{') && l.endsWith('}'));
}

/**
 * "at line L, column C: <reason>" from a JSON.parse error. V8's wording differs between Node
 * versions (Node 20 gives only "at position N"), so the position is turned into line/column here.
 */
export function describeJsonError(e: unknown, text: string, singleLine = false): string {
  const message = e instanceof Error ? e.message : String(e);
  const reason = message.replace(/\s*(?:in JSON )?at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)/, '');
  const position = /at position (\d+)/.exec(message);
  if (!position) return `(${reason})`;
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `at ${singleLine ? '' : `line ${line}, `}column ${column} (${reason})`;
}
