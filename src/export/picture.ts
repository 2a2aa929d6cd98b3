/**
 * The picture of a graph download, without a DOM: where its title, subtitle
 * (the filters), legend, graph and credit go (frame.ts), and the drawing of all
 * of it as a tree (svg-tree.ts) around the graph's own drawing. The browser's
 * download (compose.ts) puts a copy of the graph on screen in it; the build's
 * still (still.ts) a graph drawn from the scene.
 */
import type { Box } from './frame';
import { FRAME, frameLayout, innerWidth, type FrameLayout } from './frame';
import { drawLegend, LEGEND_FONT } from './draw-legend';
import { flowLegend, type LegendGroup, type LegendLayout } from './legend';
import type { Palette } from './palette';
import { el, type SvgChild, type SvgNode } from './svg-tree';
import { wrapText } from './wrap';
import { textMeasure, type Measure } from '../scene/measure';

export interface PictureText {
  readonly title: string;
  /** The filter state (summary.ts). */
  readonly subtitle: string;
  readonly credit?: string;
}

export interface PictureInput {
  readonly text: PictureText;
  /** The legend's entries (legend.ts `legendGroups`). */
  readonly legend: readonly LegendGroup[];
  /** The font family every text is set in (measured in it where a canvas is at hand). */
  readonly font: string;
  /** The graph's width on screen in CSS pixels. */
  readonly graphWidth: number;
  /** The graph's drawing in layout units, labels included. */
  readonly bounds: Box;
  /** The graph labels' font size in layout units, if it has labels. */
  readonly labelSize?: number;
  /** Text widths at a size and weight; by default measured in `font` (scene/measure.ts). */
  readonly measure?: FontMeasure;
}

/** A measure of text at `size` px and `weight` in the picture's font. */
export type FontMeasure = (size: number, weight?: number) => Measure;

export interface PicturePlan {
  readonly titleLines: readonly string[];
  readonly subtitleLines: readonly string[];
  readonly creditLines: readonly string[];
  readonly legend: LegendLayout;
  readonly frame: FrameLayout;
}

export function planPicture(input: PictureInput): PicturePlan {
  const { text, font } = input;
  const measure = input.measure ?? ((size, weight) => textMeasure(font, size, weight));
  const inner = innerWidth(input.graphWidth);
  const titleLines = wrapText(text.title, inner, measure(FRAME.title.size, 700));
  const subtitleLines = wrapText(text.subtitle, inner, measure(FRAME.subtitle.size));
  const creditLines = text.credit ? wrapText(text.credit, inner, measure(FRAME.credit.size)) : [];
  const titleMeasure = measure(LEGEND_FONT.titleSize, 700);
  const legend = flowLegend([...input.legend], {
    width: inner,
    measure: measure(LEGEND_FONT.size),
    measureTitle: (t) => titleMeasure(t.toUpperCase()) + t.length * LEGEND_FONT.titleSize * 0.06,
    lineHeight: LEGEND_FONT.lineHeight,
  });
  const frame = frameLayout({
    graphWidth: input.graphWidth,
    bounds: input.bounds,
    titleLines: titleLines.length,
    subtitleLines: subtitleLines.length,
    legendHeight: legend.height,
    creditLines: creditLines.length,
    labelSize: input.labelSize,
  });
  return { titleLines, subtitleLines, creditLines, legend, frame };
}

function lines(
  texts: readonly string[],
  baselines: readonly number[],
  attributes: Readonly<Record<string, string | number>>,
): SvgNode[] {
  return texts.map((text, i) =>
    el('text', { x: FRAME.pad, y: baselines[i] ?? 0, ...attributes }, text),
  );
}

function placed(node: SvgNode, transform: string): SvgNode {
  return { ...node, attributes: { ...node.attributes, transform } };
}

/**
 * The whole picture as one <svg>: background in the palette's colour, titles,
 * legend, `graph` (in layout units, drawn within `bounds`), the rule and credit.
 */
export function drawPicture(
  plan: PicturePlan,
  input: Pick<PictureInput, 'text' | 'font' | 'bounds'>,
  palette: Palette,
  graph: readonly SvgChild[],
): SvgNode {
  const { frame } = plan;
  const { text, bounds } = input;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: frame.width,
      height: frame.height,
      viewBox: `0 0 ${frame.width} ${frame.height}`,
      'font-family': input.font,
    },
    [
      el('title', {}, text.title),
      el('desc', {}, text.subtitle),
      el('rect', { width: '100%', height: '100%', fill: palette.bg }),
      ...lines(plan.titleLines, frame.title, {
        'font-size': FRAME.title.size,
        'font-weight': 700,
        fill: palette.text,
      }),
      ...lines(plan.subtitleLines, frame.subtitle, {
        'font-size': FRAME.subtitle.size,
        fill: palette.muted,
      }),
      placed(drawLegend(plan.legend, palette), `translate(${FRAME.pad},${frame.legendY})`),
      el(
        'svg',
        {
          x: frame.graph.x,
          y: frame.graph.y,
          width: frame.graph.width,
          height: frame.graph.height,
          viewBox: `${bounds.x} ${bounds.y} ${bounds.width} ${bounds.height}`,
          overflow: 'visible',
        },
        graph,
      ),
      ...(frame.ruleY === undefined
        ? []
        : [
            el('line', {
              x1: FRAME.pad,
              x2: frame.width - FRAME.pad,
              y1: frame.ruleY,
              y2: frame.ruleY,
              stroke: palette.border,
              'stroke-width': 1,
            }),
          ]),
      ...lines(plan.creditLines, frame.credit, {
        'font-size': FRAME.credit.size,
        fill: palette.muted,
      }),
    ],
  );
}
