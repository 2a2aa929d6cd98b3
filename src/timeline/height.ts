/**
 * How the timeline draws a data set (windowed events, binned statements) and how
 * tall its first view is, worked out from the data alone: the build writes the
 * first heights into the data index (vite/parley-data.ts), so that the page keeps
 * that room for the timeline from its first paint and the graph below does not move
 * when the timeline draws (the seed's graph moved down 222 px, 272 px on a phone,
 * where that pushed it off the first screen).
 *
 * The first height follows vis-timeline's own stacking (its `performStacking`): an
 * item is moved down below every earlier one it overlaps, where a range's extent is
 * its bar and then its label (vis-timeline's "optimistic" width for a label that
 * overflows its bar), a box's and a point's their label, with 10 px between them.
 * The sizes are this stylesheet's (timeline.css) and the widths those of a font
 * given by the caller (the build measures in DejaVu Sans, Chromium's sans-serif on
 * Debian; wider than most, so an estimate errs towards room to spare).
 */
import { estimateWidth, type Measure } from '../scene/measure';
import type { Dataset, PDate, Statement } from '../model/types';
import { denseSpans, fitWindow } from './fit';
import { eventDate, eventSpan, pointTime } from './items';
import { STAGE_MAX, STAGE_MIN, STAGE_WIDTHS } from './room';

export { STAGE_MAX, STAGE_MIN, STAGE_WIDTHS, type TimelineRoom } from './room';

/**
 * Above this many events in the data set, vis-timeline holds only those near the
 * window, and counts per period where even those are more than this. Measured:
 * at 2,000 events a redraw took 0.9 s of layout; 150 boxes take a few ms.
 */
export const EVENT_BOUND = 150;

/**
 * Above this many date-only statements in the data set, the Statements row shows
 * counts per period (bin-strip.ts) instead of a point per statement, wherever more
 * than the Timeline's POINTS_NEAR are near the window. Measured in Chromium on this
 * machine: with the German set's 1,164 statements as points a topic chip and "All"
 * took 216–344 ms to the next paint, most of it vis-timeline removing and adding
 * points; the synthetic 5,000 points answered a click in over a second.
 */
export const AGGREGATE_OVER = 500;

/** What the timeline needs to know of a data set before it draws it. */
export interface TimelineShape {
  /** More events than EVENT_BOUND: only those near the window are held. */
  readonly windowed: boolean;
  /** More date-only statements than AGGREGATE_OVER: the Statements row is bins. */
  readonly aggregate: boolean;
}

export function timelineShape(dataset: Dataset): TimelineShape {
  let dateOnly = 0;
  for (const s of dataset.statements) if (!s.event) dateOnly++;
  return { windowed: dataset.events.length > EVENT_BOUND, aggregate: dateOnly > AGGREGATE_OVER };
}

// --- The first height. Sizes from timeline.css and vis-timeline's options
// (vis-adapter.ts), measured in Chromium where the stylesheet does not fix them.

/** The time axis (two rows of labels). */
const AXIS_PX = 42;
/** vis-timeline's margins: above a group's first row, between items across and down. */
const GROUP_TOP = 5;
const GAP_X = 10;
const GAP_Y = 3;
/** A group's rows end this much below its lowest item. */
const GROUP_FOOT = 2;
/** An event's label: at most 17em of 12 px, padding and border 15 px across. */
const EVENT_MAX = 204;
const EVENT_INSET = 15;
/** An event item's height: its lines of 16.2 px, its padding and borders, the item's frame. */
const EVENT_LINE = 16.2;
const BOX_FRAME = 6.4;
const RANGE_FRAME = 9.6;
/**
 * A statement's point: the dot and gaps around the label, the speaker's 14em of
 * 12 px; 25 px tall on one line, 15 px more a line.
 */
const POINT_LEAD = 22;
const POINT_SPEAKER_MAX = 168;
const POINT_ONE_LINE = 25;
const POINT_LINE = 15;
/** A windowed Events row's counts (at most four rows), and a row of bins (one band). */
const EVENT_COUNTS_PX = 4 * 34;
const BINS_PX = 64;
/** The bins row's rule below it. */
const BINS_RULE = 1;
/**
 * On phones the group labels run down beside their rows (rotated), so a row is at
 * least as tall as its label: "EVENTS" 65 px, "STATEMENTS" 101 px (in English).
 */
const PHONE_EVENTS_LEAST = 65;
const PHONE_STATEMENTS_LEAST = 101;
/** The labels beside the rows (a narrow rotated column on phones), and the page's side margins. */
const WIDE_FROM = 641;
const PAGE_MAX = 1368;
const FIT_PAD = 16;
const DAY = 86_400_000;

/** Text widths in the page's font: `(size, weight) => measure`. */
export type FontWidths = (size: number, weight: number) => Measure;

/** The width of the timeline's rows on a page `width` wide. */
function rowsWidth(width: number): number {
  const wide = width >= WIDE_FROM;
  const area = Math.min(width - (wide ? 32 : 16), PAGE_MAX);
  return area - (wide ? 94 : 24) - 2;
}

/**
 * Lines of the runs' words wrapped at `max` px (a `nowrap` run is one word, and may
 * run past `max` on a line of its own), and the box's width: the text's on one line,
 * at most `max`.
 */
function wrap(
  runs: readonly { text: string; measure: Measure; nowrap?: boolean }[],
  max: number,
): { lines: number; widest: number } {
  let lines = 1;
  let line = 0;
  // Shrink-to-fit: a box as wide as its text on one line, up to `max` (not as its widest line).
  let whole = 0;
  for (const run of runs) {
    const words = run.nowrap ? [run.text.trim()] : run.text.split(/\s+/).filter(Boolean);
    for (const [i, word] of words.entries()) {
      const space = line > 0 || i > 0 ? run.measure(' ') : 0;
      const w = run.measure(word);
      whole += space + w;
      if (line > 0 && line + space + w > max) {
        lines++;
        line = w;
      } else line += space + w;
    }
  }
  return { lines, widest: Math.min(max, whole) };
}

interface Box {
  readonly start: number;
  readonly end?: number;
  readonly label: number;
  readonly height: number;
}

/** A cluster of statements' size: its count, its stances' mix and their bar. */
const CLUSTER_LABEL = 96;
const CLUSTER_HEIGHT = 44;

/**
 * vis-timeline's clustering of points (its ClusterGenerator, with our `maxItems` of
 * 2): a point with more than two others within the time 100 px cover, at the
 * scale (`pxPerMs`), takes the next of them into one cluster.
 */
function clustered(points: readonly Box[], pxPerMs: number): Box[] {
  if (pxPerMs <= 0 || points.length < 3) return [...points];
  const level = Math.abs(Math.round(Math.log2(100 / pxPerMs)));
  const span = 2 ** level;
  const out: Box[] = [];
  const clusters: number[] = [];
  const inCluster = new Set<number>();
  let i = 0;
  while (i < points.length) {
    const at = points[i]!.start;
    let neighbors = 1;
    for (let j = i - 1; j >= 0 && at - points[j]!.start < span / 2; j--)
      if (!inCluster.has(j)) neighbors++;
    for (let k = i + 1; k < points.length && points[k]!.start - at < span / 2; k++) neighbors++;
    for (let l = clusters.length - 1; l >= 0 && at - clusters[l]! < span; l--) neighbors++;
    if (neighbors > 2) {
      const members = points.slice(i, i + neighbors - 1);
      members.forEach((_, m) => inCluster.add(i + m));
      const center = members.reduce((sum, p) => sum + p.start, 0) / members.length;
      clusters.push(center);
      out.push({ start: center, label: CLUSTER_LABEL, height: CLUSTER_HEIGHT });
      i += members.length;
    } else {
      out.push(points[i]!);
      i += 1;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * vis-timeline's stacking of one group's items (in time order), of those in view
 * (`width` px): the group's height, at least `least` (a phone's group label runs
 * down beside its row).
 */
function stackHeight(
  items: readonly Box[],
  px: (t: number) => number,
  width: number,
  least: number,
): number {
  const placed: { left: number; right: number; top: number; height: number }[] = [];
  let bottom = 0;
  for (const item of items) {
    const left = px(item.start);
    const bar = item.end === undefined ? 0 : Math.max(px(item.end) - left, 1);
    const right = left + bar + item.label + GAP_X;
    if (right < 0 || left > width) continue;
    let top = GROUP_TOP;
    const across = placed
      .filter((p) => left < p.right && p.left < right)
      .sort((a, b) => a.top - b.top);
    for (const p of across)
      if (top < p.top + p.height + GAP_Y && p.top < top + item.height)
        top = p.top + p.height + GAP_Y;
    placed.push({ left, right, top, height: item.height });
    bottom = Math.max(bottom, top + item.height);
  }
  return Math.max(least, bottom + GROUP_FOOT);
}

/**
 * The first height of the timeline's drawing area for each of STAGE_WIDTHS, at most
 * `STAGE_MAX` (the page clamps it to its own maximum).
 */
export function firstStages(dataset: Dataset, fonts: FontWidths = estimateWidth): number[] {
  const { windowed, aggregate } = timelineShape(dataset);
  const title = fonts(12, 600);
  const date = fonts(11, 400);
  const small = fonts(12, 400);
  const symbol = fonts(14, 700);
  const events: Box[] = windowed
    ? []
    : dataset.events
        .map((event) => {
          const { start, end } = eventSpan(event);
          // An event not held shows its status as a badge after the date.
          const badge = event.status === 'held' ? '' : ` ${event.status.toUpperCase()}`;
          const { lines, widest } = wrap(
            [
              { text: event.title, measure: title },
              // The date and the badge never break (white-space: nowrap).
              { text: eventDate(event, dataset.language), measure: date, nowrap: true },
              ...(badge ? [{ text: badge, measure: date, nowrap: true }] : []),
            ],
            EVENT_MAX - EVENT_INSET,
          );
          return {
            start,
            ...(end === undefined ? {} : { end }),
            label: widest + EVENT_INSET,
            // A range's bar above its label adds to the frame.
            height:
              Math.max(24, lines * EVENT_LINE) + (end === undefined ? BOX_FRAME : RANGE_FRAME),
          };
        })
        .sort((a, b) => a.start - b.start);
  const points: Box[] = aggregate
    ? []
    : dataset.statements
        .filter((s): s is Statement & { date: PDate } => !s.event && s.date !== undefined)
        .map((s) => {
          const speaker = wrap([{ text: s.speaker.name, measure: small }], POINT_SPEAKER_MAX);
          return {
            start: pointTime(s.date),
            label: POINT_LEAD + symbol('+') + speaker.widest,
            height: POINT_ONE_LINE + (speaker.lines - 1) * POINT_LINE,
          };
        })
        .sort((a, b) => a.start - b.start);
  const spans = [...events, ...points].map((b) => ({
    start: b.start,
    ...(b.end === undefined ? {} : { end: b.end }),
    width: b.label,
  }));
  return STAGE_WIDTHS.map((pageWidth) => {
    const width = rowsWidth(pageWidth);
    const w = fitWindow(denseSpans(spans, DAY), width, { pad: FIT_PAD, minSpan: DAY });
    const px = (t: number) => (w ? ((t - w.start) / (w.end - w.start)) * width : 0);
    const phone = pageWidth < WIDE_FROM;
    // As the Timeline: no Events row for a data set of dated statements alone.
    const statementsShown = aggregate || points.length > 0;
    const eventsRow = windowed
      ? EVENT_COUNTS_PX
      : events.length > 0 || !statementsShown
        ? stackHeight(events, px, width, phone ? PHONE_EVENTS_LEAST : 0)
        : 0;
    const pxPerMs = w ? width / (w.end - w.start) : 0;
    const statementsRow = aggregate
      ? Math.max(BINS_PX, phone ? PHONE_STATEMENTS_LEAST : 0) + BINS_RULE
      : points.length > 0
        ? stackHeight(clustered(points, pxPerMs), px, width, phone ? PHONE_STATEMENTS_LEAST : 0)
        : 0;
    const stage = AXIS_PX + eventsRow + statementsRow;
    return Math.round(Math.min(STAGE_MAX, Math.max(STAGE_MIN, stage)));
  });
}
