/**
 * Draws a laid-out legend (legend.ts) as SVG elements in concrete colours.
 */
import { CERTAINTY_DASH, STANCE_MARKER_PATH } from '../scene/vocab';
import { shapePath } from '../scene/shapes';
import { SVG_NS } from './clone';
import type { LegendLayout, PlacedItem } from './legend';
import type { Palette } from './palette';

export const LEGEND_FONT = { size: 12, titleSize: 11, lineHeight: 22 } as const;

export function svgElement(
  tag: string,
  attributes: Readonly<Record<string, string | number>>,
  text?: string,
): SVGElement {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(
      name,
      typeof value === 'number' ? String(Math.round(value * 100) / 100) : value,
    );
  }
  if (text !== undefined) element.textContent = text;
  return element;
}

function swatch(item: PlacedItem, cy: number, palette: Palette): SVGElement {
  const g = svgElement('g', { transform: `translate(${item.x},${cy})` });
  const s = item.swatch;
  const outline = { stroke: palette.nodeStroke, 'stroke-width': 1.25 };
  if (s.type === 'stance') {
    const color = palette.stance[s.stance];
    g.append(
      svgElement('line', { x1: 0, y1: 0, x2: 23, y2: 0, stroke: color, 'stroke-width': 2 }),
      svgElement('path', {
        d: STANCE_MARKER_PATH[s.stance],
        transform: 'translate(21,-4) scale(0.8)',
        fill: color,
      }),
    );
  } else if (s.type === 'certainty') {
    const dash = CERTAINTY_DASH[s.certainty];
    g.append(
      svgElement('line', {
        x1: 0,
        y1: 0,
        x2: 30,
        y2: 0,
        stroke: palette.text,
        'stroke-width': 2,
        ...(dash ? { 'stroke-dasharray': dash } : {}),
      }),
    );
  } else if (s.type === 'via') {
    g.append(
      svgElement('line', { x1: 0, y1: 0, x2: 30, y2: 0, stroke: palette.text, 'stroke-width': 2 }),
      svgElement('circle', {
        cx: 15,
        cy: 0,
        r: 3.5,
        fill: palette.bg,
        stroke: palette.text,
        'stroke-width': 1.5,
      }),
    );
  } else if (s.type === 'size') {
    const circle = (cx: number, r: number) =>
      svgElement('circle', { cx, cy: 0, r, fill: palette.node.person, ...outline });
    g.append(circle(3, 3), circle(16, 7));
  } else if (s.type === 'idle') {
    g.append(
      svgElement('circle', {
        cx: 7,
        cy: 0,
        r: 5.5,
        fill: palette.node.person,
        'fill-opacity': 0.45,
        'stroke-opacity': 0.55,
        'stroke-dasharray': '2 2',
        ...outline,
      }),
    );
  } else if (s.type === 'dim') {
    g.append(
      svgElement('circle', {
        cx: 7,
        cy: 0,
        r: 5.5,
        fill: palette.node.person,
        opacity: 0.25,
        ...outline,
      }),
    );
  } else if (s.type === 'status') {
    // Event statuses are keyed on the page's timeline only; a download has no events.
    g.append(svgElement('rect', { x: 0, y: -5, width: 30, height: 10, fill: 'none', ...outline }));
  } else {
    g.append(
      svgElement('path', {
        d: shapePath(s.shape, 5.5),
        transform: 'translate(7,0)',
        fill: palette.node[s.kind],
        ...outline,
      }),
    );
  }
  return g;
}

/** The legend as a group whose top left corner is (0, 0). */
export function drawLegend(layout: LegendLayout, palette: Palette): SVGGElement {
  const { size, titleSize, lineHeight } = LEGEND_FONT;
  const group = svgElement('g', { 'font-size': size, fill: palette.text }) as SVGGElement;
  const middle = (line: number) => line * lineHeight + lineHeight / 2;
  for (const title of layout.titles) {
    group.append(
      svgElement(
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
  }
  for (const item of layout.items) {
    const cy = middle(item.line);
    group.append(
      swatch(item, cy, palette),
      svgElement('text', { x: item.textX, y: cy + size * 0.36 }, item.text),
    );
  }
  return group;
}
