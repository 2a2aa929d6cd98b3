/**
 * Download file names: `<dataset id>-<view>.<ext>`, e.g. `alaska-summit-2025-graph.png`
 * or `alaska-summit-2025-table.csv`. The graph's PNG and SVG are named after the
 * graph view whatever else is on screen, since the graph is what they show. The
 * statements with the format's field names end `-fields.csv`, beside the readable
 * `.csv`. Names are the same in every interface language.
 */

export type DownloadKind =
  'png' | 'svg' | 'csv' | 'csv-fields' | 'json' | 'network-csv' | 'network-graphml';

/** Anything but letters, digits, dot, underscore and hyphen becomes a hyphen. */
function safe(part: string): string {
  return part.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '') || 'parley';
}

/**
 * The networks' files put the network type where the view goes, so an agreement and
 * a conflict download do not overwrite each other:
 * `german-nuclear-2011-agreement-network.csv`.
 */
export function downloadName(datasetId: string, view: string, kind: DownloadKind): string {
  if (kind === 'network-csv' || kind === 'network-graphml') {
    return `${safe(datasetId)}-${safe(view)}-network.${kind === 'network-csv' ? 'csv' : 'graphml'}`;
  }
  if (kind === 'csv-fields') return `${safe(datasetId)}-${safe(view)}-fields.csv`;
  const shown = kind === 'png' || kind === 'svg' ? 'graph' : view;
  return `${safe(datasetId)}-${safe(shown)}.${kind}`;
}

export const MIME_TYPE: Record<DownloadKind, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv;charset=utf-8',
  'csv-fields': 'text/csv;charset=utf-8',
  json: 'application/json',
  'network-csv': 'text/csv;charset=utf-8',
  'network-graphml': 'application/graphml+xml',
};
