/**
 * Level of detail for the labels of a big graph (the canvas renderer): zoomed out,
 * only the busiest few are named; each zoom step of √2 names more of what is in
 * view, at the same size on screen. Labels are placed again only when the step or
 * the part in view changes (placeLabels is too slow for every frame), so zoom is
 * quantized to these steps.
 */
import { placeLabels, type Box, type LabelNode, type LabelRules, type PlacedLabel } from './labels';

/** Zoom steps are √2 apart: each halves the area in view. */
const STEP = Math.SQRT2;
/** Steps below and above the fitted view that still change the labels. */
export const MIN_STEP = -4;
export const MAX_STEP = 8;

/**
 * The zoom step of scale `k` for a graph fitted at `fitK`: 0 at the fitted view
 * (and up to just under √2 times it), 1 from √2 times, 2 from twice, −1 below it…
 */
export function lodStep(k: number, fitK: number): number {
  const ratio = k / fitK;
  if (!(ratio > 0)) return 0;
  // The small nudge keeps an exact power of √2 on its own step despite rounding.
  const step = Math.floor(Math.log(ratio) / Math.log(STEP) + 1e-9);
  return Math.max(MIN_STEP, Math.min(MAX_STEP, step));
}

/** The scale of a step relative to the fitted view: √2 to the power of the step. */
export function stepScale(step: number): number {
  return STEP ** step;
}

/**
 * How many labels a step asks for: `base` at the fitted view, times the step's
 * scale (twice as many at twice the zoom, half as many at half), at least one.
 */
export function lodLabelLimit(base: number, step: number): number {
  return Math.max(1, Math.round(base * stepScale(step)));
}

/**
 * The label font size in layout units at a step, for labels drawn `fontSize` at the
 * fitted view and kept that size on screen: smaller in layout units as one zooms in.
 */
export function lodFontSize(fontSize: number, step: number): number {
  return fontSize / stepScale(step);
}

/** The items whose centre is inside `frame` (the part of the layout in view). */
export function inFrame<T extends { readonly x: number; readonly y: number }>(
  items: readonly T[],
  frame: Box,
): T[] {
  return items.filter(
    (n) => n.x >= frame.x0 && n.x <= frame.x1 && n.y >= frame.y0 && n.y <= frame.y1,
  );
}

/**
 * The labels of the part in view at a zoom step: the nodes in `frame` (and a
 * margin, so labels keep off nodes just outside it), named up to the step's limit
 * at the step's font size, avoiding the edges that pass through the frame. At
 * step 0 and the fitted frame this is what the SVG renderer places.
 */
export function lodLabels(
  nodes: readonly LabelNode[],
  rules: LabelRules,
  step: number,
  frame: Box,
): PlacedLabel[] {
  const fontSize = lodFontSize(rules.fontSize, step);
  const margin = fontSize * 4;
  const near = {
    x0: frame.x0 - margin,
    y0: frame.y0 - margin,
    x1: frame.x1 + margin,
    y1: frame.y1 + margin,
  };
  const scaled = (limit: number | undefined) =>
    limit === undefined || limit === 0 || !Number.isFinite(limit)
      ? limit
      : lodLabelLimit(limit, step);
  return placeLabels(inFrame(nodes, near), {
    // Every segment, the same array each time, so placeLabels keeps its grid of them
    // (labels stay inside `frame`: segments elsewhere are never met).
    ...rules,
    limit: scaled(rules.limit) ?? Infinity,
    quietLimit: scaled(rules.quietLimit),
    fontSize,
    frame,
  });
}
