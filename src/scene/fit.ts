/**
 * The view that fits the whole graph in its box, and the "unit" that keeps text and
 * strokes the same size on screen when the graph has to be shrunk to fit (phones,
 * big graphs): sizes in layout units are multiplied by it.
 */
import type { Bounds } from '../layout';
import type { Box } from './labels';

export interface View {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

/** Never blow a small graph up beyond this scale to fill the box. */
export const MAX_FIT_SCALE = 1.5;

/** `reserveRight`: pixels on the right kept clear of the graph (the zoom buttons). */
export function fitView(bounds: Bounds, width: number, height: number, reserveRight = 0): View {
  // Room for the labels that hang below, above and beside the outer nodes (labels
  // are kept inside the box, so a narrow box can make do with less).
  const usable = Math.max(1, width - reserveRight);
  const padX = Math.min(48, usable * 0.05);
  const padY = Math.min(32, height * 0.05);
  const bw = Math.max(1, bounds.x1 - bounds.x0);
  const bh = Math.max(1, bounds.y1 - bounds.y0);
  const k = Math.max(
    0.02,
    Math.min(MAX_FIT_SCALE, (usable - 2 * padX) / bw, (height - 2 * padY) / bh),
  );
  return {
    k,
    x: usable / 2 - (k * (bounds.x0 + bounds.x1)) / 2,
    y: height / 2 - (k * (bounds.y0 + bounds.y1)) / 2,
  };
}

export function sizeUnit(fitScale: number): number {
  return Math.min(4, Math.max(1, 1 / fitScale));
}

/** The graph's height for its width: landscape on desktops, about square on phones. */
/**
 * The graph's height in an embed, a graphic in an article column: a little flatter,
 * so the whole graphic (header, graph, legend, credit) stays within a screen.
 */
export function compactGraphHeight(width: number): number {
  if (width < 560) return 340;
  return Math.round(Math.min(460, Math.max(340, width * 0.5)));
}

export function graphHeight(width: number): number {
  if (width < 560) return 360;
  return Math.round(Math.min(560, Math.max(420, width * 0.6)));
}

/** A box in screen pixels of the box, as layout units under the view. */
export function toLayoutBox(view: View, screen: Box): Box {
  return {
    x0: (screen.x0 - view.x) / view.k,
    y0: (screen.y0 - view.y) / view.k,
    x1: (screen.x1 - view.x) / view.k,
    y1: (screen.y1 - view.y) / view.k,
  };
}
