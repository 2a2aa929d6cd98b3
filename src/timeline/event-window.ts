/**
 * Which events vis-timeline holds for a large data set: only those in and near the
 * visible window, and when that is still too many, counts per period instead (a
 * cluster that zooms in), so the library never lays out thousands of items. Small
 * data sets are not windowed at all (see the caller's bound). Pure: no DOM.
 *
 * Also the difference between the items held and the items wanted, so a move or a
 * new selection adds, removes and updates only what changed.
 */
import { floorTo, nextStart, type BinUnit } from './bins';
import type { Range } from './range';

/** What windowing needs of an item. */
export interface Span {
  readonly id: string;
  readonly start: number;
  /** Exclusive end, for ranges. */
  readonly end?: number;
}

/** Events of one period shown as a count. */
export interface EventCluster {
  readonly kind: 'event-cluster';
  /** `events:<unit>:<start>`: the same period keeps its id across moves. */
  readonly id: string;
  readonly unit: BinUnit;
  readonly start: number;
  readonly end: number;
  /** The events' ids, in the order given. */
  readonly ids: readonly string[];
}

/**
 * The items that overlap the window widened by `margin` window widths on each side
 * (a drag of up to that much shows drawn items at once), in the order given.
 */
export function near<T extends Span>(items: readonly T[], window: Range, margin: number): T[] {
  const pad = (window.end - window.start) * margin;
  const from = window.start - pad;
  const to = window.end + pad;
  return items.filter((i) => i.start < to && (i.end ?? i.start) >= from);
}

/**
 * At most about `bound` items: the events themselves when they are that few, else
 * one cluster per `unit` period holding two or more (by start), a lone event and a
 * `pinned` one (selected, or being focused) shown as itself.
 */
export function bounded<T extends Span>(
  items: readonly T[],
  bound: number,
  unit: BinUnit,
  pinned: ReadonlySet<string> = new Set(),
): (T | EventCluster)[] {
  if (items.length <= bound) return [...items];
  const periods = new Map<number, T[]>();
  const out: (T | EventCluster)[] = [];
  for (const item of items) {
    if (pinned.has(item.id)) {
      out.push(item);
      continue;
    }
    const start = floorTo(item.start, unit);
    const list = periods.get(start);
    if (list) list.push(item);
    else periods.set(start, [item]);
  }
  for (const [start, list] of periods) {
    if (list.length === 1) out.push(list[0]!);
    else
      out.push({
        kind: 'event-cluster',
        id: `events:${unit}:${start}`,
        unit,
        start,
        end: nextStart(start, unit),
        ids: list.map((i) => i.id),
      });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** What must change in a set of items held by id to become `next`. */
export interface ItemPlan<T> {
  /** Ids held that `next` does not have. */
  readonly remove: string[];
  /** Items of `next` that are new or differ from the held one (by `same`). */
  readonly put: T[];
}

export function planUpdate<T extends { readonly id: string }>(
  held: ReadonlyMap<string, T>,
  next: readonly T[],
  same: (a: T, b: T) => boolean,
): ItemPlan<T> {
  const ids = new Set(next.map((i) => i.id));
  const remove = [...held.keys()].filter((id) => !ids.has(id));
  const put = next.filter((i) => {
    const old = held.get(i.id);
    return !old || !same(old, i);
  });
  return { remove, put };
}
