/**
 * Node radius by activity: area grows with the number of statements (a square-root
 * scale), between a floor that keeps idle nodes visible and a ceiling that keeps
 * the busiest from crowding the picture. Big graphs get smaller nodes.
 */

export const LARGE_GRAPH_NODES = 150;

export interface RadiusScale {
  (activity: number): number;
  readonly min: number;
  readonly max: number;
}

/** `maxActivity`: the busiest node's activity in the full graph (the scale's domain). */
export function radiusScale(maxActivity: number, nodeCount: number): RadiusScale {
  const large = nodeCount > LARGE_GRAPH_NODES;
  const min = large ? 4 : 7;
  const max = large ? 15 : 22;
  const top = Math.max(1, maxActivity);
  const scale = (activity: number) =>
    min + (max - min) * Math.sqrt(Math.min(Math.max(activity, 0), top) / top);
  return Object.assign(scale, { min, max });
}
