import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Count opens to prove an oversized file is refused from its stat alone, never read.
const opened: string[] = [];
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return {
    ...actual,
    openSync: (...args: Parameters<typeof actual.openSync>) => {
      opened.push(String(args[0]));
      return actual.openSync(...args);
    },
  };
});

const { readError, readOne, tempDir } = await import('./helpers.js');

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => tmp.remove());

describe('INPUT_TOO_LARGE', () => {
  it('is decided from the size on disk without opening the file', async () => {
    const file = await tmp.write('eleven-mb.txt', Buffer.alloc(11_000_000, 'word '));
    opened.length = 0;
    const error = await readError(file);
    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toBe(`${file}: file is 10.5 MiB, over the 10.0 MiB limit (DKG_MAX_INPUT_BYTES)`);
    expect(opened).not.toContain(file);
  });

  it('(the spy does see the files that are read)', async () => {
    const file = await tmp.write('small.txt', 'Xi met Lula.');
    await readOne(file);
    expect(opened).toContain(file);
  });
});
