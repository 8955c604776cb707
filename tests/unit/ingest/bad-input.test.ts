import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/domain/errors.js';
import { read, readError, readOne, tempDir } from './helpers.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => tmp.remove());

describe('readArticles: files that cannot be read as text', () => {
  it('reports a missing file instead of throwing', async () => {
    const file = path.join(tmp.dir, 'does-not-exist.txt');
    const error = await readError(file);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('INPUT_UNREADABLE');
    expect(error.input).toBe(file);
    expect(error.message).toBe(`${file}: file not found`);
  });

  it('reports a glob that matched nothing', async () => {
    const error = await readError(path.join(tmp.dir, '*.nothing'));
    expect(error.message).toContain('no file matches this pattern');
  });

  it('reports a directory', async () => {
    const dir = path.join(tmp.dir, 'a-folder');
    await mkdir(dir);
    expect((await readError(dir)).message).toContain('is a directory');
  });

  it('reports an empty file and a whitespace-only file', async () => {
    const empty = await readError(await tmp.write('empty.txt', ''));
    expect(empty.code).toBe('INPUT_EMPTY');
    expect(empty.message).toContain('file is empty');
    const blank = await readError(await tmp.write('blank.json', ' \n\t\r\n '));
    expect(blank.code).toBe('INPUT_EMPTY');
  });

  it('reports a binary file (NUL bytes)', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    const error = await readError(await tmp.write('picture.txt', png));
    expect(error.code).toBe('INPUT_NOT_TEXT');
    expect(error.message).toContain('binary file');
    expect(error.message).toContain('offset 8');
  });

  it('reports text that is not valid UTF-8, with where', async () => {
    // "Café" in Latin-1 on the second line: 0xE9 is not valid UTF-8 here.
    const latin1 = Uint8Array.from([...Buffer.from('Line one\nCaf'), 0xe9, ...Buffer.from(' meeting in Paris.\n')]);
    const error = await readError(await tmp.write('latin1.txt', latin1));
    expect(error.code).toBe('INPUT_NOT_TEXT');
    expect(error.message).toMatch(/not valid UTF-8 text \(invalid byte 0xE9 at line 2, offset 12\)/);
  });

  it('reads UTF-8 with a BOM, and UTF-16 with a BOM', async () => {
    const withBom = await tmp.write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Xi met Lula.')]));
    expect((await readOne(withBom)).text).toBe('Xi met Lula.');
    const utf16 = await tmp.write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Xi met Lula in Brasília.', 'utf16le')]));
    expect((await readOne(utf16)).text).toBe('Xi met Lula in Brasília.');
  });

  it('reports a file over maxBytes, naming its size and the limit', async () => {
    const file = await tmp.write('big.txt', 'x'.repeat(2048));
    const error = await readError(file, { maxBytes: 1024 });
    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toBe(`${file}: file is 2.0 KiB, over the 1.0 KiB limit (DKG_MAX_INPUT_BYTES)`);
    expect((await readOne(file, { maxBytes: 2048 })).text).toHaveLength(2048);
  });

  it('refuses a text just over the 10 MiB default', async () => {
    const file = await tmp.write('ten-mib.txt', Buffer.alloc(10 * 1024 * 1024 + 1, 'a'));
    const error = await readError(file);
    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toContain('over the 10.0 MiB limit');
  });
});

describe('readArticles: unknown extensions are sniffed by content', () => {
  it.each([
    ['page.php', '<!DOCTYPE html><html><head><title>Sniffed page</title></head><body><p>Macron met Modi in Paris.</p></body></html>', 'Sniffed page'],
    ['feed.php', '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>Sniffed item</title><description>Macron met Modi.</description></item></channel></rss>', 'Sniffed item'],
    ['data.dat', '{"title": "Sniffed object", "text": "Macron met Modi."}', 'Sniffed object'],
    ['notes.md', 'Sniffed headline\n\nMacron met Modi in Paris.', 'Sniffed headline'],
  ])('%s', async (name, content, title) => {
    const results = await read(await tmp.write(name, content));
    expect(results[0]).toMatchObject({ ok: true, article: { title } });
  });

  it('sniffs JSON Lines', async () => {
    const file = await tmp.write('export', '{"text": "One."}\n{"text": "Two."}\n');
    expect((await read(file)).map((r) => r.ok && r.article.source)).toEqual([`${file}#1`, `${file}#2`]);
  });
});
