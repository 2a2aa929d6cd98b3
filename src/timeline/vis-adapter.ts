/**
 * The one file that talks to vis-timeline. It loads the library (and its CSS) lazily,
 * so the initial page carries none of it, and hides it behind a small factory that
 * returns `{ update, setWindow, moveTo, fit, zoom, destroy, … }`.
 *
 * vis-timeline's XSS filter stays on; item contents are DOM elements built from text
 * by the caller (see item-dom.ts), never HTML strings.
 */
import { importAgain } from '../state/reimport';
import type { DataSet } from 'vis-data/esnext';
import type { DataGroup, DataItem, Timeline, TimelineOptions } from 'vis-timeline/standalone';
import { createTextMeasure, type Measure } from '../scene/measure';
import { markInitialFitDone } from '../vendor/vis-timeline/initial-fit';
import { majorLabel, minorLabel } from './axis';
import { planUpdate } from './event-window';
import { timelineLib } from './lib';
import { denseSpans, fitWindow, type FitSpan } from './fit';
import { STAGE_MAX, STAGE_MIN } from './room';
import { ITEM_ATTR, ZOOM_ATTR } from './item-dom';

/** One item as the adapter needs it; times are ms since the epoch (UTC). */
export interface AdapterItem {
  readonly id: string;
  readonly group: string;
  readonly type: 'box' | 'range' | 'point';
  readonly start: number;
  readonly end?: number;
  readonly className: string;
  /** Breaks ties in stacking order (earlier first); the item's place in the list when absent. */
  readonly rank?: number;
}

export interface AdapterGroup {
  readonly id: string;
  /** Plain text. */
  readonly label: string;
  /** Extra classes on the row (its label and its items' lane). */
  readonly className?: string;
}

export interface TimelineSetup {
  readonly items: readonly AdapterItem[];
  readonly groups: readonly AdapterGroup[];
  /** BCP 47 language for the axis labels. */
  readonly locale: string;
  /** Initial window; the data is fitted when absent. */
  readonly window?: { start: number; end: number };
  /** The tallest the timeline grows before it scrolls within itself (px; 420 by default). */
  readonly maxHeight?: number;
  /** The shortest it draws, px (the room the page kept for it, timeline/height.ts). */
  readonly minHeight?: number;
  /** The element shown inside item `id`. */
  renderItem(id: string): HTMLElement;
  /**
   * The element shown for a cluster of items (statement points that sit too close
   * together). Without it vis-timeline does not cluster (its clustering walks every
   * item on every change).
   */
  renderCluster?(ids: readonly string[], start: number, end: number): HTMLElement;
  /** Whether two items may share a cluster (only statement points do). */
  clusterable?(id: string): boolean;
  /**
   * The items for a window `px` wide, for a large data set whose items are windowed:
   * asked once the first window is known (`items` is then usually empty).
   */
  itemsFor?(window: { start: number; end: number }, px: number): readonly AdapterItem[];
  /** What "Fit all" and the first view fit, when that is not the items held. */
  fitItems?(): readonly AdapterItem[];
  /**
   * The visible range changed; `byReader` when the reader dragged, pinched, wheeled or
   * used a move that the caller marked as the reader's (buttons, keys).
   */
  onrangechanged(start: number, end: number, byReader: boolean): void;
  /** A redraw finished: item elements may have been added or removed. */
  onchanged(): void;
  /** The reader clicked or tapped an item (not a drag). */
  onitemclick(id: string): void;
  /** Once: the items have been drawn at the first window (after the fit to their labels). */
  ondrawn?(): void;
}

export interface TimelineHandle {
  /** Replaces the items (only changed ones are redrawn) and groups. */
  update(items: readonly AdapterItem[], groups: readonly AdapterGroup[]): void;
  getWindow(): { start: number; end: number };
  /** Shows [start, end), animated unless reduced motion is asked for. */
  setWindow(start: number, end: number, move?: Move): void;
  /** Centers `time` without changing the scale. */
  moveTo(time: number, move?: Move): void;
  /** Fits all items, with a margin (a reader's move); the first view fits the dense part. */
  fit(): void;
  /** Multiplies the visible duration by `factor` around its center (< 1 zooms in). */
  zoom(factor: number): void;
  /** Shifts the window by `fraction` of its width (negative is earlier). */
  pan(fraction: number): void;
  /** Zooms to a cluster's items (or a bin's period) when `el` is one; false otherwise. */
  openCluster(el: Element): boolean;
  /** The width of the time axis in px. */
  width(): number;
  /** The lane of row `group` that items are drawn in (for drawing our own layer in it). */
  lane(group: string): HTMLElement | undefined;
  /** How many px of the rows are taller than the timeline's box (0: all show at once). */
  overflow(): number;
  /** Lets the timeline grow to `px` (its maximum height), with its clustering kept. */
  setMaxHeight(px: number): void;
  destroy(): void;
}

/** How a move is made: animated or not, and whether it is the reader's doing. */
export interface Move {
  readonly animate?: boolean;
  readonly reader?: boolean;
}

const HOUR = 3_600_000;
const YEAR = 365.25 * 24 * HOUR;
const DRAG_PX = 6;
const DAY = 24 * HOUR;
/** Room left at each side when fitting, in pixels. */
const FIT_PAD = 16;

/**
 * The minimum tick spacing, in vis-timeline's measured characters (which include the
 * labels' padding, about 16 px each). Wide: 9 (days before hours). Narrow: 2.5 (40
 * px), so a phone still gets a tick per day for a week ("15", "16", "17") or per
 * month for half a year, instead of falling back to a unit the window hardly shows.
 */
function minorChars(width: number): number {
  return width > 0 && width < 560 ? 2.5 : 9;
}

/**
 * Axis labels that the panel's edges cut ("l" of "Jul" at the left, "20" of "2016"
 * at the right; vis-timeline draws a label from its tick rightwards and clips it).
 * A cut minor label is hidden. A major label (the day, month or year the ticks
 * belong to) cut at the right is moved left to end at the edge if it then clears
 * the major label before it, and hidden otherwise, so the period stays named.
 */
function fixCutLabels(root: HTMLElement): void {
  const panel = root.querySelector('.vis-panel.vis-top');
  if (!panel) return;
  const box = panel.getBoundingClientRect();
  const text = document.createRange();
  let majorEnd = -Infinity;
  const labels = [...panel.querySelectorAll<HTMLElement>('.vis-text:not(.vis-measure)')];
  for (const label of labels) {
    label.classList.remove('tl-cut');
    label.style.marginLeft = '';
  }
  const measured = labels
    .map((label) => {
      // The text's own box: the label element spans the whole interval to the next tick.
      text.selectNodeContents(label);
      return { label, r: text.getBoundingClientRect() };
    })
    .filter(({ r }) => r.width > 0)
    .sort((a, b) => a.r.left - b.r.left);
  for (const { label, r } of measured) {
    const major = label.classList.contains('vis-major');
    const left = r.left < box.left - 0.5;
    const over = r.right - box.right;
    if (major && !left && over > 0.5 && r.left - over >= majorEnd + 8) {
      label.style.marginLeft = `${-Math.ceil(over)}px`;
    } else if (left || over > 0.5) {
      label.classList.add('tl-cut');
      continue;
    }
    if (major) majorEnd = r.right - Math.max(over, 0);
  }
}

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function animation(
  animate: boolean,
): false | { duration: number; easingFunction: 'easeInOutQuad' } {
  return animate && !reducedMotion() ? { duration: 280, easingFunction: 'easeInOutQuad' } : false;
}

/** `rank` is the item's place in the list given, which breaks ties in stacking order. */
function toVisItem(item: AdapterItem, rank: number): DataItem {
  return {
    rank: item.rank ?? rank,
    id: item.id,
    group: item.group,
    type: item.type,
    start: new Date(item.start),
    ...(item.end === undefined ? {} : { end: new Date(item.end) }),
    className: item.className,
    content: '',
  } as DataItem;
}

function sameItem(a: AdapterItem | undefined, b: AdapterItem): boolean {
  return (
    !!a &&
    a.rank === b.rank &&
    a.group === b.group &&
    a.type === b.type &&
    a.start === b.start &&
    a.end === b.end &&
    a.className === b.className
  );
}

function toVisGroup(group: AdapterGroup, order: number): DataGroup {
  const className = `group-${group.id}${group.className ? ` ${group.className}` : ''}`;
  return { id: group.id, content: group.label, order, className } as DataGroup;
}

interface ClusterData {
  isCluster: true;
  uiItems: { id: string | number; data: { start: Date; end?: Date } }[];
}

function isCluster(data: unknown): data is ClusterData {
  return !!data && typeof data === 'object' && (data as { isCluster?: unknown }).isCluster === true;
}

/**
 * Creates the timeline in `element`. `attempt` counts the reader's retries after the
 * vis-timeline chunk failed to arrive (0: the first try; see state/reimport.ts).
 */
export async function createTimeline(
  element: HTMLElement,
  setup: TimelineSetup,
  attempt = 0,
): Promise<TimelineHandle> {
  const vis = await (attempt === 0
    ? timelineLib()
    : importAgain(() => import('./vis-timeline-lib'), attempt, window.location.origin));
  const bundled = {
    Timeline: vis.Timeline as unknown as typeof Timeline,
    DataSet: vis.DataSet as unknown as typeof DataSet,
  };
  const { utcMoment } = vis;

  let current = new Map(
    setup.items.map((item, i) => [item.id, item.rank === undefined ? { ...item, rank: i } : item]),
  );
  const items = new bundled.DataSet<DataItem>(setup.items.map(toVisItem));
  const groups = new bundled.DataSet<DataGroup>(setup.groups.map(toVisGroup));
  let shownGroups = new Map(setup.groups.map((g, i) => [g.id, { g, i }]));
  const clusterSpans = new WeakMap<Element, [number, number]>();
  // Item elements and their measured label widths, for fitting the labels in.
  const rendered = new Map<string, HTMLElement>();
  const widths = new Map<string, number>();

  const maxHeight = setup.maxHeight ?? STAGE_MAX;
  const firstMax = Math.min(maxHeight, Math.max(setup.minHeight ?? maxHeight, STAGE_MIN));
  const options: TimelineOptions = {
    // UTC throughout: calendar dates sit at UTC midnight.
    moment: utcMoment as unknown as TimelineOptions['moment'],
    format: {
      minorLabels: (date, scale) => minorLabel(date.valueOf(), scale, setup.locale),
      majorLabels: (date, scale) => majorLabel(date.valueOf(), scale, setup.locale),
    },
    template: (item: unknown, _el: unknown, data: unknown) => {
      if (isCluster(data) && setup.renderCluster) {
        const starts = data.uiItems.map((u) => u.data.start.valueOf());
        const start = Math.min(...starts);
        const end = Math.max(...starts);
        const el = setup.renderCluster(
          data.uiItems.map((u) => String(u.id)),
          start,
          end,
        );
        clusterSpans.set(el, [start, end]);
        return el;
      }
      const id = String((item as { id: string | number }).id);
      const el = setup.renderItem(id);
      if (rendered.get(id) !== el) {
        rendered.set(id, el);
        widths.delete(id);
      }
      return el;
    },
    ...(setup.clusterable
      ? {
          cluster: {
            maxItems: 2,
            titleTemplate: '',
            showStipes: false,
            fitOnDoubleClick: false,
            clusterCriteria: (a: unknown, b: unknown) =>
              !!setup.clusterable?.(String((a as { id?: unknown }).id)) &&
              !!setup.clusterable(String((b as { id?: unknown }).id)),
          },
        }
      : {}),
    selectable: false,
    editable: false,
    showCurrentTime: false,
    showTooltips: false,
    zoomKey: 'ctrlKey',
    zoomMin: HOUR,
    zoomMax: 400 * YEAR,
    orientation: { axis: 'top', item: 'top' },
    // A right-to-left page runs time leftwards, the way its text reads.
    rtl: getComputedStyle(element).direction === 'rtl',
    align: 'left',
    stack: true,
    // Stack in time order, so earlier items take the upper rows.
    order: (a: { start: Date; rank?: number }, b: { start: Date; rank?: number }) =>
      a.start.valueOf() - b.start.valueOf() || (a.rank ?? 0) - (b.rank ?? 0),
    margin: { item: { horizontal: 10, vertical: 3 }, axis: 5 },
    maxMinorChars: minorChars(element.clientWidth),
    groupOrder: 'order',
    minHeight: setup.minHeight ?? STAGE_MIN,
    // Until the first draw is complete no taller than the room the page kept: the draw
    // before the fit (at a window fitted to estimated label widths) can stack deeper.
    maxHeight: firstMax,
    verticalScroll: true,
    // No start or end: the window is set below, after construction (see there).
    // Resizes are watched below with a ResizeObserver: vis-timeline's own watch polls
    // every second and forces a layout while the timeline is being built.
    autoResize: false,
    // Fit again once the labels have been drawn and can be measured.
    // Not if the reader has already zoomed or panned: their move stands.
    // The first draw is complete once that fit, if it moved the window, has been drawn.
    onInitialDrawComplete: () => {
      if (destroyed) return;
      const before = getWindow();
      if (!setup.window && !readerMoved) fitData({ animate: false });
      const after = getWindow();
      if (after.start === before.start && after.end === before.end) drawn();
      else drawPending = true;
    },
  };
  let destroyed = false;
  let readerMoved = false;
  /** The first draw is complete: from now on the timeline may grow to its maximum. */
  function drawn(): void {
    // With its clustering again: vis-timeline drops a clustering setOptions does not name.
    if (firstMax < maxHeight)
      timeline.setOptions({ maxHeight, ...(options.cluster ? { cluster: options.cluster } : {}) });
    setup.ondrawn?.();
  }
  /** The fit after the initial draw moved the window; its redraw completes the first draw. */
  let drawPending = false;

  const timeline: Timeline = new bundled.Timeline(element, items, groups, options);
  // The first window is ours, set before the first draw. Given as the start and end
  // options instead, vis-timeline would keep itself hidden until the 'rangechanged'
  // it sends 200 ms late. And after its first draw vis-timeline fits the window to
  // the items unless told it has (a private field, see markInitialFitDone): to do so
  // it draws and measures every item, clustered or off screen (0.3 s for 1,200
  // statements), for a window that fitData replaces anyway.
  markInitialFitDone(timeline);

  // A new width redraws (the first report, on observing, is the width just drawn),
  // with the tick spacing for that width (the first width may not be known earlier).
  let drawnWidth = -1;
  let chars = minorChars(element.clientWidth);
  const resizes = new ResizeObserver(([entry]) => {
    const width = Math.round(entry?.contentRect.width ?? 0);
    if (width > 0 && !destroyed && minorChars(width) !== chars) {
      chars = minorChars(width);
      timeline.setOptions({ maxMinorChars: chars });
      timeline.redraw();
    } else if (drawnWidth >= 0 && width !== drawnWidth && width > 0 && !destroyed) {
      timeline.redraw();
    }
    drawnWidth = width;
  });
  resizes.observe(element);

  function getWindow(): { start: number; end: number } {
    const w = timeline.getWindow();
    return { start: w.start.valueOf(), end: w.end.valueOf() };
  }

  // A move the reader asked for through our controls is reported like their own
  // drags, when vis-timeline announces its end (or not at all if nothing moved).
  let readerMoveUntil = 0;

  function setWindow(start: number, end: number, move: Move = {}): void {
    if (move.reader) {
      readerMoved = true;
      readerMoveUntil = Date.now() + 1500;
    }
    timeline.setWindow(start, end, { animation: animation(move.animate ?? true) });
  }

  /** Remembers label widths of items on screen (off-screen ones are not in the DOM). */
  function measure(): void {
    for (const [id, el] of rendered) {
      if (!current.has(id)) rendered.delete(id);
      else if (!widths.has(id) && el.isConnected && el.offsetWidth > 0)
        widths.set(id, el.offsetWidth);
    }
  }

  /**
   * A label's width before it has been drawn: its text measured in the page's font
   * at the labels' 12 px, plus padding and border.
   */
  let textWidth: Measure | undefined;
  function estimate(id: string): number {
    textWidth ??= createTextMeasure(element);
    return Math.ceil(textWidth(setup.renderItem(id).textContent ?? '') * 12) + 16;
  }

  /**
   * Fits the items with their labels: all of them (`all`, the reader's "Fit all"), or
   * only where they are dense (the first view, see denseSpans).
   */
  function fitData(move: Move, all = false): void {
    measure();
    const center = element.querySelector('.vis-panel.vis-center');
    const px = center?.clientWidth || element.clientWidth;
    const every = setup.fitItems ? [...setup.fitItems()] : [...current.values()];
    const list = all ? every : denseSpans(every, DAY);
    // A label can only hold the scale down when it starts in the later half of the
    // span (fitWindow caps labels at half the room); only those are estimated.
    const first = Math.min(...list.map((item) => item.start));
    const last = Math.max(...list.map((item) => item.end ?? item.start));
    const half = first + (last - first) / 2;
    const spans: FitSpan[] = list.map((item) => ({
      start: item.start,
      ...(item.end === undefined ? {} : { end: item.end }),
      width:
        widths.get(item.id) ?? (item.start > half && current.has(item.id) ? estimate(item.id) : 0),
    }));
    const w = fitWindow(spans, px, { pad: FIT_PAD, minSpan: DAY });
    if (w) setWindow(w.start, w.end, move);
  }

  // The axis's width as its panel last reported it: reading clientWidth after the
  // page has changed forces a layout (70 ms of lifting a filter on the German set).
  const center = element.querySelector('.vis-panel.vis-center');
  let centerWidth = 0;
  const centerSizes = new ResizeObserver(([entry]) => {
    centerWidth = Math.round(entry?.contentRect.width ?? 0);
  });
  if (center) centerSizes.observe(center);

  if (setup.window) setWindow(setup.window.start, setup.window.end, { animate: false });
  else fitData({ animate: false });
  if (setup.itemsFor) update(setup.itemsFor(getWindow(), axisWidth()), setup.groups);

  function axisWidth(): number {
    return centerWidth || center?.clientWidth || element.clientWidth;
  }

  /** Only the difference reaches vis-timeline: each item put there is laid out again. */
  function update(next: readonly AdapterItem[], nextGroups: readonly AdapterGroup[]): void {
    const ranked = next.map((item, i) => (item.rank === undefined ? { ...item, rank: i } : item));
    const plan = planUpdate(current, ranked, (a, b) => sameItem(a, b));
    if (plan.remove.length) items.remove(plan.remove);
    if (plan.put.length) items.update(plan.put.map((item, i) => toVisItem(item, i)));
    current = new Map(ranked.map((item) => [item.id, item]));
    const groupIds = new Set(nextGroups.map((g) => g.id));
    const oldGroups = groups.getIds().filter((id) => !groupIds.has(String(id)));
    if (oldGroups.length) groups.remove(oldGroups);
    const changedGroups = nextGroups
      .map((g, i) => ({ g, i }))
      .filter(({ g, i }) => {
        const old = shownGroups.get(g.id);
        return !old || old.i !== i || old.g.label !== g.label || old.g.className !== g.className;
      });
    if (changedGroups.length) groups.update(changedGroups.map(({ g, i }) => toVisGroup(g, i)));
    shownGroups = new Map(nextGroups.map((g, i) => [g.id, { g, i }]));
  }

  timeline.on('rangechanged', (p: { start: Date; end: Date; byUser: boolean }) => {
    const byReader = p.byUser || Date.now() < readerMoveUntil;
    if (byReader) readerMoved = true;
    setup.onrangechanged(p.start.valueOf(), p.end.valueOf(), byReader);
  });
  timeline.on('changed', () => {
    fixCutLabels(element);
    measure();
    setup.onchanged();
    if (drawPending) {
      drawPending = false;
      drawn();
    }
  });

  // Clicks on items. vis-timeline's own tap handling is about its selection, which we
  // do not use: a plain click that did not drag selects, whatever part of the box it hit.
  let down: { x: number; y: number } | undefined;
  const onpointerdown = (e: PointerEvent) => (down = { x: e.clientX, y: e.clientY });
  const onclick = (e: MouseEvent) => {
    const moved =
      down && e.detail > 0 && Math.hypot(e.clientX - down.x, e.clientY - down.y) > DRAG_PX;
    down = undefined;
    if (moved || !(e.target instanceof Element)) return;
    const box = e.target.closest('.vis-item');
    const inner =
      box?.querySelector(`[${ITEM_ATTR}], [data-cluster]`) ??
      e.target.closest(`[${ITEM_ATTR}], [${ZOOM_ATTR}]`);
    if (!inner) return;
    if (openCluster(inner)) return;
    const id = inner.getAttribute(ITEM_ATTR);
    if (id) setup.onitemclick(id);
  };
  element.addEventListener('pointerdown', onpointerdown);
  element.addEventListener('click', onclick);

  function openCluster(el: Element): boolean {
    const zoom = el.getAttribute(ZOOM_ATTR)?.split(' ').map(Number);
    if (zoom?.length === 2 && zoom.every(Number.isFinite)) {
      // A period (a bin, a count of events): shown whole, with a little room around it.
      const [start, end] = zoom as [number, number];
      const pad = (end - start) * 0.05;
      setWindow(start - pad, end + pad, { reader: true });
      return true;
    }
    const span = clusterSpans.get(el);
    if (!span) return false;
    const [start, end] = span;
    const w = getWindow();
    const width = Math.max((end - start) * 1.6, (w.end - w.start) / 8, HOUR * 2);
    const mid = (start + end) / 2;
    setWindow(mid - width / 2, mid + width / 2, { reader: true });
    return true;
  }

  return {
    update,
    width: axisWidth,
    lane(group) {
      return (
        element.querySelector<HTMLElement>(`.vis-foreground > .vis-group.group-${group}`) ??
        undefined
      );
    },
    overflow() {
      const panel = element.querySelector('.vis-panel.vis-center');
      const rows = panel?.querySelector<HTMLElement>(':scope > .vis-content');
      return panel && rows ? Math.max(0, rows.offsetHeight - panel.clientHeight) : 0;
    },
    setMaxHeight(px) {
      timeline.setOptions({
        maxHeight: px,
        ...(options.cluster ? { cluster: options.cluster } : {}),
      });
    },
    getWindow,
    setWindow,
    moveTo(time, move = {}) {
      const w = getWindow();
      const half = (w.end - w.start) / 2;
      setWindow(time - half, time + half, move);
    },
    fit: () => fitData({ reader: true }, true),
    zoom(factor) {
      const w = getWindow();
      const mid = (w.start + w.end) / 2;
      const half = ((w.end - w.start) * factor) / 2;
      setWindow(mid - half, mid + half, { reader: true });
    },
    pan(fraction) {
      const w = getWindow();
      const shift = (w.end - w.start) * fraction;
      setWindow(w.start + shift, w.end + shift, { reader: true });
    },
    openCluster,
    destroy() {
      destroyed = true;
      resizes.disconnect();
      centerSizes.disconnect();
      element.removeEventListener('pointerdown', onpointerdown);
      element.removeEventListener('click', onclick);
      timeline.destroy();
    },
  };
}
