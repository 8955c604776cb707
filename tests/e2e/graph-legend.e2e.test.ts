/**
 * The graph's kinds of link in a real browser: a meeting of two delegations (Modi and
 * Jaishankar with Ishiba and Iwaya) and a planned trip (Tokayev to Tashkent) are drawn with
 * met, same-delegation, represents, planned and located-in links, and the legend names
 * each kind the graph shows, drawn as the canvas draws it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/driver.js';
import { freshStore } from '../helpers/db.js';
import { ingestGraphFixtures } from '../helpers/graph-fixtures.js';
import { openPage, screenshot, startHarness, type Harness } from './browser.js';

let store: Store;
let h: Harness;

beforeAll(async () => {
  store = await freshStore();
  await ingestGraphFixtures(store, ['modi-jaishankar-ishiba-iwaya-delegations', 'tokayev-mirziyoyev-held-and-planned']);
  h = await startHarness(store);
});

afterAll(async () => {
  await h?.close();
  await store?.close();
});

const legendLinks = (page: import('playwright-core').Page): Promise<{ type: string; text: string; dash: string | null }[]> =>
  page.$$eval('.graph-view .legend-edges li', (items) =>
    items.map((li) => ({
      type: li.getAttribute('data-edge-type') ?? '',
      text: li.textContent ?? '',
      dash: li.querySelector('line')?.getAttribute('stroke-dasharray') ?? null,
    })),
  );

describe('graph legend', () => {
  it('names met, same delegation and represents links, each drawn its own way', async () => {
    const { page, errors } = await openPage(h, '?focus=p-narendra-modi&mode=COLLAPSED');
    await page.waitForSelector('.graph-view[data-layout=done]', { timeout: 60_000 });
    const links = await legendLinks(page);
    expect(links.map((l) => [l.type, l.text])).toEqual([
      ['MET', 'Met'],
      ['SAME_DELEGATION', 'Same delegation'],
      ['REPRESENTS', 'Represents'],
    ]);
    // Met is a solid line; the others are dashed, each differently.
    expect(links[0]?.dash).toBeNull();
    expect(new Set(links.slice(1).map((l) => l.dash)).size).toBe(2);
    expect(await page.textContent('.graph-view .legend-note')).toBe('Size: links · Line width: meetings (met, same delegation)');
    // The keyboard list names the delegation tie like the canvas.
    expect(await page.textContent('.graph-list li[data-node-id="p-narendra-modi"]')).toMatch(/S\. Jaishankar/);
    await screenshot(page, 'graph-legend-delegations');
    expect(errors).toEqual([]);
  });

  it('names planned and located-in links where the graph has them', async () => {
    const { page, errors } = await openPage(h, '?focus=p-kassym-jomart-tokayev&mode=MEETINGS');
    await page.waitForSelector('.graph-view[data-layout=done]', { timeout: 60_000 });
    expect((await legendLinks(page)).map((l) => l.type)).toEqual(['ATTENDED', 'REPRESENTS', 'LOCATED_IN']);
    expect(await page.$$eval('.graph-view .legend li[data-node-type]', (li) => li.map((x) => x.textContent))).toContain('Place');
    const collapsed = await openPage(h, '?focus=p-kassym-jomart-tokayev&mode=COLLAPSED');
    await collapsed.page.waitForSelector('.graph-view[data-layout=done]', { timeout: 60_000 });
    expect((await legendLinks(collapsed.page)).map((l) => [l.type, l.text])).toEqual([
      ['MET', 'Met'],
      ['PLANNED', 'Planned to meet'],
      ['REPRESENTS', 'Represents'],
    ]);
    await screenshot(collapsed.page, 'graph-legend-planned');
    expect([...errors, ...collapsed.errors]).toEqual([]);
  });
});
