/**
 * The web explorer in a real browser against the sample corpus: every view loads, shows
 * what the corpus says, exports valid files, and renders hostile article text inert.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ingestFiles } from '../../src/cli/ingest.js';
import { PROJECT_ROOT } from '../../src/config.js';
import type { ReadResult } from '../../src/ingest/index.js';
import { loadKnowledge } from '../../src/knowledge/knowledge.js';
import type { Store } from '../../src/store/driver.js';
import { ingestStream } from '../../src/pipeline/ingest-stream.js';
import { freshStore } from '../helpers/db.js';
import { gqlAt, openPage, screenshot, startHarness, type Harness } from './browser.js';

const ARTICLES = path.join(PROJECT_ROOT, 'samples');
const HOSTILE_TITLE = 'Putin hosts Tokayev <script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">';
const HOSTILE_TEXT =
  'Russian President Vladimir Putin met Kazakh President Kassym-Jomart Tokayev in Moscow on 3 September 2025. ' +
  'The two leaders discussed energy <script>window.__xss = 3</script> and trade <img src=x onerror="window.__xss = 4"> during the talks.';

let store: Store;
let h: Harness;

async function ingestHostileArticle(s: Store): Promise<void> {
  async function* items(): AsyncGenerator<ReadResult> {
    yield {
      ok: true,
      article: {
        source: 'e2e-hostile',
        title: HOSTILE_TITLE,
        text: HOSTILE_TEXT,
        publishedAt: '2025-09-03',
        publisher: 'Test Wire <b>bold</b>',
        section: null,
        url: 'https://example.test/hostile',
      },
    };
  }
  const summary = await ingestStream(s, loadKnowledge({ extraPeopleFile: null }), items(), { batchSize: 10 });
  expect(summary.failed).toEqual([]);
}

beforeAll(async () => {
  store = await freshStore();
  await ingestFiles(store, [ARTICLES], { report: null });
  await ingestHostileArticle(store);
  h = await startHarness(store);
});

afterAll(async () => {
  await h?.close();
  await store?.close();
});

async function personId(name: string): Promise<string> {
  const data = await gqlAt<{ search: { edges: { node: { kind: string; id: string; label: string } }[] } }>(h.base, 'query($t: String!) { search(text: $t, first: 10) { edges { node { kind id label } } } }', { t: name });
  const hit = data.search.edges.map((e) => e.node).find((x) => x.kind === 'PERSON');
  if (!hit) throw new Error(`no person found for ${name}`);
  return hit.id;
}

describe('web explorer', () => {
  it('serves the page with a strict Content-Security-Policy', async () => {
    const res = await fetch(`${h.base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    expect(await res.text()).not.toMatch(/<script>(?!<\/script>)/);
    expect((await fetch(`${h.base}/..%2f..%2fpackage.json`)).status).toBeGreaterThanOrEqual(400);
  });

  it('loads without console errors and draws the overview graph', async () => {
    const { page, errors } = await openPage(h);
    await page.waitForSelector('.graph-view[data-layout=done]', { timeout: 60_000 });
    await page.waitForSelector('.timeline .bar');
    expect(Number(await page.getAttribute('.graph-view', 'data-nodes'))).toBeGreaterThan(10);
    await screenshot(page, '01-overview-graph');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows Aliyev linked to Putin, found through the search box', async () => {
    const { page, errors } = await openPage(h);
    await page.waitForSelector('.graph-view[data-layout=done]', { timeout: 60_000 });
    await page.fill('.search-input', 'Aliyev');
    await page.waitForSelector('#search-suggestions li[data-kind=PERSON]');
    await page.click('#search-suggestions li[data-kind=PERSON]');
    const aliyev = await personId('Aliyev');
    await page.waitForURL(new RegExp(`focus=${aliyev}`));
    await page.waitForSelector(`.graph-list li[data-node-id="${aliyev}"]`, { state: 'attached' });
    await page.waitForSelector('.graph-view[data-layout=done]');
    const putin = await personId('Vladimir Putin');
    const links = await page.textContent(`.graph-list li[data-node-id="${aliyev}"]`);
    expect(links).toMatch(/Vladimir Putin/);
    expect(await page.$(`.graph-list li[data-node-id="${putin}"]`)).not.toBeNull();
    // The details panel opened on Aliyev lists Putin among the people he met.
    await page.waitForSelector('.details:not([hidden]) .meeting-card');
    expect(await page.textContent('.details')).toMatch(/Vladimir Putin/);
    await screenshot(page, '02-graph-aliyev-putin');
    // Meetings as nodes: Aliyev and Putin share a meeting node.
    await page.check('input[name=mode][value=MEETINGS]');
    await page.waitForURL(/mode=MEETINGS/);
    await page.waitForSelector('.graph-list li[data-node-id^="m-"]', { state: 'attached' });
    await page.waitForSelector('.graph-view[data-layout=done]');
    await screenshot(page, '03-graph-meetings-mode');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('brushing the timeline narrows what every view shows', async () => {
    const { page, errors } = await openPage(h);
    await page.waitForSelector('.graph-view[data-layout=done]', { timeout: 60_000 });
    await page.waitForSelector('.timeline .bar');
    const before = Number(await page.getAttribute('.graph-view', 'data-nodes'));
    // Brush across the busiest month only.
    const bars = await page.$$eval('.timeline .bar', (rects) =>
      rects.map((r) => {
        const b = r.getBoundingClientRect();
        return { x: b.x, w: b.width, h: b.height, y: b.y + b.height / 2 };
      }),
    );
    expect(bars.length).toBeGreaterThan(1);
    const top = bars.reduce((a, b) => (b.h > a.h ? b : a));
    await page.mouse.move(top.x - 1, top.y);
    await page.mouse.down();
    await page.mouse.move(top.x + top.w / 2, top.y, { steps: 4 });
    await page.mouse.move(top.x + top.w + 1, top.y, { steps: 4 });
    await page.mouse.up();
    await page.waitForURL(/from=\d{4}-\d{2}-\d{2}.*to=\d{4}-\d{2}-\d{2}/);
    await page.waitForFunction((n) => Number(document.querySelector('.graph-view')?.getAttribute('data-nodes')) !== n, before);
    const after = Number(await page.getAttribute('.graph-view', 'data-nodes'));
    expect(after).toBeLessThan(before);
    expect(await page.textContent('.timeline-summary')).toMatch(/of \d+ dated meetings/);
    await page.waitForSelector('.graph-view[data-layout=done]');
    await screenshot(page, '04-timeline-brushed');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the AZ-RU bilateral view lists the seed meeting with its evidence', async () => {
    const { page, errors } = await openPage(h, '?view=bilateral&a=AZ&b=RU');
    await page.waitForSelector('.bilateral .meeting-card', { timeout: 30_000 });
    const text = (await page.textContent('.bilateral')) ?? '';
    expect(text).toMatch(/Ilham Aliyev/);
    expect(text).toMatch(/Vladimir Putin/);
    expect(text).toMatch(/Moscow/);
    expect(text).toMatch(/traveled to Moscow for a bilateral meeting/);
    // Each evidence sentence names its article, which opens in the details panel.
    await page.click('.bilateral .evidence .source button:text("Aliyev Meets Putin in Moscow for High-Level Talks")');
    await page.waitForSelector('.details:not([hidden]) .meeting-card');
    expect(await page.textContent('.details h2')).toBe('Aliyev Meets Putin in Moscow for High-Level Talks');
    await screenshot(page, '05-bilateral-az-ru');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the map shows Moscow', async () => {
    const { page, errors } = await openPage(h, '?view=map');
    await page.waitForSelector('.map-svg g.place[data-place="Moscow"]', { timeout: 30_000 });
    expect(await page.textContent('.map-svg')).toMatch(/Moscow/);
    expect(await page.$$eval('.map-svg path.tie', (p) => p.length)).toBeGreaterThan(0);
    await screenshot(page, '06-map');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('labels more places as the map zooms in, never one label over another, at desktop and phone size', async () => {
    for (const [name, viewport] of [['desktop', { width: 1440, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
      const page = await h.context.newPage();
      await page.setViewportSize(viewport);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${h.base}/?view=map`);
      await page.waitForSelector('.map-svg[data-labels]:not([data-labels="0"])', { timeout: 60_000 });
      const before = await labelState(page);
      expect(before.overlaps, name).toEqual([]);
      await screenshot(page, `06-map-labels-${name}`);
      // Wheel in (about 3x) over Central Asia, where the sample's places crowd together.
      const tashkent = (await (await page.$('.map-svg g.place[data-place="Tashkent"] circle'))!.boundingBox())!;
      await page.mouse.move(tashkent.x + tashkent.width / 2, tashkent.y + tashkent.height / 2);
      for (let i = 0; i < 2; i++) await page.mouse.wheel(0, -350);
      await page.waitForFunction((n) => Number(document.querySelector('.map-svg')?.getAttribute('data-labels')) > n, before.shown, { timeout: 30_000 });
      const after = await labelState(page);
      expect(after.shown, name).toBeGreaterThan(before.shown);
      expect(after.overlaps, name).toEqual([]);
      // Labels keep their size on screen at every zoom and width.
      expect(after.height, name).toBeGreaterThan(10);
      await screenshot(page, `06-map-zoomed-${name}`);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('exports valid SVG and GraphML', async () => {
    const { page, errors } = await openPage(h);
    await page.waitForSelector('.graph-view[data-layout=done]', { timeout: 60_000 });
    const read = async (label: string): Promise<string> => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${label}"]`)]);
      return readFileSync((await download.path()) as string, 'utf8');
    };
    const svg = await read('SVG');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toMatch(/<circle /);
    const graphml = await read('GraphML');
    expect(XMLValidator.validate(graphml)).toBe(true);
    expect(graphml).toMatch(/<graphml xmlns="http:\/\/graphml.graphdrawing.org\/xmlns"/);
    expect(graphml).toMatch(/Vladimir Putin/);
    expect(graphml).toMatch(/<edge /);
    const csv = await read('CSV links');
    expect(csv.split('\r\n')[0]).toBe('source,target,source_label,target_label,type,weight');
    const json = JSON.parse(await read('JSON')) as { nodes: unknown[] };
    expect(json.nodes.length).toBeGreaterThan(0);
    // The map view exports its own SVG.
    await page.click('#tab-map');
    await page.waitForSelector('.map-svg g.place');
    const mapSvg = await read('SVG');
    expect(XMLValidator.validate(mapSvg)).toBe(true);
    expect(mapSvg).toMatch(/Moscow/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders hostile article text inert', async () => {
    const data = await gqlAt<{ search: { edges: { node: { kind: string; id: string; label: string } }[] } }>(h.base, '{ search(text: "hosts Tokayev", kinds: [ARTICLE], first: 20) { edges { node { kind id label } } } }');
    const article = data.search.edges.map((e) => e.node).find((x) => x.kind === 'ARTICLE' && x.label.includes('<script>'));
    expect(article).toBeDefined();
    const { page, errors } = await openPage(h, `?selected=ARTICLE:${article!.id}`);
    await page.waitForSelector('.details:not([hidden]) .meeting-card', { timeout: 30_000 });
    const details = (await page.textContent('.details')) ?? '';
    // The markup is shown as text...
    expect(details).toContain('<script>window.__xss = 1</script>');
    expect(details).toMatch(/<img src=x onerror=/);
    // ...and never became elements or ran.
    expect(await page.$$('.details script, .details img, .details b')).toHaveLength(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await screenshot(page, '07-hostile-article-inert');
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The map labels on show: how many, their height on screen, and any two whose boxes overlap. */
function labelState(page: Page): Promise<{ shown: number; height: number; overlaps: string[] }> {
  return page.evaluate(() => {
    const texts = [...document.querySelectorAll<SVGTextElement>('.map-svg .place-labels text')].filter((t) => t.getClientRects().length > 0);
    const boxes = texts.map((t) => ({ name: t.textContent ?? '', r: t.getBoundingClientRect() }));
    const overlaps: string[] = [];
    // Half a pixel of rounding is no overlap.
    const over = (a: DOMRect, b: DOMRect): boolean => a.left + 0.5 < b.right && a.right - 0.5 > b.left && a.top + 0.5 < b.bottom && a.bottom - 0.5 > b.top;
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (over(boxes[i]!.r, boxes[j]!.r)) overlaps.push(`${boxes[i]!.name} / ${boxes[j]!.name}`);
    return { shown: texts.length, height: Math.min(...boxes.map((b) => b.r.height)), overlaps };
  });
}
