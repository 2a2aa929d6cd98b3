/**
 * Edge geometry: several edges between one pair (stances, directions) become
 * parallel curves instead of lying on top of each other, and every edge stops at
 * its target's rim, leaving room for the stance marker.
 */
import { STANCES, type Stance } from '../model/types';
import { f } from './shapes';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Disc extends Point {
  readonly r: number;
}

export interface EdgeKey {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly stance: Stance;
}

/**
 * For every edge, its sideways offset (to the left of its own direction) so all
 * edges between the same two nodes fan out `gap` apart, symmetric about the
 * straight line. A lone edge gets 0 (a straight line).
 */
export function pairOffsets(edges: readonly EdgeKey[], gap: number): Map<string, number> {
  const pairs = new Map<string, EdgeKey[]>();
  for (const edge of edges) {
    const key =
      edge.source < edge.target
        ? `${edge.source}\u0000${edge.target}`
        : `${edge.target}\u0000${edge.source}`;
    const list = pairs.get(key);
    if (list) list.push(edge);
    else pairs.set(key, [edge]);
  }
  const offsets = new Map<string, number>();
  for (const list of pairs.values()) {
    // Canonical order: the "forward" direction (source < target) first, by stance.
    const forward = (e: EdgeKey) => (e.source < e.target ? 0 : 1);
    list.sort(
      (a, b) => forward(a) - forward(b) || STANCES.indexOf(a.stance) - STANCES.indexOf(b.stance),
    );
    list.forEach((edge, i) => {
      const canonical = (i - (list.length - 1) / 2) * gap;
      // The left of a backward edge is the right of the canonical direction.
      offsets.set(edge.id, forward(edge) === 0 ? canonical : -canonical || 0);
    });
  }
  return offsets;
}

export interface EdgeShape {
  /** SVG path data: a line, or a quadratic curve when offset. */
  readonly d: string;
  /** The point halfway along the path (for the `via` ring). */
  readonly mid: Point;
  /** The same path as points, for a canvas and hit testing: start, end, and a quadratic's control point. */
  readonly start: Point;
  readonly end: Point;
  readonly control?: Point;
}

/**
 * The path from `source` to `target`, bowed `offset` to the left, starting at the
 * source's rim and ending `endGap` short of the target's rim.
 */
export function edgePath(source: Disc, target: Disc, offset: number, endGap: number): EdgeShape {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy) || 1;
  const nx = -dy / length;
  const ny = dx / length;
  // A quadratic's apex lies halfway to its control point: double the offset.
  const c = {
    x: (source.x + target.x) / 2 + nx * offset * 2,
    y: (source.y + target.y) / 2 + ny * offset * 2,
  };
  const start = toward(source, c, source.r);
  const end = toward(target, c, target.r + endGap);
  // The path's text is written when first read (the SVG, the download): the canvas
  // draws from the points and never reads it.
  let d: string | undefined;
  if (offset === 0) {
    return {
      get d() {
        return (d ??= `M${f(start.x)},${f(start.y)}L${f(end.x)},${f(end.y)}`);
      },
      mid: { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 },
      start,
      end,
    };
  }
  return {
    get d() {
      return (d ??= `M${f(start.x)},${f(start.y)}Q${f(c.x)},${f(c.y)} ${f(end.x)},${f(end.y)}`);
    },
    mid: {
      x: 0.25 * start.x + 0.5 * c.x + 0.25 * end.x,
      y: 0.25 * start.y + 0.5 * c.y + 0.25 * end.y,
    },
    start,
    end,
    control: c,
  };
}

/** The point `distance` from `from` toward `to`. */
function toward(from: Point, to: Point, distance: number): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: from.x + (dx / length) * distance, y: from.y + (dy / length) * distance };
}
