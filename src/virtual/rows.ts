/**
 * Windowing a long list of rows of different heights: which rows to render for a
 * scroll position, from the heights measured so far and, for rows never rendered,
 * their average. The renderer shows those rows and stands spacers of the other
 * rows' height above and below them, so the scrollbar tells the truth; measuring a
 * row moves nothing on screen (see anchoredTop). No DOM, no framework.
 */

/** Heights measured so far, by row key (a row keeps its height when the rows are sorted). */
export class RowHeights {
  readonly #heights = new Map<string, number>();
  #sum = 0;

  /** `fallback`: the height assumed for every row until one has been measured. */
  constructor(readonly fallback: number) {}

  /** Records a row's rendered height; true when that changes what is known (by half a pixel or more). */
  set(key: string, height: number): boolean {
    if (!(height >= 0) || !Number.isFinite(height)) return false;
    const old = this.#heights.get(key);
    // Under half a pixel is rounding, not a change (it would only make work).
    if (old !== undefined && Math.abs(old - height) < 0.5) return false;
    this.#sum += height - (old ?? 0);
    this.#heights.set(key, height);
    return true;
  }

  get(key: string): number | undefined {
    return this.#heights.get(key);
  }

  /** How many rows have been measured. */
  get size(): number {
    return this.#heights.size;
  }

  /** The height assumed for a row not measured yet: the measured rows' mean. */
  get estimate(): number {
    return this.#heights.size > 0 ? this.#sum / this.#heights.size : this.fallback;
  }

  /** Forgets every height (the rows' width changed, so their heights did). */
  clear(): void {
    this.#heights.clear();
    this.#sum = 0;
  }
}

/**
 * Where each row starts: `offsets[i]` is the top of row `i` (of `keys`, in their
 * order) and `offsets[keys.length]` the height of them all.
 */
export function rowOffsets(keys: readonly string[], heights: RowHeights): Float64Array {
  const offsets = new Float64Array(keys.length + 1);
  const estimate = heights.estimate;
  for (let i = 0; i < keys.length; i++) {
    offsets[i + 1] = offsets[i]! + (heights.get(keys[i]!) ?? estimate);
  }
  return offsets;
}

/** The row at height `y` (the last row whose top is at or above it), clamped to the rows. */
export function rowAt(offsets: Float64Array, y: number): number {
  const count = offsets.length - 1;
  if (count <= 0) return 0;
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (offsets[mid]! <= y) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Rows `start` (inclusive) to `end` (exclusive). */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * The rows that overlap the view from `top` for `height` px (both in the rows' own
 * coordinates, 0 being the first row's top), widened by `overscan` px on each side
 * so that a fast scroll finds rows already there.
 */
export function visibleRange(
  offsets: Float64Array,
  top: number,
  height: number,
  overscan: number,
): Range {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  const start = rowAt(offsets, top - overscan);
  const bottom = top + height + overscan;
  let end = rowAt(offsets, bottom) + 1;
  // A row that starts exactly at the bottom edge is not in view.
  if (end - 1 > start && offsets[end - 1]! >= bottom) end -= 1;
  return { start, end: Math.min(count, end) };
}

/** A run of rows to render, or a spacer standing for the rows not rendered there. */
export type Part =
  | { readonly kind: 'rows'; readonly start: number; readonly end: number }
  | { readonly kind: 'gap'; readonly height: number };

/**
 * What to render, top to bottom: the rows of `range`, the rows of `keep` outside it
 * (the row holding focus, which must not vanish while it scrolls away), and a gap
 * for every stretch of rows in between, before and after (none of zero rows).
 */
export function renderPlan(
  offsets: Float64Array,
  range: Range,
  keep: readonly number[] = [],
): Part[] {
  const count = offsets.length - 1;
  const runs: Range[] = [];
  const extra = keep.filter((i) => Number.isInteger(i) && i >= 0 && i < count);
  for (const run of [range, ...extra.map((i) => ({ start: i, end: i + 1 }))]
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start)) {
    const last = runs.at(-1);
    if (last && run.start <= last.end)
      runs[runs.length - 1] = { start: last.start, end: Math.max(last.end, run.end) };
    else runs.push(run);
  }
  const parts: Part[] = [];
  let at = 0;
  for (const run of runs) {
    if (run.start > at) parts.push({ kind: 'gap', height: offsets[run.start]! - offsets[at]! });
    parts.push({ kind: 'rows', start: run.start, end: run.end });
    at = run.end;
  }
  if (count > at) parts.push({ kind: 'gap', height: offsets[count]! - offsets[at]! });
  return parts;
}

/**
 * The scroll position (in the rows' coordinates) that keeps the row at the top of
 * the view where it was when the heights change from `before` to `after` (rows above
 * it measured, or the estimate for rows not rendered changed): what it showed stays
 * put. At the very top the view stays at the top.
 */
export function anchoredTop(before: Float64Array, after: Float64Array, top: number): number {
  if (top <= 0 || before.length !== after.length) return top;
  const anchor = rowAt(before, top);
  return after[anchor]! + (top - before[anchor]!);
}
