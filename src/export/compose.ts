/**
 * A graph download as one standalone SVG document: background in the theme's
 * colour, title, subtitle, legend, the whole graph as displayed (clone.ts) and the
 * credit, all text as text nodes, in the system font the page uses.
 */
import { copyGraph } from './clone';
import type { LegendGroup } from './legend';
import { readPalette } from './palette';
import { drawPicture, planPicture, type PictureText } from './picture';
import { toElement } from './svg-tree';

export interface SnapshotText extends PictureText {
  /** The key, from the same source as the page's (scene/legend.ts). */
  readonly legend: readonly LegendGroup[];
}

export interface Snapshot {
  readonly svg: SVGSVGElement;
  /** Size in CSS pixels. */
  readonly width: number;
  readonly height: number;
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
  const graph = copyGraph(live);
  const input = {
    text,
    legend: text.legend,
    font,
    graphWidth: live.width.baseVal.value || live.getBoundingClientRect().width,
    bounds: graph.bounds,
    labelSize: labelSize(live),
  };
  const plan = planPicture(input);
  const svg = toElement(drawPicture(plan, input, palette, [graph.content])) as SVGSVGElement;
  return { svg, width: plan.frame.width, height: plan.frame.height };
}

/** The document's text; XMLSerializer escapes every text node and attribute. */
export function serializeSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}
