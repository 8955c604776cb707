import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { PROJECT_ROOT } from '../../../src/config.js';

// Every command reads its options with node:util's parseArgs: an unknown option or a stray
// argument is refused with exit status 2 and one line naming it, never ignored.
function capture(): { err: () => string; out: () => string } {
  const err: string[] = [];
  const out: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  return { err: () => err.join(''), out: () => out.join('') };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('command options', () => {
  it.each([
    [['eval', '--bogus'], /dkg eval: Unknown option '--bogus'/],
    [['eval', '--dir'], /dkg eval: Option '--dir <value>' argument missing/],
    [['extract', '--nope', 'x.txt'], /dkg extract: Unknown option '--nope'/],
    [['remove', '--force', 'a-1'], /dkg remove: Unknown option '--force'/],
    [['db', 'stop', 'now'], /dkg db: Unexpected argument 'now'/],
    [['ingest', '--batch'], /dkg ingest: Option '--batch <value>' argument missing/],
  ])('refuses %j with status 2', async (argv, message) => {
    const io = capture();
    expect(await main(argv)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.err()).toMatch(/Run "dkg \w+ --help" for its options/);
  });

  it('reads a path after "--" as a file even when it starts with "-"', async () => {
    const io = capture();
    expect(await main(['extract', '--', '-no-such-file.txt'])).toBe(1);
    expect(io.err()).toMatch(/-no-such-file\.txt: file not found/);
  });

  it('prints JSON Lines with --json', async () => {
    const io = capture();
    expect(await main(['extract', '--json', path.join(PROJECT_ROOT, 'samples', '02-erdogan-putin-phone-grain.txt')])).toBe(0);
    const line = JSON.parse(io.out().trim()) as { meetings: { modality: string }[] };
    expect(line.meetings.map((m) => m.modality)).toContain('phone');
  });

  it('answers --help with status 0 and the usage on stdout', async () => {
    const io = capture();
    expect(await main(['eval', '--help'])).toBe(0);
    expect(io.out()).toMatch(/^Usage: dkg eval/);
  });
});
