/**
 * Download file names: `<dataset id>-<view>.<ext>`, e.g. `alaska-summit-2025-graph.png`
 * or `alaska-summit-2025-table.csv`. The graph's PNG and SVG are named after the
 * graph view whatever else is on screen, since the graph is what they show.
 */

export type DownloadKind = 'png' | 'svg' | 'csv' | 'json';

/** Anything but letters, digits, dot, underscore and hyphen becomes a hyphen. */
function safe(part: string): string {
  return part.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '') || 'parley';
}

export function downloadName(datasetId: string, view: string, kind: DownloadKind): string {
  const shown = kind === 'png' || kind === 'svg' ? 'graph' : view;
  return `${safe(datasetId)}-${safe(shown)}.${kind}`;
}

export const MIME_TYPE: Record<DownloadKind, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};
