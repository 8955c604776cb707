/**
 * Which map places get a label at a zoom level: the busiest first, each right of its circle,
 * else left of it, above or below, never over a label already placed or over another place's
 * circle.
 * Zooming in spreads the places apart, so more labels fit. Pure: the map view measures and
 * draws.
 */

/** A place to label: where it is at zoom 1 and how big its circle and label are on screen (px). */
export interface LabelSite {
  x: number;
  y: number;
  /** Radius of its circle on screen. */
  r: number;
  /** The label's size on screen. */
  width: number;
  height: number;
  /** Labelled before any site of lower weight (meetings held there). */
  weight: number;
}

export type LabelSide = 'right' | 'left' | 'above' | 'below';

export interface PlacedLabel {
  index: number;
  side: LabelSide;
  /** [x0, y0, x1, y1] on screen, at the zoom asked. */
  box: [number, number, number, number];
}

/** Space between a circle and its label (px). */
const GAP = 3;

type Box = PlacedLabel['box'];

/** Where a label may go around its circle, in the order tried. */
function candidates(cx: number, cy: number, s: LabelSite): [LabelSide, Box][] {
  const [w, h, d] = [s.width, s.height, s.r + GAP];
  return [
    ['right', [cx + d, cy - h / 2, cx + d + w, cy + h / 2]],
    ['left', [cx - d - w, cy - h / 2, cx - d, cy + h / 2]],
    ['above', [cx - w / 2, cy - d - h, cx + w / 2, cy - d]],
    ['below', [cx - w / 2, cy + d, cx + w / 2, cy + d + h]],
  ];
}

const overlaps = (a: readonly number[], b: readonly number[]): boolean => a[0]! < b[2]! && a[2]! > b[0]! && a[1]! < b[3]! && a[3]! > b[1]!;

/**
 * Labels for `sites` at `zoom` (which scales where sites are, not how big they are drawn), at
 * most `limit` of them, in the order they were placed.
 */
export function placeLabels(sites: readonly LabelSite[], zoom: number, limit = 300): PlacedLabel[] {
  const circles = sites.map((s) => [s.x * zoom - s.r, s.y * zoom - s.r, s.x * zoom + s.r, s.y * zoom + s.r]);
  const order = sites.map((_, i) => i).sort((a, b) => sites[b]!.weight - sites[a]!.weight || a - b);
  const placed: PlacedLabel[] = [];
  const free = (box: number[], own: number): boolean =>
    !placed.some((p) => overlaps(box, p.box)) && !circles.some((c, i) => i !== own && overlaps(box, c));
  for (const i of order) {
    if (placed.length >= limit) break;
    const s = sites[i]!;
    const spot = candidates(s.x * zoom, s.y * zoom, s).find(([, box]) => free(box, i));
    if (spot) placed.push({ index: i, side: spot[0], box: spot[1] });
  }
  return placed;
}
