/**
 * Where things go in a graph download, top to bottom like a news graphic: title,
 * subtitle (the filters), legend, the graph, a rule and the credit line. The graph
 * is the whole graph fitted to the width, so a reader's pan and zoom do not crop
 * the picture, but never scaled up so far that its labels outgrow the titles.
 */
import { MAX_FIT_SCALE } from '../scene/fit';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const FRAME = {
  pad: 20,
  /** Narrower graphs (phones) are drawn at this width, so titles and legend fit. */
  minWidth: 600,
  title: { size: 20, line: 25 },
  subtitle: { size: 13, line: 18 },
  credit: { size: 11, line: 15 },
  /** Graph labels come out at most this size in pixels, as on screen and in the legend. */
  labelSize: 12,
  gap: 12,
} as const;

export interface FrameInput {
  /** The graph's width on screen in CSS pixels. */
  readonly graphWidth: number;
  /** The graph's drawing in layout units (labels included). */
  readonly bounds: Box;
  readonly titleLines: number;
  readonly subtitleLines: number;
  readonly legendHeight: number;
  readonly creditLines: number;
  /** The graph labels' font size in layout units, to draw them at FRAME.labelSize. */
  readonly labelSize?: number;
}

export interface FrameLayout {
  readonly width: number;
  readonly height: number;
  /** Text baselines. */
  readonly title: readonly number[];
  readonly subtitle: readonly number[];
  readonly credit: readonly number[];
  readonly legendY: number;
  /** Where the graph is drawn, in pixels of the picture. */
  readonly graph: Box;
  /** The rule above the credit; undefined without a credit. */
  readonly ruleY?: number;
}

/** The picture's width: the graph's on-screen width, at least FRAME.minWidth. */
export function frameWidth(graphWidth: number): number {
  return Math.max(FRAME.minWidth, Math.round(graphWidth));
}

/** The usable width inside the padding, for wrapping text and the legend. */
export function innerWidth(graphWidth: number): number {
  return frameWidth(graphWidth) - 2 * FRAME.pad;
}

function baselines(top: number, count: number, line: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.round(top + i * line + line * 0.75));
}

export function frameLayout(input: FrameInput): FrameLayout {
  const { pad, title, subtitle, credit, gap } = FRAME;
  const width = frameWidth(input.graphWidth);
  const inner = width - 2 * pad;
  let y = pad;
  const titleY = baselines(y, input.titleLines, title.line);
  y += input.titleLines * title.line + 2;
  const subtitleY = baselines(y, input.subtitleLines, subtitle.line);
  y += input.subtitleLines * subtitle.line + gap;
  const legendY = y;
  y += input.legendHeight + gap;

  const { bounds } = input;
  const scale = Math.min(
    inner / bounds.width,
    (inner * 1.25) / bounds.height,
    input.labelSize ? FRAME.labelSize / input.labelSize : MAX_FIT_SCALE,
  );
  const graph = {
    width: Math.round(bounds.width * scale),
    height: Math.round(bounds.height * scale),
    x: 0,
    y,
  };
  const placed = { ...graph, x: Math.round(pad + (inner - graph.width) / 2) };
  y += graph.height + gap;

  let ruleY: number | undefined;
  let creditY: number[] = [];
  if (input.creditLines > 0) {
    ruleY = y;
    y += 6;
    creditY = baselines(y, input.creditLines, credit.line);
    y += input.creditLines * credit.line;
  }
  return {
    width,
    height: Math.round(y + pad * 0.75),
    title: titleY,
    subtitle: subtitleY,
    credit: creditY,
    legendY,
    graph: placed,
    ruleY,
  };
}
