/**
 * Where the canvas renderer's cached layers lie (scene/canvas.ts): a layer covers
 * the part of the graph around the view (the view and up to one box more on each
 * side, at most `maxDevice` device px a side), drawn at one scale. Panning copies
 * it to where it now lies; it is drawn again when the view leaves it or the scale
 * changes. Rects are in the graph box's CSS px.
 */
import type { View } from './fit';
import type { Box } from './labels';

export type Rect = Box;

/** The layer's rect for `view`: the box and margins round it, cut to the graph's extent (`extent`, layout units) and `pad` px. */
export function layerRect(
  view: View,
  width: number,
  height: number,
  extent: Box,
  ratio: number,
  maxDevice = 4096,
  pad = 24,
): Rect | undefined {
  const mx = Math.max(0, Math.min(width, (maxDevice / ratio - width) / 2));
  const my = Math.max(0, Math.min(height, (maxDevice / ratio - height) / 2));
  const graph = onScreen(view, extent, pad);
  return intersect({ x0: -mx, y0: -my, x1: width + mx, y1: height + my }, graph);
}

/** The graph's extent in box px under `view`, grown by `pad`. */
export function onScreen(view: View, extent: Box, pad = 0): Rect {
  return {
    x0: view.x + extent.x0 * view.k - pad,
    y0: view.y + extent.y0 * view.k - pad,
    x1: view.x + extent.x1 * view.k + pad,
    y1: view.y + extent.y1 * view.k + pad,
  };
}

/** Where a layer drawn as `rect` under `drawn` lies under `view` (scaled when the scale differs). */
export function movedRect(rect: Rect, drawn: View, view: View): Rect {
  const s = view.k / drawn.k;
  return {
    x0: view.x + (rect.x0 - drawn.x) * s,
    y0: view.y + (rect.y0 - drawn.y) * s,
    x1: view.x + (rect.x1 - drawn.x) * s,
    y1: view.y + (rect.y1 - drawn.y) * s,
  };
}

/**
 * Whether a layer drawn as `rect` under `drawn` still serves `view` without being
 * drawn again: same scale, and it covers all of the graph the box shows.
 */
export function layerServes(
  rect: Rect,
  drawn: View,
  view: View,
  width: number,
  height: number,
  extent: Box,
): boolean {
  if (drawn.k !== view.k) return false;
  const need = intersect({ x0: 0, y0: 0, x1: width, y1: height }, onScreen(view, extent));
  if (!need) return true;
  const have = movedRect(rect, drawn, view);
  const e = 0.5; // rounding of the layer's pixel grid
  return (
    have.x0 <= need.x0 + e &&
    have.y0 <= need.y0 + e &&
    have.x1 >= need.x1 - e &&
    have.y1 >= need.y1 - e
  );
}

export function intersect(a: Rect, b: Rect): Rect | undefined {
  const r = {
    x0: Math.max(a.x0, b.x0),
    y0: Math.max(a.y0, b.y0),
    x1: Math.min(a.x1, b.x1),
    y1: Math.min(a.y1, b.y1),
  };
  return r.x1 > r.x0 && r.y1 > r.y0 ? r : undefined;
}
