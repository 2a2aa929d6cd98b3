/**
 * The seeded force layout of the actor graph (framework-free). `computeLayout`
 * itself is imported from './compute' directly (tests, the worker); the app goes
 * through `layoutGraph`, which loads it on demand.
 */
export {
  layoutGraph,
  preloadLayout,
  wantsWorker,
  WORKER_MIN_LINKS,
  WORKER_MIN_NODES,
} from './async';
export { toLayoutInput } from './input';
export { LARGE_GRAPH_NODES, radiusScale, type RadiusScale } from './radius';
export { hashSeed, lcg } from './random';
export type { Bounds, Layout, LayoutInput, LayoutOptions, PlacedNode } from './types';
