/**
 * The graph tells what the extractor read: `dkg extract --json` over the sample articles,
 * compared with the graph `dkg ingest` builds from the same files. Both sides are live, so the
 * test keeps holding while the extractor changes: no count is written down here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../../src/domain/model.js';
import { FIXTURE_ARTICLES } from '../helpers/test-config.js';
import type { Store } from '../../src/store/driver.js';
import { freshStore } from '../helpers/db.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/local.js';

interface GraphReport {
  source: string;
  mention: number | null;
  claimed: string;
  status: string;
  meetingId: string;
  people: string[][];
}

/** Every report in the graph: the article's source, which of its meetings, and the meeting's people (names and aliases). */
const REPORTS = `
MATCH (a:Article)-[r:REPORTS]->(m:Meeting)
RETURN a.source AS source, r.mention AS mention, r.status AS claimed, m.status AS status, m.id AS meetingId,
       COLLECT { MATCH (p:Person)-[:ATTENDED]->(m) RETURN DISTINCT [p.name] + coalesce(p.aliases, []) } AS people`;

function known(people: string[][], name: string): boolean {
  return people.some((names) => names.includes(name));
}

describe('dkg extract and the graph agree on the samples', () => {
  let store: Store;
  let extractions: ArticleExtraction[];
  let reports: GraphReport[];
  beforeAll(async () => {
    store = await freshStore();
    const samples = FIXTURE_ARTICLES;
    const extracted = await runCli(['extract', samples, '--json']);
    expect(extracted.code, extracted.stderr).toBe(0);
    extractions = extracted.stdout.trim().split('\n').map((line) => JSON.parse(line) as ArticleExtraction);
    const ingested = await runCli(['ingest', samples, '--report', `${tempDir('dkg-truth-')}/report.json`]);
    expect(ingested.code, ingested.stderr).toBe(0);
    reports = await store.query<GraphReport>(REPORTS);
  });
  afterAll(async () => {
    await store.close();
  });

  it('keeps one report per extracted meeting, each of an article on its own meeting', () => {
    const extracted = extractions.reduce((n, x) => n + x.meetings.length, 0);
    expect(extracted).toBeGreaterThan(0);
    expect(reports).toHaveLength(extracted);
    for (const x of extractions) {
      const mine = reports.filter((r) => r.source === x.file);
      expect(mine.map((r) => r.mention).sort((p, q) => Number(p) - Number(q)), x.file).toEqual(x.meetings.map((_, i) => i));
      expect(new Set(mine.map((r) => r.meetingId)).size, x.file).toBe(x.meetings.length);
    }
  });

  it('every held meeting the extractor outputs is a held meeting in the graph, with its people', () => {
    const held = extractions.flatMap((x) =>
      x.meetings.map((m, i) => ({ file: x.file, i, m })).filter(({ m }) => m.status === 'held'),
    );
    expect(held.length).toBeGreaterThan(0);
    const missing = held.filter(({ file, i, m }) => {
      const r = reports.find((x) => x.source === file && x.mention === i);
      return !r || r.claimed !== 'held' || r.status !== 'held' || !m.participants.every((p) => known(r.people, p.name));
    });
    expect(missing.map(({ file, i }) => `${file} meeting ${i + 1}`)).toEqual([]);
  });
});
