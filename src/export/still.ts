/**
 * The still: the graph download's picture (picture.ts) made without a browser, at
 * build time, for readers without scripts, feed readers, apps and print. The whole
 * data set (all statements, all topics, no selection) in its default graph mode,
 * laid out for the wide box, drawn from the same scene the page draws (scene/),
 * with text widths estimated (scene/measure.ts) in the font the build renders with.
 */
import type { Layout } from '../layout/types';
import { LARGE_GRAPH_NODES } from '../layout/radius';
import { buildGraph, defaultGraphMode, type Graph } from '../model/graph';
import type { Dataset } from '../model/types';
import { DENSE_EDGES } from '../scene/edge-style';
import { fitView, graphHeight, sizeUnit, toLayoutBox } from '../scene/fit';
import { LABEL_LIMIT, labelBox, placeLabels, type Box } from '../scene/labels';
import { labelMeasure, textMeasure, type Measure } from '../scene/measure';
import { sceneEdges, sceneNodes } from '../scene/scene';
import { drawScene, type DrawnScene } from './draw-scene';
import { FRAME } from './frame';
import { legendFacts } from '../model/legend-facts';
import { legendGroups, type LegendGroup } from '../scene/legend';
import type { Palette } from './palette';
import { drawPicture, planPicture, type FontMeasure } from './picture';
import { filterSummary } from './summary';
import { toSvgText } from './svg-tree';

/** The wide graph box's width in CSS pixels: the width the page's off-screen download draws at. */
export const STILL_WIDTH = 960;

export interface Still {
  readonly svg: string;
  /** Size in CSS pixels (the PNG at 1×). */
  readonly width: number;
  readonly height: number;
}

/** The graph the still shows: every statement, in the data set's default mode. */
export function stillGraph(dataset: Dataset): Graph {
  return buildGraph(dataset, dataset.statements, defaultGraphMode(dataset));
}

/** The still's legend, as the download's for the same graph (nothing selected). */
export function stillLegend(dataset: Dataset): LegendGroup[] {
  const graph = stillGraph(dataset);
  const facts = legendFacts(graph, graph, dataset.statements, { mode: defaultGraphMode(dataset) });
  return legendGroups(facts, { events: false });
}

/** The scene as Graph.svelte draws it with nothing selected, in a box `width` wide. */
export function stillScene(
  graph: Graph,
  layout: Layout,
  measure: Measure,
  width: number,
): DrawnScene {
  const fitted = fitView(layout.bounds, width, graphHeight(width));
  const unit = sizeUnit(fitted.k);
  const fontSize = FRAME.labelSize * unit;
  const nodes = sceneNodes(graph, graph, layout);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = sceneEdges(graph, graph, byId, unit);
  const large = graph.nodes.length > LARGE_GRAPH_NODES;
  const labels = placeLabels(
    nodes.map((n) => ({
      id: n.id,
      x: n.x,
      y: n.y,
      r: n.r,
      text: n.node.label,
      activity: n.node.activity,
    })),
    {
      limit: large ? LABEL_LIMIT : Infinity,
      fontSize,
      frame: toLayoutBox(fitted, { x0: 4, y0: 4, x1: width - 4, y1: graphHeight(width) - 4 }),
      measure,
      segments: edges.map((e) => [byId.get(e.edge.source)!, byId.get(e.edge.target)!] as const),
    },
  );
  return { nodes, edges, labels, unit, fontSize, dense: edges.length > DENSE_EDGES };
}

/** What the scene covers in layout units: node shapes, labels and bowed edges. */
export function sceneBounds(scene: DrawnScene, measure: Measure): Box {
  const boxes: Box[] = [
    ...scene.nodes.map((n) => {
      const reach = n.r * 1.32 + scene.unit;
      return { x0: n.x - reach, y0: n.y - reach, x1: n.x + reach, y1: n.y + reach };
    }),
    ...scene.labels.map((label) => labelBox(label, scene.fontSize, measure)),
    ...scene.edges.map((e) => ({ x0: e.mid.x, y0: e.mid.y, x1: e.mid.x, y1: e.mid.y })),
  ];
  if (boxes.length === 0) return { x0: 0, y0: 0, x1: 1, y1: 1 };
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

export interface StillOptions {
  /** The light theme (palette.ts `lightPalette` of theme.css). */
  readonly palette: Palette;
  /** The font family the still is rendered in. */
  readonly font: string;
  /** Text widths in that font; by default estimated (scene/measure.ts). */
  readonly measure?: FontMeasure;
  readonly width?: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The still's SVG document; `layout` is the wide layout of `stillGraph(dataset)`. */
export function composeStill(dataset: Dataset, layout: Layout, options: StillOptions): Still {
  const { palette, font, width = STILL_WIDTH } = options;
  const measure = options.measure ?? ((size, weight) => textMeasure(font, size, weight));
  const label = labelMeasure(measure);
  const scene = stillScene(stillGraph(dataset), layout, label, width);
  const box = sceneBounds(scene, label);
  const input = {
    text: {
      title: dataset.title,
      subtitle: filterSummary({
        topics: [],
        count: dataset.statements.length,
        locale: dataset.language,
      }),
      credit: dataset.credit,
    },
    legend: stillLegend(dataset),
    font,
    graphWidth: width,
    bounds: {
      x: round(box.x0),
      y: round(box.y0),
      width: round(Math.max(1, box.x1 - box.x0)),
      height: round(Math.max(1, box.y1 - box.y0)),
    },
    labelSize: scene.labels.length > 0 ? scene.fontSize : undefined,
    measure,
  };
  const plan = planPicture(input);
  const svg = toSvgText(drawPicture(plan, input, palette, drawScene(scene, palette)));
  return { svg, width: plan.frame.width, height: plan.frame.height };
}
