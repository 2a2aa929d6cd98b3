/**
 * Arrow-key movement between graph nodes: to the closest linked node in the key's
 * direction, or, when no linked node lies that way, the closest node of any kind.
 * "Closest" favours nodes straight ahead over nodes off to the side.
 */
import type { Point } from './geometry';

export type Direction = 'left' | 'right' | 'up' | 'down';

const KEYS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export function arrowDirection(key: string): Direction | undefined {
  return KEYS[key];
}

const VECTORS: Record<Direction, Point> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

export interface NavNode extends Point {
  readonly id: string;
}

export function nextInDirection(
  from: NavNode,
  direction: Direction,
  nodes: readonly NavNode[],
  linked: ReadonlySet<string>,
): string | undefined {
  const v = VECTORS[direction];
  let best: { id: string; score: number; linked: boolean } | undefined;
  for (const n of nodes) {
    if (n.id === from.id) continue;
    const dx = n.x - from.x;
    const dy = n.y - from.y;
    const ahead = dx * v.x + dy * v.y;
    if (ahead <= 0) continue;
    const aside = Math.abs(dx * v.y - dy * v.x);
    const score = ahead + 2 * aside;
    const isLinked = linked.has(n.id);
    const better =
      best === undefined ||
      (isLinked && !best.linked) ||
      (isLinked === best.linked &&
        (score < best.score || (score === best.score && n.id < best.id)));
    if (better) best = { id: n.id, score, linked: isLinked };
  }
  return best?.id;
}

/** The busiest node (first in data order among equals): where Tab lands by default. */
export function busiest<T extends { readonly activity: number }>(
  nodes: readonly T[],
): T | undefined {
  let best: T | undefined;
  for (const n of nodes) if (best === undefined || n.activity > best.activity) best = n;
  return best;
}
