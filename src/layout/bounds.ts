/** The box around circles (x, y, r): a layout's bounds, or the part of it a view draws. */
import type { Bounds } from './types';

/** The box holding every circle whole; undefined for none. */
export function circlesBounds(
  circles: readonly { readonly x: number; readonly y: number; readonly r: number }[],
): Bounds | undefined {
  if (circles.length === 0) return undefined;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const c of circles) {
    x0 = Math.min(x0, c.x - c.r);
    y0 = Math.min(y0, c.y - c.r);
    x1 = Math.max(x1, c.x + c.r);
    y1 = Math.max(y1, c.y + c.r);
  }
  return { x0, y0, x1, y1 };
}
