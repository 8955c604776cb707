/** Map label placement: busiest first, never overlapping, more labels as the map zooms in. */
import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelSite } from '../../../web/src/place-labels.js';

const site = (x: number, y: number, weight: number, width = 60): LabelSite => ({ x, y, r: 4, width, height: 16, weight });

const overlap = (a: number[], b: number[]): boolean => a[0]! < b[2]! && a[2]! > b[0]! && a[1]! < b[3]! && a[3]! > b[1]!;

/** Twenty places a few pixels apart, as a region's capitals are on a world map. */
const cluster = Array.from({ length: 20 }, (_, i) => site(100 + (i % 5) * 6, 100 + Math.floor(i / 5) * 5, 20 - i));

describe('placeLabels', () => {
  it('labels the busiest of two crowded places first, whatever order they come in', () => {
    const quiet = site(100, 105, 1);
    const busy = site(100, 100, 9);
    expect(placeLabels([quiet, busy], 1).map((l) => [l.index, l.side])).toEqual([[1, 'right'], [0, 'left']]);
    expect(placeLabels([busy, quiet], 1).map((l) => [l.index, l.side])).toEqual([[0, 'right'], [1, 'left']]);
  });

  it('tries right, left, above and below in turn, and skips a place hemmed in on all four sides', () => {
    const centre = site(200, 100, 9);
    const right = site(270, 100, 1, 40);
    const left = site(130, 100, 1, 40);
    const up = site(200, 80, 1, 40);
    const down = site(200, 120, 1, 40);
    const sides = (sites: LabelSite[]): string | undefined => placeLabels(sites, 1).find((l) => l.index === 0)?.side;
    expect(sides([centre])).toBe('right');
    expect(sides([centre, right])).toBe('left');
    expect(sides([centre, right, left])).toBe('above');
    expect(sides([centre, right, left, up])).toBe('below');
    expect(sides([centre, right, left, up, down])).toBeUndefined();
  });

  it('never places a label over another label or over another place', () => {
    for (const zoom of [1, 2, 4, 8]) {
      const placed = placeLabels(cluster, zoom);
      for (const a of placed) {
        for (const b of placed) if (a !== b) expect(overlap(a.box, b.box)).toBe(false);
        cluster.forEach((s, i) => {
          if (i === a.index) return;
          const c = [s.x * zoom - s.r, s.y * zoom - s.r, s.x * zoom + s.r, s.y * zoom + s.r];
          expect(overlap(a.box, c)).toBe(false);
        });
      }
    }
  });

  it('shows more labels as the map zooms in, keeping the ones it had', () => {
    const counts = [1, 2, 4, 8, 16].map((z) => placeLabels(cluster, z).length);
    expect(counts[0]).toBeLessThan(cluster.length / 4);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1]!);
    expect(counts.at(-1)).toBe(cluster.length);
    const at2 = new Set(placeLabels(cluster, 2).map((l) => l.index));
    const at16 = new Set(placeLabels(cluster, 16).map((l) => l.index));
    for (const i of at2) expect(at16.has(i)).toBe(true);
  });

  it('stops at the limit', () => {
    const far = Array.from({ length: 10 }, (_, i) => site(i * 1000, 0, 1));
    expect(placeLabels(far, 1, 4)).toHaveLength(4);
  });
});
