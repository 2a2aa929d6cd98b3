/**
 * Hit testing for a renderer that has no elements per node and edge (the canvas):
 * which node a point is on, and which edge is nearest within a tolerance. Sizes
 * match what the SVG renderer's hit areas are (Node.svelte, Edge.svelte), so a
 * click lands on the same thing in both.
 */
import type { Point } from './geometry';

export interface HitNode extends Point {
  readonly id: string;
  readonly r: number;
}

export interface HitEdge {
  readonly start: Point;
  readonly end: Point;
  /** A quadratic's control point; none for a straight line. */
  readonly control?: Point | undefined;
  /** Stroke width in layout units. */
  readonly width: number;
}

/** The radius a node answers to: its shape's reach, and at least 13 screen px (Node.svelte's `.hit`). */
export function nodeHitRadius(r: number, unit: number): number {
  return Math.max(r * 1.3, 13 * unit);
}

/**
 * The node under `p`: the last in drawing order whose hit circle holds it (nodes are
 * drawn smallest first, so the one on top wins), or undefined.
 */
export function nodeAt<T extends HitNode>(
  nodes: readonly T[],
  p: Point,
  unit: number,
): T | undefined {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!;
    const r = nodeHitRadius(n.r, unit);
    const dx = p.x - n.x;
    const dy = p.y - n.y;
    if (dx * dx + dy * dy <= r * r) return n;
  }
  return undefined;
}

/** Half the width an edge answers to: its stroke and 4 px either side, at least 6 px (Edge.svelte's `.hit`). */
export function edgeTolerance(width: number, unit: number): number {
  return Math.max(6 * unit, width / 2 + 4 * unit);
}

/** Straight pieces a curve is cut into for measuring distance to it. */
const CURVE_STEPS = 12;

/** Distance from `p` to the segment a–b. */
export function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Distance from `p` to an edge's path (a curve measured along CURVE_STEPS chords). */
export function edgeDistance(p: Point, edge: HitEdge): number {
  const { start, end, control } = edge;
  if (!control) return segmentDistance(p, start, end);
  let best = Infinity;
  let previous = start;
  for (let i = 1; i <= CURVE_STEPS; i++) {
    const t = i / CURVE_STEPS;
    const u = 1 - t;
    const next = {
      x: u * u * start.x + 2 * u * t * control.x + t * t * end.x,
      y: u * u * start.y + 2 * u * t * control.y + t * t * end.y,
    };
    best = Math.min(best, segmentDistance(p, previous, next));
    previous = next;
  }
  return best;
}

/**
 * The edge nearest to `p` among those within their tolerance (edgeTolerance), or
 * undefined. Among equally near edges the one drawn last (on top) wins.
 */
export function edgeAt<T extends HitEdge>(
  edges: readonly T[],
  p: Point,
  unit: number,
): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const edge of edges) {
    const tolerance = edgeTolerance(edge.width, unit);
    const { start, end, control } = edge;
    // Cheap rejection by the path's bounding box (a curve stays inside its control triangle).
    const xs = control ? [start.x, end.x, control.x] : [start.x, end.x];
    const ys = control ? [start.y, end.y, control.y] : [start.y, end.y];
    if (
      p.x < Math.min(...xs) - tolerance ||
      p.x > Math.max(...xs) + tolerance ||
      p.y < Math.min(...ys) - tolerance ||
      p.y > Math.max(...ys) + tolerance
    )
      continue;
    const distance = edgeDistance(p, edge);
    if (distance <= tolerance && distance <= bestDistance) {
      best = edge;
      bestDistance = distance;
    }
  }
  return best;
}
