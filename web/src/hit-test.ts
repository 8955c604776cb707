/**
 * Which link or arc is under the pointer: the nearest segment within a tolerance, measured
 * in the same space as the points. Pure functions, shared by the graph and the map.
 */

/** Squared distance from (px, py) to the segment (ax, ay)-(bx, by). */
export function segmentDistance2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
  const x = ax + t * dx - px;
  const y = ay + t * dy - py;
  return x * x + y * y;
}

/** Index of the edge ([s0, t0, s1, t1, ...] into [x0, y0, ...]) nearest the point, or -1 beyond `tolerance`. */
export function nearestEdge(positions: Float32Array, links: Uint32Array, px: number, py: number, tolerance: number): number {
  let best = -1;
  let bestD = tolerance * tolerance;
  for (let e = 0; e < links.length / 2; e++) {
    const a = links[2 * e] as number;
    const b = links[2 * e + 1] as number;
    const d = segmentDistance2(px, py, positions[2 * a] as number, positions[2 * a + 1] as number, positions[2 * b] as number, positions[2 * b + 1] as number);
    if (d <= bestD) {
      best = e;
      bestD = d;
    }
  }
  return best;
}

/**
 * Index of the polyline nearest the point, or -1 beyond `tolerance`. Each line is a list of
 * pieces (an arc cut where the projection clips it); a piece is a list of [x, y] points.
 */
export function nearestPolyline(lines: readonly (readonly (readonly [number, number])[])[][], px: number, py: number, tolerance: number): number {
  let best = -1;
  let bestD = tolerance * tolerance;
  lines.forEach((pieces, i) => {
    for (const piece of pieces) {
      for (let k = 1; k < piece.length; k++) {
        const [ax, ay] = piece[k - 1]!;
        const [bx, by] = piece[k]!;
        const d = segmentDistance2(px, py, ax, ay, bx, by);
        if (d < bestD) {
          best = i;
          bestD = d;
        }
      }
    }
  });
  return best;
}
