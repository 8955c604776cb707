/**
 * Our port of the real-news scorer against the official one: both score the same predictions
 * and must print the same figures. score.mjs lives beside the corpus (../shared/eval), outside
 * the repository; without it the comparisons are skipped (the names say so), while the gate
 * test (real-news-gate.test.ts) fails in that case.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gateFailures, type Baseline } from '../../../src/cli/real-news-baseline.js';
import { evaluateRealNews, loadGold } from '../../../src/cli/real-news-corpus.js';
import { config } from '../../../src/config.js';
import { samePerson, scoreRealNews, type RealNewsFigures, type ScoredMeeting } from '../../../src/extract/real-news-score.js';
import { recallByPhenomenon, splitOf } from '../../../src/extract/real-news-splits.js';

const corpusDir = config().realNewsDir;
const scoreMjs = path.join(corpusDir, '..', 'score.mjs');
const haveScorer = existsSync(scoreMjs);
const skipped = haveScorer ? '' : ` (skipped: no ${scoreMjs}; set DKG_REAL_NEWS_DIR to the corpus beside it)`;

const temps: string[] = [];
afterAll(async () => {
  for (const dir of temps.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** score.mjs --json on a gold folder and predictions keyed by id, as the official figures. */
async function officialScore(goldDir: string, predictions: Map<string, unknown>): Promise<{ figures: RealNewsFigures; perArticle: unknown[] }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dkg-score-'));
  temps.push(dir);
  const predFile = path.join(dir, 'pred.jsonl');
  await writeFile(predFile, [...predictions].map(([id, meetings]) => JSON.stringify({ id, meetings })).join('\n'));
  const run = spawnSync(process.execPath, [scoreMjs, goldDir, predFile, '--json'], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  const { perArticle, ...figures } = JSON.parse(run.stdout) as RealNewsFigures & { perArticle: unknown[] };
  return { figures, perArticle };
}

const person = (name: string, country: string | null, organization: string | null = null) => ({ name, country, organization });

/** Articles we made up for the scorer's corners; only their gold, no text. */
const goldFiles: Record<string, object> = {
  'a1.json': {
    id: 'a1', phenomena: ['multi-meeting', 'spelling-variant'],
    gold: { meetings: [
      { participants: [{ name: 'Vladimir Putin', country: 'RU' }, { name: 'Ilham Aliyev', country: 'AZ' }],
        modality: 'in_person', status: 'held', date: '2025-10-15', location: { city: 'Dushanbe', country: 'TJ' }, topics: ['energy', 'trade'] },
      { participants: [{ name: 'Vladimir Putin', country: 'RU' }, { name: 'Recep Tayyip Erdogan', country: 'TR', aliases: ['Erdoghan'] }],
        modality: 'phone', status: 'planned', date: '2025-11', location: null, topics: [] },
    ] },
  },
  'a2.json': { id: 'a2', phenomena: ['no-meeting-trap'], gold: { meetings: [] } },
  'a3.json': { id: 'a3', phenomena: ['no-meeting-trap'], gold: { meetings: [] } },
  // No "id": the file name gives it.
  'a4.json': {
    phenomena: ['org-official'],
    gold: { meetings: [
      { participants: [{ name: 'Antonio Guterres', country: null, organization: 'UN' }, { name: 'Sergey Lavrov', country: 'RU' }],
        modality: 'in_person', status: 'held', date: null, location: { city: 'São Paulo', country: 'BR' }, topics: ['conflict'] },
    ] },
  },
  'a5.json': { id: 'a5', phenomena: ['wire-copy'], gold: { meetings: [
    { participants: [{ name: 'Xi Jinping', country: 'CN' }, { name: 'Lula', country: 'BR' }], modality: 'video', status: 'held', date: '2024', location: null },
  ] } },
  'a6.json': { id: 'a6', phenomena: ['multi-party'], gold: { meetings: [
    { participants: [{ name: 'Emmanuel Macron', country: 'FR' }, { name: 'Olaf Scholz', country: 'DE' }, { name: 'Donald Tusk', country: 'PL' }],
      modality: 'in_person', status: 'held', date: '2024-03-15', location: { city: 'Berlin', country: 'DE' }, topics: ['defense'] },
  ] } },
  // Half the people shared (Jaccard 0.5) is still a match.
  'a7.json': { id: 'a7', phenomena: ['multi-party'], gold: { meetings: [
    { participants: [{ name: 'Kassym-Jomart Tokayev', country: 'KZ' }, { name: 'Sadyr Japarov', country: 'KG' },
      { name: 'Emomali Rahmon', country: 'TJ' }, { name: 'Shavkat Mirziyoyev', country: 'UZ' }],
    modality: 'in_person', status: 'held', date: null, location: null },
  ] } },
  // Best overlap first, whatever the order of the lists; equal overlaps go to the earlier gold meeting.
  'a8.json': { id: 'a8', phenomena: ['recalled-meeting'], gold: { meetings: [
    { participants: [{ name: 'Narendra Modi', country: 'IN' }, { name: 'Anthony Albanese', country: 'AU' }],
      modality: 'in_person', status: 'held', date: '2025-01-01', location: null },
    { participants: [{ name: 'Narendra Modi', country: 'IN' }, { name: 'Anthony Albanese', country: 'AU' }, { name: 'Mark Carney', country: 'CA' }],
      modality: 'in_person', status: 'held', date: '2023-10', location: null },
  ] } },
  'a9.json': { id: 'a9', phenomena: ['recalled-meeting'], gold: { meetings: [
    { participants: [{ name: 'Narendra Modi', country: 'IN' }, { name: 'Anthony Albanese', country: 'AU' }],
      modality: 'in_person', status: 'held', date: '2025-01-01', location: null },
    { participants: [{ name: 'Narendra Modi', country: 'IN' }, { name: 'Anthony Albanese', country: 'AU' }],
      modality: 'in_person', status: 'held', date: '2023-10', location: null },
  ] } },
};

/** Predictions that hit each corner: aliases, surnames, topic objects and strings, ties, missing output. */
const predictions = new Map<string, ScoredMeeting[]>([
  ['a1', [
    { participants: [person('Aliyev', 'AZ'), person('Vladimir Putin', 'RU')], modality: 'in_person', status: 'held',
      date: '2025-10-15', location: { city: 'DUSHANBE' }, topics: [{ name: 'energy' }, { name: 'conflict' }] },
    { participants: [person('Putin', 'RU'), person('Erdoghan', 'TR')], modality: 'phone', status: 'held',
      date: '2025-11-03', location: null, topics: [] },
    { participants: [person('Al', 'EG'), person('Someone Else', 'XX')], modality: 'in_person', status: 'held', date: null, location: null },
  ]],
  ['a2', []],
  ['a3', [{ participants: [person('Joe Biden', 'US'), person('Kim Jong Un', 'KP')], modality: 'in_person', status: 'planned' }]],
  ['a4', [{ participants: [person('Guterres', 'PT', 'un'), person('Lavrov', 'ru')], modality: 'in_person', status: 'held',
    date: '2025-01-02', location: { city: 'Sao Paulo' }, topics: ['conflict', 'trade'] }]],
  ['a6', [
    { participants: [person('Macron', 'FR'), person('Scholz', 'DE'), person('Giorgia Meloni', 'IT')], modality: 'in_person', status: 'held',
      date: '2024-03-15', location: { city: 'Berlin' }, topics: [{ name: 'defense' }] },
    { participants: [person('Macron', 'FR'), person('Tusk', 'PL')], modality: 'in_person', status: 'held', date: '2024-03', location: { city: 'Paris' } },
    { modality: 'video', status: 'held' },
  ]],
  ['a7', [{ participants: [person('Tokayev', 'KZ'), person('Japarov', 'KG')], modality: 'in_person', status: 'held' }]],
  ['a8', [
    { participants: [person('Modi', 'IN'), person('Albanese', 'AU'), person('Carney', 'CA')], modality: 'in_person', status: 'held', date: '2023-10-05' },
    { participants: [person('Modi', 'IN'), person('Albanese', 'AU')], modality: 'in_person', status: 'held', date: '2025-01-01' },
  ]],
  ['a9', [{ participants: [person('Modi', 'IN'), person('Albanese', 'AU')], modality: 'in_person', status: 'held', date: '2023-10-05' }]],
]);

describe(`the real-news scorer gives score.mjs's figures${skipped}`, () => {
  it.skipIf(!haveScorer)('on made-up gold covering aliases, organisations, ties, no-meeting articles and missing output', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dkg-gold-'));
    temps.push(dir);
    for (const [file, content] of Object.entries(goldFiles)) await writeFile(path.join(dir, file), JSON.stringify(content));
    const gold = (await loadGold(dir)).map((g) => g.gold);
    expect(gold.map((g) => g.id)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9']);
    const ours = scoreRealNews(gold, predictions);
    const official = await officialScore(dir, predictions);
    expect(ours.figures).toEqual(official.figures);
    expect(ours.perArticle.map(({ id, gold: g, pred, matched }) => ({ id, gold: g, pred, matched }))).toEqual(official.perArticle);
    // The corners were reached: a miss, a false alarm and a missing output.
    expect(ours.figures.missingOutput).toBe(1);
    expect(ours.figures.noMeetingArticlesCorrect).toBe(0.5);
  });

  it.skipIf(!haveScorer)('on the extractor output for the whole corpus', async () => {
    const evaluation = await evaluateRealNews(corpusDir);
    const official = await officialScore(corpusDir, evaluation.predictions);
    expect(evaluation.splits.all.figures).toEqual(official.figures);
    expect(evaluation.splits.all.perArticle.map(({ id, gold, pred, matched }) => ({ id, gold, pred, matched }))).toEqual(official.perArticle);
  }, 60_000);
});

describe('real-news scoring pieces', () => {
  it('names the same person by contained name words, never by a short word alone', () => {
    expect(samePerson('Luiz Inácio Lula da Silva', 'Lula')).toBe(true);
    expect(samePerson('Ilham Aliyev', 'aliyev')).toBe(true);
    expect(samePerson('Abdel Fattah al-Sisi', 'Al')).toBe(false);
    expect(samePerson('Ilham Aliyev', 'Heydar Aliyev')).toBe(false);
  });

  it('puts ids ending in 0 or 5 in the test split', () => {
    expect(['001', '005', '010', '149', '150'].map(splitOf)).toEqual(['dev', 'test', 'test', 'dev', 'test']);
  });

  it('counts a gold meeting toward every tag of its article, and no-meeting articles per tag', () => {
    const recall = recallByPhenomenon([
      { id: '1', gold: 2, pred: 1, matched: 1, phenomena: ['planned', 'dateline'], errors: [] },
      { id: '2', gold: 0, pred: 0, matched: 0, phenomena: ['dateline'], errors: [] },
    ]);
    expect(recall['planned']).toMatchObject({ goldMeetings: 2, matched: 1, recall: 0.5, noMeetingArticles: 0 });
    expect(recall['dateline']).toMatchObject({ articles: 2, goldMeetings: 2, noMeetingArticles: 1, noMeetingCorrect: 1 });
  });

  it('gate-fails a split whose meetings F1 fell more than 0.02, saying the figure, the baseline and how to raise it', () => {
    const figures = (meetings: number, participants: number, articles = 10): RealNewsFigures => ({
      articles, missingOutput: 0, meetings: { p: 1, r: 1, f1: meetings }, participants: { p: 1, r: 1, f1: participants },
      country: null, modality: null, status: null, date: null, city: null, topics: { p: null, r: null, f1: null }, noMeetingArticlesCorrect: null,
    });
    const baseline: Baseline = { about: '', splits: { dev: figures(0.5, 0.5), test: figures(0.5, 0.5), all: figures(0.5, 0.5) } };
    expect(gateFailures(baseline, { dev: figures(0.48, 0.6), test: figures(0.5, 0.5), all: figures(0.5, 0.5) })).toEqual([]);
    const failures = gateFailures(baseline, { dev: figures(0.479, 0.5), test: figures(0.5, 0.5), all: figures(0.5, 0.5, 11) });
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatch(/dev meetings F1 is 0\.479, more than 0\.02 below the baseline 0\.500 .*npm run eval -- --write-baseline/);
    expect(failures[1]).toMatch(/all: the baseline scored 10 articles, the corpus now has 11/);
  });
});
