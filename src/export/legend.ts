/**
 * Where the entries of a graph download's key go (which entries exist is decided
 * by scene/legend.ts, for the page and the download alike), without a DOM;
 * draw-legend.ts draws them.
 */
import type { LegendGroup, LegendItem, Swatch } from '../scene/legend';
import type { Measure } from '../scene/measure';

export type { LegendGroup, LegendItem, Swatch } from '../scene/legend';

/** Width of each swatch in pixels (lines are longer than shapes). */
export function swatchWidth(swatch: Swatch): number {
  switch (swatch.type) {
    case 'shape':
    case 'idle':
    case 'dim':
    case 'coalition':
      return 14;
    case 'size':
      return 24;
    default:
      return 30;
  }
}

export interface FlowOptions {
  readonly width: number;
  /** Item text at the legend's font. */
  readonly measure: Measure;
  /** Group titles at their (bold, small capitals) font. */
  readonly measureTitle: Measure;
  readonly lineHeight: number;
}

export interface PlacedText {
  readonly text: string;
  readonly x: number;
  /** Line index (0 first); multiply by the line height for y. */
  readonly line: number;
}

export interface PlacedItem extends PlacedText {
  readonly swatch: Swatch;
  /** Where the text starts, after the swatch. */
  readonly textX: number;
}

export interface LegendLayout {
  readonly titles: readonly PlacedText[];
  readonly items: readonly PlacedItem[];
  readonly lines: number;
  readonly height: number;
}

const SWATCH_GAP = 5;
const ITEM_GAP = 14;
const GROUP_GAP = 26;
const TITLE_GAP = 8;

/**
 * Flows the groups left to right, wrapping within `width`. A group starts a new
 * line rather than break when it fits a line of its own; a title never ends a
 * line; items that wrap line up under the group's first item when that leaves
 * room, else at the left edge.
 */
export function flowLegend(groups: readonly LegendGroup[], options: FlowOptions): LegendLayout {
  const { width, measure, measureTitle, lineHeight } = options;
  const titles: PlacedText[] = [];
  const items: PlacedItem[] = [];
  let x = 0;
  let line = 0;
  const itemWidth = (item: LegendItem) =>
    swatchWidth(item.swatch) + SWATCH_GAP + measure(item.text);

  for (const group of groups) {
    const first = group.items[0];
    const titleWidth = measureTitle(group.title) + TITLE_GAP;
    const lead = titleWidth + (first ? itemWidth(first) : 0);
    const whole =
      titleWidth +
      group.items.reduce((sum, item, i) => sum + (i ? ITEM_GAP : 0) + itemWidth(item), 0);
    // A group that would fit on a line of its own does not start at a line's end.
    const room = width - x - GROUP_GAP;
    if (x > 0 && (lead > room || (whole > room && whole <= width))) {
      line += 1;
      x = 0;
    } else if (x > 0) {
      x += GROUP_GAP;
    }
    titles.push({ text: group.title, x, line });
    x += titleWidth;
    const indent = x <= width / 2 ? x : 0;
    group.items.forEach((item, i) => {
      const w = itemWidth(item);
      if (i > 0) {
        if (x + ITEM_GAP + w > width) {
          line += 1;
          x = indent;
        } else {
          x += ITEM_GAP;
        }
      }
      items.push({
        text: item.text,
        swatch: item.swatch,
        x,
        textX: x + swatchWidth(item.swatch) + SWATCH_GAP,
        line,
      });
      x += w;
    });
  }
  const lines = titles.length === 0 ? 0 : line + 1;
  return { titles, items, lines, height: lines * lineHeight };
}
