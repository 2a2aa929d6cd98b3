/**
 * Draws a laid-out legend (legend.ts) as SVG elements in concrete colours.
 */
import { CERTAINTY_DASH, STANCE_MARKER_PATH } from '../scene/vocab';
import { shapePath } from '../scene/shapes';
import type { LegendLayout, PlacedItem } from './legend';
import type { Palette } from './palette';
import { el, type SvgNode } from './svg-tree';

export const LEGEND_FONT = { size: 12, titleSize: 11, lineHeight: 22 } as const;

function swatchParts(item: PlacedItem, palette: Palette): SvgNode[] {
  const s = item.swatch;
  const outline = { stroke: palette.nodeStroke, 'stroke-width': 1.25 };
  if (s.type === 'stance') {
    const color = palette.stance[s.stance];
    if (s.dot) return [el('circle', { cx: 6, cy: 0, r: 4, fill: color })];
    return [
      el('line', { x1: 0, y1: 0, x2: 23, y2: 0, stroke: color, 'stroke-width': 2 }),
      el('path', {
        d: STANCE_MARKER_PATH[s.stance],
        transform: 'translate(21,-4) scale(0.8)',
        fill: color,
      }),
    ];
  }
  if (s.type === 'certainty') {
    const dash = CERTAINTY_DASH[s.certainty];
    return [
      el('line', {
        x1: 0,
        y1: 0,
        x2: 30,
        y2: 0,
        stroke: palette.text,
        'stroke-width': 2,
        'stroke-dasharray': dash || undefined,
      }),
    ];
  }
  if (s.type === 'via') {
    return [
      el('line', { x1: 0, y1: 0, x2: 30, y2: 0, stroke: palette.text, 'stroke-width': 2 }),
      el('circle', {
        cx: 15,
        cy: 0,
        r: 3.5,
        fill: palette.bg,
        stroke: palette.text,
        'stroke-width': 1.5,
      }),
    ];
  }
  if (s.type === 'size') {
    const circle = (cx: number, r: number) =>
      el('circle', { cx, cy: 0, r, fill: palette.node.person, ...outline });
    return [circle(3, 3), circle(16, 7)];
  }
  if (s.type === 'idle') {
    return [
      el('circle', {
        cx: 7,
        cy: 0,
        r: 5.5,
        fill: palette.node.person,
        'fill-opacity': 0.45,
        'stroke-opacity': 0.55,
        'stroke-dasharray': '2 2',
        ...outline,
      }),
    ];
  }
  if (s.type === 'dim') {
    return [
      el('circle', { cx: 7, cy: 0, r: 5.5, fill: palette.node.person, opacity: 0.25, ...outline }),
    ];
  }
  if (s.type === 'tie') {
    const color = palette.stance[s.sign];
    const dash = s.sign === 'negative' ? '6 3' : undefined;
    return [
      el('line', {
        x1: 0,
        y1: 0,
        x2: 30,
        y2: 0,
        stroke: color,
        'stroke-width': 2.5,
        'stroke-dasharray': dash,
      }),
    ];
  }
  if (s.type === 'coalition') {
    const fill = palette.coalition[Math.min(s.coalition, 9) - 1] ?? 'none';
    return [el('circle', { cx: 7, cy: 0, r: 5.5, fill, ...outline })];
  }
  if (s.type === 'status') {
    // Event statuses are keyed on the page's timeline only; a download has no events.
    return [el('rect', { x: 0, y: -5, width: 30, height: 10, fill: 'none', ...outline })];
  }
  return [
    el('path', {
      d: shapePath(s.shape, 5.5),
      transform: 'translate(7,0)',
      fill: palette.node[s.kind],
      ...outline,
    }),
  ];
}

/** The legend as a group whose top left corner is (0, 0). */
export function drawLegend(layout: LegendLayout, palette: Palette): SvgNode {
  const { size, titleSize, lineHeight } = LEGEND_FONT;
  const middle = (line: number) => line * lineHeight + lineHeight / 2;
  const titles = layout.titles.map((title) =>
    el(
      'text',
      {
        x: title.x,
        y: middle(title.line) + titleSize * 0.36,
        'font-size': titleSize,
        'font-weight': 700,
        'letter-spacing': titleSize * 0.06,
        fill: palette.muted,
      },
      title.text.toUpperCase(),
    ),
  );
  const items = layout.items.flatMap((item) => {
    const cy = middle(item.line);
    return [
      el('g', { transform: `translate(${item.x},${cy})` }, swatchParts(item, palette)),
      el('text', { x: item.textX, y: cy + size * 0.36 }, item.text),
    ];
  });
  return el('g', { 'font-size': size, fill: palette.text }, [...titles, ...items]);
}
