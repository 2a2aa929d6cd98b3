/**
 * The compact key drawn into a graph download: stance (colour, end marker and
 * symbol), certainty (line pattern) and `via` (the ring), and node shapes per actor
 * kind (and topics in "who on what" mode). Which entries exist and where they go
 * is decided here, without a DOM; compose.ts draws them.
 */
import { ACTOR_KINDS, CERTAINTIES, STANCES } from '../model/types';
import type { ActorKind, Certainty, Stance } from '../model/types';
import {
  CERTAINTY_LABEL,
  KIND_LABEL,
  KIND_SHAPE,
  STANCE_LABEL,
  STANCE_SYMBOL,
  TOPIC_LABEL,
} from '../scene/vocab';
import type { NodeShape } from '../scene/shapes';
import type { Measure } from '../scene/measure';

export type Swatch =
  | { readonly type: 'stance'; readonly stance: Stance }
  | { readonly type: 'certainty'; readonly certainty: Certainty }
  | { readonly type: 'via' }
  | { readonly type: 'shape'; readonly shape: NodeShape; readonly kind: ActorKind | 'topic' };

export interface LegendItem {
  readonly swatch: Swatch;
  readonly text: string;
}

export interface LegendGroup {
  readonly title: string;
  readonly items: readonly LegendItem[];
}

/** Width of each swatch in pixels (lines are longer than shapes). */
export function swatchWidth(swatch: Swatch): number {
  return swatch.type === 'shape' ? 14 : 30;
}

export function legendGroups(options: { topics: boolean }): LegendGroup[] {
  return [
    {
      title: 'Stance',
      items: STANCES.map((stance) => ({
        swatch: { type: 'stance', stance },
        text: `${STANCE_SYMBOL[stance]} ${STANCE_LABEL[stance]}`,
      })),
    },
    {
      title: 'Certainty',
      items: [
        ...CERTAINTIES.map((certainty) => ({
          swatch: { type: 'certainty', certainty } as const,
          text: CERTAINTY_LABEL[certainty],
        })),
        { swatch: { type: 'via' }, text: 'Via another actor' },
      ],
    },
    {
      title: 'Nodes',
      items: [
        ...ACTOR_KINDS.map((kind) => ({
          swatch: { type: 'shape', shape: KIND_SHAPE[kind], kind } as const,
          text: KIND_LABEL[kind],
        })),
        ...(options.topics
          ? [
              {
                swatch: { type: 'shape', shape: 'diamond', kind: 'topic' } as const,
                text: TOPIC_LABEL,
              },
            ]
          : []),
      ],
    },
  ];
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
