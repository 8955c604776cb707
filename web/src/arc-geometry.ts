/**
 * A great-circle arc between two places as the map draws and hit-tests it: points along the
 * arc, projected, cut into pieces where the arc crosses the map's edge (the antimeridian), so
 * no line runs back across the map and what is drawn is exactly what a click is tested on.
 */
import { geoInterpolate } from 'd3';

export type Point = [number, number];

/** Projected pieces of the arc from `a` to `b` ([lon, lat]); `project` may return null off the map. */
export function arcPieces(a: Point, b: Point, project: (p: Point) => Point | null | undefined, mapWidth: number, steps = 48): Point[][] {
  const interp = geoInterpolate(a, b);
  const pieces: Point[][] = [];
  let piece: Point[] = [];
  let prevLon: number | null = null;
  for (let i = 0; i <= steps; i++) {
    const geo = interp(i / steps);
    const xy = project(geo);
    // A jump of more than half the map in one step is the arc leaving one edge and entering the other.
    const wraps = prevLon !== null && Math.abs(geo[0] - prevLon) > 180;
    if (!xy || wraps) {
      if (piece.length > 1) pieces.push(piece);
      piece = [];
    }
    if (xy && Number.isFinite(xy[0]) && Number.isFinite(xy[1]) && Math.abs(xy[0]) <= mapWidth * 2) piece.push([xy[0], xy[1]]);
    prevLon = geo[0];
  }
  if (piece.length > 1) pieces.push(piece);
  return pieces;
}

/** SVG path data for the pieces. */
export function piecesPath(pieces: Point[][]): string {
  return pieces.map((p) => p.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`).join('')).join('');
}
