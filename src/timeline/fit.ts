/**
 * The window that shows every item with its label. Labels start at their item's
 * start and run right for `width` pixels, so the scale must leave room for the
 * widest label near the end; vis-timeline's own fit assumes centered boxes and
 * clipped ranges, neither of which we draw.
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
