/**
 * The window that shows the items with their labels. Labels start at their item's
 * start and run right for `width` pixels, so the scale must leave room for the
 * widest label near the end; vis-timeline's own fit assumes centered boxes and
 * clipped ranges, neither of which we draw.
 *
 * The first view is fitted to where the items are dense (`denseSpans`), so that one
 * item written to the year, or a planned event decades away, does not squeeze a week
 * of events into a sliver; "Fit all" fits every item.
 */

export interface FitSpan {
  /** ms since the epoch. */
  readonly start: number;
  /** Exclusive end for ranges. */
  readonly end?: number;
  /** Label width in pixels (0 when unknown). */
  readonly width: number;
}

export interface FitOptions {
  /** Room left free at each side, in pixels. */
  readonly pad: number;
  /** The shortest duration to show, in ms (a single point needs some context). */
  readonly minSpan: number;
}

/** Share of the items whose starts make the dense core. */
export const CORE_SHARE = 0.75;
/** How far from the core, in core lengths, an item may start and still be fitted. */
export const CORE_REACH = 3;

/**
 * The spans the first view is fitted to. The rule: the core is the shortest stretch
 * of time holding the starts of three quarters of the items (rounded up); its length L is at
 * least `minSpan`. Items that start more than 3 L before or after the core are left
 * out, and ranges are cut off 3 L after it. With no such outlier, `spans` is
 * returned unchanged (the same array).
 */
export function denseSpans<T extends { readonly start: number; readonly end?: number }>(
  spans: readonly T[],
  minSpan: number,
): readonly T[] {
  if (spans.length < 3) return spans;
  const starts = spans.map((s) => s.start).sort((a, b) => a - b);
  const k = Math.ceil(starts.length * CORE_SHARE);
  let lo = starts[0]!;
  let hi = starts[k - 1]!;
  for (let i = 1; i + k - 1 < starts.length; i++) {
    const a = starts[i]!;
    const b = starts[i + k - 1]!;
    if (b - a < hi - lo) [lo, hi] = [a, b];
  }
  const reach = CORE_REACH * Math.max(hi - lo, minSpan);
  const first = lo - reach;
  const last = hi + reach;
  const kept = spans.filter((s) => s.start >= first && s.start <= last);
  const clipped = kept.map((s) =>
    s.end !== undefined && s.end > last ? { ...s, end: Math.max(last, s.start) } : s,
  );
  const same = clipped.length === spans.length && clipped.every((s, i) => s === spans[i]);
  return same ? spans : clipped;
}

/** The [start, end) in ms that fits all `spans` in `px` pixels; undefined when empty. */
export function fitWindow(
  spans: readonly FitSpan[],
  px: number,
  { pad, minSpan }: FitOptions,
): { start: number; end: number } | undefined {
  if (spans.length === 0 || px <= 0) return undefined;
  const first = Math.min(...spans.map((s) => s.start));
  const room = Math.max(px - 2 * pad, px / 2);
  // Largest scale (px per ms) that keeps every end and every label in the room.
  let scale = room / minSpan;
  for (const s of spans) {
    const end = s.end ?? s.start;
    if (end > first) scale = Math.min(scale, room / (end - first));
    // A label wider than half the room cannot be fitted by zooming out: cap it.
    const label = Math.min(s.width, room / 2);
    if (s.start > first) scale = Math.min(scale, (room - label) / (s.start - first));
  }
  const start = first - pad / scale;
  return { start, end: start + px / scale };
}
