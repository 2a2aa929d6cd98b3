/**
 * Time ranges of the timeline's view: where an item sits, whether it is in view,
 * and the range a `from`/`to` window asks for. Times are ms since the epoch (UTC).
 */
import type { PDate } from '../model/types';
import type { TimelineItem } from './items';

export interface Range {
  readonly start: number;
  readonly end: number;
}

/** Room added beyond the data when a window names only one bound. */
const OPEN_MARGIN = 0.04;

/** The last instant an item covers: a range's end, a point's start. */
export function itemEnd(item: TimelineItem): number {
  return item.kind === 'event' && item.end !== undefined ? item.end : item.start;
}

export function itemCenter(item: TimelineItem): number {
  return (item.start + itemEnd(item)) / 2;
}

/**
 * True when the item is on screen in `view`; a point must also keep `margin` (a
 * fraction of the view) from either edge, so its label is not cut off.
 */
export function isInView(item: TimelineItem, view: Range, margin = 0): boolean {
  const pad = (view.end - view.start) * margin;
  const end = itemEnd(item);
  return item.start < view.end - pad && end >= view.start + (item.start === end ? pad : 0);
}

/**
 * True when the item's box, drawn at its start, is on screen in `view` (keeping
 * `margin` from either edge): a one-day range whose end is in view can still have
 * its box beyond the left edge. Where to look to show the box: its start.
 */
export function isBoxInView(item: { readonly start: number }, view: Range, margin = 0): boolean {
  const pad = (view.end - view.start) * margin;
  return item.start < view.end - pad && item.start >= view.start + pad;
}

/** The span of all items; undefined when there are none. */
export function dataExtent(items: Iterable<TimelineItem>): Range | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (const item of items) {
    start = Math.min(start, item.start);
    end = Math.max(end, itemEnd(item));
  }
  return start <= end ? { start, end } : undefined;
}

/**
 * The range a window with `from` and/or `to` asks for: from the start of `from`'s
 * period to the end of `to`'s. A missing bound is taken from the data, with a
 * margin; undefined when neither bound is given.
 */
export function askedRange(
  items: Iterable<TimelineItem>,
  from: PDate | undefined,
  to: PDate | undefined,
): Range | undefined {
  if (from && to) {
    // A `to` before `from` is a mistake the filters report; show `from`'s period.
    return { start: from.start, end: to.end > from.start ? to.end : from.end };
  }
  const data = dataExtent(items);
  if (from) {
    const end = Math.max(data?.end ?? from.end, from.end);
    return { start: from.start, end: end + (end - from.start) * OPEN_MARGIN };
  }
  if (to) {
    const start = Math.min(data?.start ?? to.start, to.start);
    return { start: start - (to.end - start) * OPEN_MARGIN, end: to.end };
  }
  return undefined;
}
