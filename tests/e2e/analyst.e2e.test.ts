/**
 * The explorer as an analyst uses it, in Chromium at desktop and phone sizes: typed names
 * resolve or say why not (never an empty dashboard), ties open their meetings, the bilateral
 * view tells the time story, layouts hold, exports carry their context, evidence reads once.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import type { Store } from '../../src/store/driver.js';
import { freshStore } from '../helpers/db.js';
import { ingestGraphFixtures } from '../helpers/graph-fixtures.js';
import { gqlAt, openPage, screenshot, startHarness, type Harness } from './browser.js';

vi.setConfig({ testTimeout: 300_000 });

let store: Store;
let h: Harness;

beforeAll(async () => {
  store = await freshStore();
  await ingestGraphFixtures(store, ['kazakhstan-uzbekistan-ties-over-years', 'tokayev-mirziyoyev-held-and-planned', 'modi-jaishankar-ishiba-iwaya-delegations', 'lavrov-baku-two-day-trip']);
  h = await startHarness(store);
});

afterAll(async () => {
  await h?.close();
  await store?.close();
});

/** This machine is shared and slow at times: waits are generous, never timing asserts. */
async function open(query = ''): ReturnType<typeof openPage> {
  const opened = await openPage(h, query);
  opened.page.setDefaultTimeout(90_000);
  return opened;
}

async function readDownload(page: Page, label: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${label}"]`)]);
  return readFileSync((await download.path()) as string, 'utf8');
}

describe('resolution, never silence', () => {
  it('the bilateral form takes names in any case and keeps codes in the URL', async () => {
    const { page, errors } = await open('?view=bilateral');
    await page.fill('#bilateral-a', 'kazakhstan');
    await page.fill('#bilateral-b', 'Uzbek');
    await page.waitForSelector('.pair-form li[role=option][data-id="UZ"]');
    await screenshot(page, 'analyst-01-suggestions');
    await page.click('.pair-form button[type=submit]');
    await page.waitForURL(/a=KZ&b=UZ/);
    await page.waitForSelector('.bilateral .stats');
    expect(await page.inputValue('#bilateral-a')).toBe('Kazakhstan');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an unknown name shows a message with suggestions and no dashboard', async () => {
    const { page, errors } = await open('?view=bilateral&a=KZ&b=UZ');
    await page.waitForSelector('.bilateral .stats');
    await page.fill('#bilateral-b', 'Atlantis');
    await page.click('.pair-form button[type=submit]');
    const message = await page.waitForSelector('.pair-form .resolve-message:not([hidden])');
    expect(await message.textContent()).toMatch(/No country or organisation matches “Atlantis”/);
    // The pair did not change: the URL still names the last resolved pair.
    expect(page.url()).toMatch(/a=KZ&b=UZ/);
    await page.fill('#bilateral-b', 'Republic');
    await page.click('.pair-form button[type=submit]');
    await page.waitForSelector('.pair-form .resolve-message:not([hidden]) button.suggestion');
    expect(await page.textContent('.pair-form .resolve-message:not([hidden])')).toMatch(/Did you mean/);
    await screenshot(page, 'analyst-02-unresolved-message');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a link with names for codes (a=INDIA) explains itself instead of a dashboard of zeros', async () => {
    const { page, errors } = await open('?view=bilateral&a=INDIA&b=china');
    await page.waitForSelector('.bilateral [data-unresolved]');
    expect(await page.$('.bilateral .stats')).toBeNull();
    const messages = await page.$$eval('.pair-form .resolve-message:not([hidden])', (m) => m.map((x) => x.textContent ?? ''));
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/“INDIA”.*India/);
    // One click on the suggestion puts the canonical code in the form.
    await page.click('.pair-form .resolve-message:not([hidden]) button.suggestion >> nth=0');
    expect(await page.inputValue('#bilateral-a')).toBe('India');
    await screenshot(page, 'analyst-03-unresolved-link');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the country and person filters resolve typed names, and an unknown one says so', async () => {
    const { page, errors } = await open();
    await page.waitForSelector('.graph-view[data-layout=done]', { timeout: 60_000 });
    await page.fill('#filter-country', 'Uzbekistan');
    await page.press('#filter-country', 'Enter');
    await page.waitForURL(/countries=UZ/);
    expect(await page.textContent('.filters .chips')).toMatch(/Uzbekistan/);
    await page.fill('#filter-person', 'Tokayev');
    await page.waitForSelector('#filter-person ~ .suggestions li[role=option]');
    await page.press('#filter-person', 'Enter');
    await page.waitForURL(/people=p-/);
    await page.fill('#filter-country', 'Narnia');
    await page.press('#filter-country', 'Enter');
    await page.waitForSelector('.filters .resolve-message:not([hidden])');
    expect(await page.textContent('.filters .resolve-message:not([hidden])')).toMatch(/Narnia/);
    expect(page.url()).not.toMatch(/Narnia/i);
    await screenshot(page, 'analyst-04-filter-messages');
    const crafted = await open('?countries=INDIA');
    await crafted.page.waitForSelector('#banner[data-kind=unresolved]:not([hidden])');
    expect(await crafted.page.textContent('#banner')).toMatch(/“INDIA”/);
    const search = await open();
    await search.page.fill('.search-input', 'zzqx nobody');
    await search.page.waitForSelector('.search-empty:not([hidden])');
    expect(await search.page.textContent('.search-empty')).toMatch(/Nothing matches/);
    expect([...errors, ...crafted.errors, ...search.errors]).toEqual([]);
    await Promise.all([page.close(), crafted.page.close(), search.page.close()]);
  });
});

describe('ties, edge types and the stable layout', () => {
  it('the overview shows ties only until represents links are asked for', async () => {
    const { page, errors } = await open();
    await page.waitForSelector('.graph-view[data-layout=done]', { timeout: 60_000 });
    const types = async (): Promise<string[]> => page.$$eval('.graph-view .legend-edges li', (li) => li.map((x) => x.getAttribute('data-edge-type') ?? ''));
    expect(await types()).not.toContain('REPRESENTS');
    expect(await types()).toContain('MET');
    await screenshot(page, 'analyst-05-overview-ties');
    await page.check('#show-represents');
    await page.waitForURL(/represents=1/);
    await page.waitForFunction(() => [...document.querySelectorAll('.legend-edges li')].some((li) => li.getAttribute('data-edge-type') === 'REPRESENTS'));
    // Nodes that stayed kept their place rather than being laid out anew.
    expect(Number(await page.getAttribute('.graph-view', 'data-kept'))).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('hovering a link highlights it and clicking opens the meetings behind it', async () => {
    const { page, errors } = await open('?focus=p-narendra-modi');
    await page.waitForSelector('.graph-view[data-layout=done]', { timeout: 60_000 });
    // The exported SVG draws lines where the canvas does: aim at the middle of each met link
    // until one is under the pointer (a node may sit on a line's middle).
    const svg = await readDownload(page, 'SVG');
    const lines = [...svg.matchAll(/<line x1="([\d.-]+)" y1="([\d.-]+)" x2="([\d.-]+)" y2="([\d.-]+)" stroke="[^"]+" stroke-width="[\d.]+"\/>/g)];
    expect(lines.length).toBeGreaterThan(0);
    const rect = (await (await page.$('.graph-canvas'))!.boundingBox())!;
    let x = 0;
    let y = 0;
    for (const line of lines) {
      x = rect.x + (Number(line[1]) + Number(line[3])) / 2;
      y = rect.y + (Number(line[2]) + Number(line[4])) / 2;
      await page.mouse.move(x, y);
      if (await page.getAttribute('.graph-canvas', 'data-hovered-edge')) break;
    }
    await page.waitForSelector('.graph-tooltip:not([hidden])');
    expect(await page.textContent('.graph-tooltip')).toMatch(/click for the meetings/);
    await screenshot(page, 'analyst-06-tie-hover');
    await page.mouse.click(x, y);
    await page.waitForURL(/selected=TIE/);
    await page.waitForSelector('.details:not([hidden]) .meeting-card');
    expect(await page.textContent('.details .kind-line')).toMatch(/Tie · \d+ meeting/);
    await screenshot(page, 'analyst-07-tie-details');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a filter change marks the old graph stale while loading and keeps the nodes that stay', async () => {
    const { page, errors } = await open('?focus=KZ&depth=2');
    await page.waitForSelector('.graph-view[data-layout=done]', { timeout: 60_000 });
    await page.evaluate(() => {
      const view = document.querySelector('.graph-view')!;
      new MutationObserver(() => {
        if (view.classList.contains('stale')) view.setAttribute('data-was-stale', 'true');
      }).observe(view, { attributes: true, attributeFilter: ['class'] });
    });
    await page.selectOption('.view-bar select', '1');
    await page.waitForFunction(() => document.querySelector('.graph-view')?.getAttribute('data-was-stale') === 'true');
    await page.waitForSelector('.graph-view[data-layout=done]:not(.stale)');
    expect(Number(await page.getAttribute('.graph-view', 'data-kept'))).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the bilateral time story', () => {
  it('shows a real time axis, first and last meetings, trips each way and the summit', async () => {
    const { page, errors } = await open('?view=bilateral&a=KZ&b=UZ');
    await page.waitForSelector('.bilateral .stats');
    const text = (await page.textContent('.bilateral')) ?? '';
    expect(text).toMatch(/2019-04-15\s*first meeting/);
    expect(text).toMatch(/2025-11-04\s*last meeting/);
    expect(text).toMatch(/Kazakhstan → Uzbekistan.*first visit in 6 years/s);
    expect(text).toMatch(/SCO summit \(1\)/);
    // Months with no meeting take their width: the long gap is drawn and named.
    expect(await page.$$eval('.time-axis rect.gap', (r) => r.length)).toBeGreaterThan(0);
    expect(await page.textContent('.time-axis')).toMatch(/months without/);
    // Calls versus in person over time: seven years binned by year, the 2024 call beside the visits.
    expect(await page.getAttribute('.modality-chart', 'data-unit')).toBe('year');
    expect(await page.$$eval('.modality-chart .modality-bar', (g) => g.map((x) => x.getAttribute('data-period')))).toEqual(['2019', '2021', '2024', '2025']);
    expect(await page.$$eval('.modality-chart [data-period="2024"] rect.phone', (r) => r.length)).toBe(1);
    expect(await page.getAttribute('.modality-chart', 'aria-label')).toMatch(/2024: 1 in person, 1 by phone, 0 by video/);
    // Filters that do not apply here are hidden, and the page says so.
    expect(await page.isVisible('.filters .bilateral-note')).toBe(true);
    expect(await page.isVisible('.filters .filter-group')).toBe(false);
    await screenshot(page, 'analyst-08-bilateral-story');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('exports and evidence', () => {
  it('exports the meetings table and a framed SVG with the pair, period and figures', async () => {
    const { page, errors } = await open('?view=bilateral&a=KZ&b=UZ&from=2019-01-01');
    await page.waitForSelector('.bilateral .meeting-card');
    const csv = await readDownload(page, 'CSV meetings');
    const rows = csv.trim().split('\r\n');
    expect(rows[0]).toBe('date,parties,people,place,modality,status,sources,evidence');
    const count = Number(await page.textContent('.bilateral .stats .stat:first-child strong'));
    expect(rows).toHaveLength(count + 1);
    expect(rows.join('\n')).toMatch(/2024-02,.*Kassym-Jomart Tokayev \(KZ\).*PHONE,HELD,https:\/\/fixtures\.example/);
    const svg = await readDownload(page, 'SVG');
    expect(svg).toMatch(/Bilateral ties/);
    expect(svg).toMatch(/Kazakhstan – Uzbekistan/);
    expect(svg).toMatch(/2019-01-01 to today/);
    expect(svg).toMatch(/\d+ meetings · \d+ held/);
    expect(svg).toMatch(/Source: DKG explorer/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows each evidence sentence once, its supporting words marked, and flags a planned date that passed', async () => {
    const data = await gqlAt<{ meetings: { edges: { node: { id: string; date: string; status: string } }[] } }>(
      h.base,
      '{ meetings(filter: { countries: ["KZ", "UZ"] }, first: 20) { edges { node { id date status } } } }',
    );
    const held = data.meetings.edges.find((e) => e.node.date === '2025-10-14')!.node;
    const { page, errors } = await open(`?selected=MEETING:${held.id}`);
    await page.waitForSelector('.details:not([hidden]) .meeting-card');
    const quotes = await page.$$eval('.details q', (q) => q.map((x) => x.textContent ?? ''));
    expect(quotes.length).toBeGreaterThan(0);
    expect(new Set(quotes).size).toBe(quotes.length);
    expect(await page.$$eval('.details q mark', (m) => m.map((x) => x.textContent))).toEqual(expect.arrayContaining(['Kassym-Jomart Tokayev', 'Tashkent']));
    await screenshot(page, 'analyst-09-evidence-once');
    const planned = await gqlAt<{ meetings: { edges: { node: { id: string } }[] } }>(
      h.base,
      '{ meetings(filter: { countries: ["KZ", "UZ"], status: PLANNED }, first: 5) { edges { node { id } } } }',
    );
    const other = await open(`?selected=MEETING:${planned.meetings.edges[0]!.node.id}`);
    await other.page.waitForSelector('.details:not([hidden]) .badge.overdue');
    expect([...errors, ...other.errors]).toEqual([]);
    await Promise.all([page.close(), other.page.close()]);
  });
});

describe('phone', () => {
  it('at 390x844 nothing overflows and every view, filter and export is reachable', async () => {
    const { page, errors } = await open();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForSelector('.graph-view[data-layout=done]', { timeout: 60_000 });
    const overflow = (): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'analyst-10-phone-graph');
    // Filters are a drawer.
    const onScreen = (): Promise<boolean> =>
      page.evaluate(() => {
        const r = document.querySelector('#filter-country')!.getBoundingClientRect();
        return r.right > 0 && r.left < window.innerWidth;
      });
    expect(await onScreen()).toBe(false);
    await page.click('#filters-toggle');
    await page.waitForFunction(() => {
      const r = document.querySelector('#filter-country')?.getBoundingClientRect();
      return !!r && r.left >= 0 && r.right <= window.innerWidth;
    });
    await screenshot(page, 'analyst-11-phone-filters');
    await page.click('.drawer-close');
    // Every tab and export button lies inside the screen.
    for (const sel of ['#tab-graph', '#tab-bilateral', '#tab-map', '[data-export="CSV meetings"]', '[data-export="PNG"]']) {
      const b = (await (await page.$(sel))!.boundingBox())!;
      expect(b.x, sel).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width, sel).toBeLessThanOrEqual(390);
    }
    await page.click('#tab-map');
    await page.waitForSelector('.map-svg g.place');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'analyst-12-phone-map');
    await page.click('#tab-bilateral');
    await page.fill('#bilateral-a', 'KZ');
    await page.fill('#bilateral-b', 'Uzbekistan');
    await page.press('#bilateral-b', 'Escape');
    await page.click('.pair-form button[type=submit]');
    await page.waitForSelector('.bilateral .stats');
    expect(await overflow()).toBeLessThanOrEqual(0);
    const chart = (await (await page.$('.modality-chart'))!.boundingBox())!;
    expect(chart.x + chart.width).toBeLessThanOrEqual(390);
    await screenshot(page, 'analyst-13-phone-bilateral');
    await page.$eval('.modality-chart', (c) => c.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'analyst-14-phone-bilateral-modality');
    expect(errors).toEqual([]);
    await page.close();
  });
});
