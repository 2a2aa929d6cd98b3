/**
 * Which renderer draws a graph: SVG (one element per node and edge, styled by CSS,
 * what the download copies) for small graphs, a canvas above a size where SVG can
 * no longer pan or answer a click in time. The URL's `renderer=svg|canvas` forces
 * one (the tests run the graph specs on both).
 */

export type Renderer = 'svg' | 'canvas';

/**
 * Above this many edges the canvas draws the graph. Timed in Chromium on this machine
 * (2 shared cores; the bench's own measurement, clicks on six actors and a topic chip
 * and back, Event Timing to the next paint, 2 runs each way, December 2026):
 *
 * | graph (nodes / edges) | worst click SVG → canvas | topic and back SVG → canvas |
 * | --- | --- | --- |
 * | seed, 16 / 14 | 64–72 → 56–64 ms | 56–64 → 48–64 ms |
 * | synthetic, 80 / 210 | 128–144 → 104–120 ms | 208–240 → 112–176 ms |
 * | synthetic, 150 / 586 | 200–208 → 120–160 ms | 216–232 → 144–184 ms |
 * | German 2011, 404 / 884 | 152–160 → 64–80 ms | 264–344 → 168–192 ms |
 * | synthetic, 250 / 1,446 | 416–424 → 136–208 ms | 408–448 → 216–304 ms |
 *
 * Below about 100 nodes the two are level within the noise, and the SVG is what the
 * download copies and what the golden tests compare, so small graphs keep it; from a
 * few hundred edges the canvas answers in half the time. The German set is drawn on
 * the canvas.
 */
export const CANVAS_EDGES = 400;
/** Or above this many nodes (each SVG node is a focusable group with four shapes). */
export const CANVAS_NODES = 200;

/** The renderer for a graph of `nodes` and `edges` (the full graph's, so filters never switch it). */
export function chooseRenderer(
  nodes: number,
  edges: number,
  forced: Renderer | undefined,
): Renderer {
  if (forced) return forced;
  return nodes > CANVAS_NODES || edges > CANVAS_EDGES ? 'canvas' : 'svg';
}
