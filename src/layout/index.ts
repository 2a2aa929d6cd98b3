/**
 * The seeded force layout of the actor graph (framework-free). `computeLayout`
 * itself is imported from './compute' directly (tests, the worker); the app goes
 * through `layoutGraph`, which runs it in a Web Worker.
 */
export { layoutGraph, preloadLayout } from './async';
export { circlesBounds } from './bounds';
export { toLayoutInput } from './input';
export { LARGE_GRAPH_NODES, radiusScale, type RadiusScale } from './radius';
export { hashSeed, lcg } from './random';
export type { Bounds, Layout, LayoutInput, LayoutOptions, PlacedNode } from './types';
export { LayoutCache, type LayoutRunner } from './cache';
