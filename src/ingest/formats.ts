/** Which reader handles a file: by extension, or by a look at the content when the extension is unknown. */
import path from 'node:path';

export type InputFormat = 'text' | 'json' | 'jsonl' | 'html' | 'feed';

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.html': 'html',
  '.htm': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

/** Extensions picked up when a folder is expanded. */
export const KNOWN_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

export function formatByExtension(file: string): InputFormat | null {
  return BY_EXTENSION[path.extname(file).toLowerCase()] ?? null;
}

/** For files with an unknown extension: markup, JSON (or JSON Lines), else plain text. */
export function sniffFormat(text: string): InputFormat {
  const head = text.slice(0, 4096).trimStart();
  if (head.startsWith('<')) {
    const lower = head.toLowerCase();
    if (/<(rss|feed|rdf:rdf)[\s>]/.test(lower)) return 'feed';
    if (/^<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]/.test(lower)) return 'html';
    return lower.startsWith('<?xml') ? 'feed' : 'html';
  }
  if (head.startsWith('{') || head.startsWith('[')) {
    if (parses(text)) return 'json';
    const firstLine = text.trimStart().split('\n', 1)[0] ?? '';
    if (firstLine.trim().startsWith('{') && parses(firstLine)) return 'jsonl';
  }
  return 'text';
}

function parses(json: string): boolean {
  try {
    JSON.parse(json);
    return true;
  } catch {
    return false;
  }
}
