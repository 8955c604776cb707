import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listInputs } from '../../../src/ingest/index.js';
import { segmentRegExp } from '../../../src/ingest/glob.js';
import { collect, tempDir } from './helpers.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
const rel = (files: string[]): string[] => files.map((f) => path.relative(tmp.dir, f).split(path.sep).join('/'));

beforeAll(async () => {
  tmp = await tempDir();
  for (const name of [
    'b.txt', 'a.json', 'c.jsonl', 'd.ndjson', 'e.html', 'f.htm', 'g.xml', 'h.rss', 'i.atom', 'j.text',
    'notes.md', 'image.png', 'README', '.hidden.txt',
    'sub/z.txt', 'sub/deeper/y.html', 'sub/deeper/skip.md',
    '.git/config.txt', 'node_modules/pkg/index.html', 'Upper.TXT',
  ]) {
    await tmp.write(name, 'Xi met Lula.');
  }
});
afterAll(() => tmp.remove());

describe('listInputs', () => {
  it('expands a folder recursively, sorted, known extensions only, skipping hidden entries and node_modules', async () => {
    expect(rel(await collect(listInputs([tmp.dir])))).toEqual([
      'Upper.TXT', 'a.json', 'b.txt', 'c.jsonl', 'd.ndjson', 'e.html', 'f.htm', 'g.xml', 'h.rss', 'i.atom', 'j.text',
      'sub/deeper/y.html', 'sub/z.txt',
    ]);
  });

  it('takes an explicit file whatever its extension', async () => {
    const file = path.join(tmp.dir, 'notes.md');
    expect(await collect(listInputs([file]))).toEqual([file]);
  });

  it('yields a missing path as is, for readArticles to report, without throwing', async () => {
    const missing = path.join(tmp.dir, 'nope.txt');
    const files = await collect(listInputs([missing, path.join(tmp.dir, 'b.txt')]));
    expect(rel(files)).toEqual(['nope.txt', 'b.txt']);
  });

  it('matches globs with *, ? and **', async () => {
    const g = (pattern: string): Promise<string[]> => collect(listInputs([path.join(tmp.dir, pattern)])).then(rel);
    expect(await g('*.txt')).toEqual(['b.txt']);
    expect(await g('?.json')).toEqual(['a.json']);
    expect(await g('**/*.txt')).toEqual(['b.txt', 'sub/z.txt']);
    expect(await g('sub/**')).toEqual(['sub/deeper/y.html', 'sub/z.txt']);
    expect(await g('**/*.md')).toEqual(['notes.md', 'sub/deeper/skip.md']); // asked for by extension
    expect(await g('sub/*')).toEqual(['sub/deeper/y.html', 'sub/z.txt']); // a matched folder is expanded
    expect(await g('.*.txt')).toEqual(['.hidden.txt']); // hidden only when the pattern says so
  });

  it('yields a glob that matches nothing as is', async () => {
    const pattern = path.join(tmp.dir, '*.nothing');
    expect(await collect(listInputs([pattern]))).toEqual([pattern]);
  });

  it('yields each file once across overlapping inputs', async () => {
    const files = await collect(listInputs([path.join(tmp.dir, 'sub'), path.join(tmp.dir, 'sub', 'z.txt'), path.join(tmp.dir, '**', 'z.txt')]));
    expect(rel(files)).toEqual(['sub/deeper/y.html', 'sub/z.txt']);
  });

  it('works with relative paths and globs', async () => {
    const cwd = process.cwd();
    process.chdir(tmp.dir);
    try {
      expect(await collect(listInputs(['sub/*.txt', 'b.txt', 'sub']))).toEqual([path.join('sub', 'z.txt'), 'b.txt', path.join('sub', 'deeper', 'y.html')]);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('segmentRegExp', () => {
  it('escapes regex characters and keeps * and ? within one segment', () => {
    expect(segmentRegExp('a+(b).*').test('a+(b).txt')).toBe(true);
    expect(segmentRegExp('a+(b).*').test('aa(b).txt')).toBe(false);
    expect(segmentRegExp('?.txt').test('ab.txt')).toBe(false);
  });
});
