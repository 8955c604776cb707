/**
 * `readArticles(file)`: one ReadResult per article. Problems with the content are yielded as
 * errors naming the file (and the item), never thrown, so a batch over many files goes on.
 * `readText` reads text already in memory (an API request) with the same readers, so that a
 * file's content gives the same articles whichever way it comes.
 */
import { AppError, isAppError } from '../domain/errors.js';
import type { ReadResult } from './article.js';
import { errorResult } from './article.js';
import { formatByExtension, sniffFormat, type InputFormat } from './formats.js';
import { readJson, readJsonLines } from './json.js';
import { readPlainText } from './plain-text.js';
import { checkText, DEFAULT_MAX_BYTES, readTextFile } from './read-file.js';

export interface ReadOptions {
  /** Files larger than this are refused unread with INPUT_TOO_LARGE. Default 10 MiB. */
  maxBytes?: number;
}

type Reader = (text: string, file: string) => Iterable<ReadResult>;

// The HTML and feed readers bring their parser libraries (Readability, fast-xml-parser):
// imported when the first such file comes, so a run over text or JSON never loads them.
const READERS: Readonly<Record<InputFormat, () => Reader | Promise<Reader>>> = {
  text: () => readPlainText,
  json: () => readJson,
  jsonl: () => readJsonLines,
  html: async () => (await import('./html.js')).readHtml,
  feed: async () => (await import('./feed.js')).readFeed,
};

function positive(maxBytes: number): number {
  // A bad limit is the caller's bug, not bad content: fail loudly rather than yield it per input.
  if (!(maxBytes > 0)) throw new RangeError(`readArticles: maxBytes must be a positive number, got ${maxBytes}`);
  return maxBytes;
}

export async function* readArticles(file: string, options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const maxBytes = positive(options.maxBytes ?? DEFAULT_MAX_BYTES);
  let text: string;
  try {
    text = await readTextFile(file, maxBytes);
  } catch (e) {
    yield errorResult(asAppError(e, file));
    return;
  }
  yield* parse(text, file, formatByExtension(file) ?? sniffFormat(text));
}

/** `text` as a file of `format` would be read; `source` names it in errors and item sources. */
export async function* readText(text: string, source: string, format: InputFormat, options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const maxBytes = positive(options.maxBytes ?? DEFAULT_MAX_BYTES);
  try {
    checkText(text, source, maxBytes);
  } catch (e) {
    yield errorResult(asAppError(e, source));
    return;
  }
  // A byte order mark is dropped when a file is decoded: drop it here too.
  yield* parse(text.replace(/^\uFEFF/, ''), source, format);
}

async function* parse(text: string, source: string, format: InputFormat): AsyncGenerator<ReadResult> {
  const read = await READERS[format]();
  try {
    yield* read(text, source);
  } catch (e) {
    // A parser library choking on hostile input is bad content too: report it, keep the batch going.
    yield errorResult(asAppError(e, source));
  }
}

function asAppError(e: unknown, file: string): AppError {
  if (isAppError(e)) return e;
  const reason = e instanceof Error ? e.message : String(e);
  return new AppError('INPUT_MALFORMED', `cannot parse: ${reason}`, file, { cause: e });
}
