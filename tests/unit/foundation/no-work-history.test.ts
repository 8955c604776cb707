/**
 * Comments and docs say why the code is as it is now. Work history (issue, round or session
 * numbers) belongs in commit messages; this check keeps it out of the tree.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SCANNED = ['src', 'web/src', 'bench', 'scripts', 'tests', 'docs', 'schema', 'README.md', 'bin', '.ci'];
const SKIPPED_DIRS = new Set(['node_modules', 'fixtures', 'dist', 'results']);
const TEXT = /\.(ts|js|mjs|md|graphql|json|sh|css|html)$|^run$/;
const ORDINAL = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)';

/** Patterns of work history, each with what it catches. */
export const HISTORY: Array<[RegExp, string]> = [
  [/\bissues?[ -]?#?\d+/i, 'an issue number'],
  [/(?<!-)\brounds?[ -]\d+\b/i, 'a round number'],
  [new RegExp(`\\b${ORDINAL}(?:-round\\b|[ -](?:session|work period)\\b)`, 'i'), 'a numbered round or session'],
  [/\bsessions? #?\d+\b/i, 'a session number'],
  [/\bwork periods?\b/i, 'a work period'],
];

function files(entry: string): string[] {
  const full = path.join(ROOT, entry);
  let stat;
  try {
    stat = statSync(full);
  } catch {
    return [];
  }
  if (stat.isFile()) return TEXT.test(path.basename(entry)) ? [entry] : [];
  return readdirSync(full)
    .filter((name) => !SKIPPED_DIRS.has(name) && !name.startsWith('.'))
    .flatMap((name) => files(path.join(entry, name)));
}

/** Every line of the scanned files that matches a history pattern, as "file:line: what". */
export function historyLines(paths: string[]): string[] {
  const found: string[] = [];
  for (const file of paths) {
    const lines = readFileSync(path.join(ROOT, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      for (const [pattern, what] of HISTORY) {
        if (pattern.test(line)) found.push(`${file}:${i + 1}: ${what}: ${line.trim().slice(0, 120)}`);
      }
    });
  }
  return found;
}

describe('work history stays out of code and docs', () => {
  it('catches each pattern it looks for, and leaves ordinary words alone', () => {
    const hits = (line: string): boolean => HISTORY.some(([p]) => p.test(line));
    for (const line of ['see issue 5', 'the issue-18 target', 'round 3 rules', 'the fourth-round rules', 'ninth session', 'work period 2', 'session #4']) {
      expect(hits(line), line).toBe(true);
    }
    for (const line of ['--rounds 20', 'a second round of talks is planned', 'domestic sessions', 'this issue of the paper', 'background', 'round trips']) {
      expect(hits(line), line).toBe(false);
    }
  });

  it('finds none in src, web, bench, scripts, tests, docs, schema, bin and CI', () => {
    const scanned = SCANNED.flatMap(files).filter((f) => !f.endsWith('no-work-history.test.ts'));
    expect(scanned.length).toBeGreaterThan(100);
    expect(historyLines(scanned)).toEqual([]);
  });
});
