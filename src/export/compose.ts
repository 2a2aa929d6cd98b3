/**
 * A graph download as one standalone SVG document: background in the theme's
 * colour, title, subtitle, legend, the whole graph as displayed (clone.ts) and the
 * credit, all text as text nodes, in the system font the page uses.
 */
import { copyGraph, SVG_NS } from './clone';
import { drawLegend, LEGEND_FONT, svgElement } from './draw-legend';
import { FRAME, frameLayout, innerWidth } from './frame';
import { flowLegend, type LegendGroup } from './legend';
import { textMeasure } from '../scene/measure';
import { readPalette } from './palette';
import { wrapText } from './wrap';

export interface SnapshotText {
  readonly title: string;
  /** The filter state (summary.ts). */
  readonly subtitle: string;
  readonly credit?: string;
  /** The key, from the same source as the page's (scene/legend.ts). */
  readonly legend: readonly LegendGroup[];
}

export interface Snapshot {
  readonly svg: SVGSVGElement;
  /** Size in CSS pixels. */
  readonly width: number;
  readonly height: number;
}

function lines(
  parent: Element,
  texts: readonly string[],
  baselines: readonly number[],
  attributes: Readonly<Record<string, string | number>>,
): void {
  texts.forEach((text, i) => {
    parent.append(svgElement('text', { x: FRAME.pad, y: baselines[i] ?? 0, ...attributes }, text));
  });
}

/** The font size of the graph's labels in layout units, if it has any. */
function labelSize(live: SVGSVGElement): number | undefined {
  const label = live.querySelector(':scope > g text');
  const size = label ? parseFloat(getComputedStyle(label).fontSize) : NaN;
  return size > 0 ? size : undefined;
}

/** Builds the picture of `live`, the graph's <svg> as it is in the page now. */
export function composeSnapshot(live: SVGSVGElement, text: SnapshotText): Snapshot {
  const palette = readPalette(live);
  const font = getComputedStyle(live).fontFamily || 'system-ui, sans-serif';
  const onScreen = live.width.baseVal.value || live.getBoundingClientRect().width;
  const inner = innerWidth(onScreen);

  const titleLines = wrapText(text.title, inner, textMeasure(font, FRAME.title.size, 700));
  const subtitleLines = wrapText(text.subtitle, inner, textMeasure(font, FRAME.subtitle.size));
  const creditLines = text.credit
    ? wrapText(text.credit, inner, textMeasure(font, FRAME.credit.size))
    : [];
  const titleMeasure = textMeasure(font, LEGEND_FONT.titleSize, 700);
  const legend = flowLegend(text.legend, {
    width: inner,
    measure: textMeasure(font, LEGEND_FONT.size),
    measureTitle: (t) => titleMeasure(t.toUpperCase()) + t.length * LEGEND_FONT.titleSize * 0.06,
    lineHeight: LEGEND_FONT.lineHeight,
  });
  const graph = copyGraph(live);
  const frame = frameLayout({
    graphWidth: onScreen,
    bounds: graph.bounds,
    titleLines: titleLines.length,
    subtitleLines: subtitleLines.length,
    legendHeight: legend.height,
    creditLines: creditLines.length,
    labelSize: labelSize(live),
  });

  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('width', String(frame.width));
  svg.setAttribute('height', String(frame.height));
  svg.setAttribute('viewBox', `0 0 ${frame.width} ${frame.height}`);
  svg.setAttribute('font-family', font);
  svg.append(
    svgElement('title', {}, text.title),
    svgElement('desc', {}, text.subtitle),
    svgElement('rect', { width: '100%', height: '100%', fill: palette.bg }),
  );
  lines(svg, titleLines, frame.title, {
    'font-size': FRAME.title.size,
    'font-weight': 700,
    fill: palette.text,
  });
  lines(svg, subtitleLines, frame.subtitle, {
    'font-size': FRAME.subtitle.size,
    fill: palette.muted,
  });
  const key = drawLegend(legend, palette);
  key.setAttribute('transform', `translate(${FRAME.pad},${frame.legendY})`);
  svg.append(key);

  const { bounds } = graph;
  const box = svgElement('svg', {
    x: frame.graph.x,
    y: frame.graph.y,
    width: frame.graph.width,
    height: frame.graph.height,
    viewBox: `${bounds.x} ${bounds.y} ${bounds.width} ${bounds.height}`,
    overflow: 'visible',
  });
  box.append(graph.content);
  svg.append(box);

  if (frame.ruleY !== undefined) {
    svg.append(
      svgElement('line', {
        x1: FRAME.pad,
        x2: frame.width - FRAME.pad,
        y1: frame.ruleY,
        y2: frame.ruleY,
        stroke: palette.border,
        'stroke-width': 1,
      }),
    );
  }
  lines(svg, creditLines, frame.credit, { 'font-size': FRAME.credit.size, fill: palette.muted });
  return { svg, width: frame.width, height: frame.height };
}

/** The document's text; XMLSerializer escapes every text node and attribute. */
export function serializeSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}
