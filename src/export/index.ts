/**
 * Graph downloads: the picture as a standalone SVG document or a PNG, with its
 * subtitle. Framework-free; Download.svelte (the menu) loads this on first use and
 * imports the small always-needed parts (names.ts, ready.ts, save.ts) directly.
 */
export { composeSnapshot, serializeSvg, type Snapshot, type SnapshotText } from './compose';
export { PNG_SCALE, rasterize } from './raster';
export { filterSummary, selectionName, type FilterState } from './summary';
