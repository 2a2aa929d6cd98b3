/** The seeded force layout of the actor graph (framework-free). */
export { computeLayout, labelRoom, MIN_GAP } from './compute';
export { layoutGraph, wantsWorker, WORKER_MIN_LINKS, WORKER_MIN_NODES } from './async';
export { toLayoutInput } from './input';
export { LARGE_GRAPH_NODES, radiusScale, type RadiusScale } from './radius';
export { hashSeed, lcg } from './random';
export type { Bounds, Layout, LayoutInput, LayoutOptions, PlacedNode } from './types';
