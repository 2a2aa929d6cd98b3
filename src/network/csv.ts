/**
 * "Network (CSV)": one row per tie, `source,target,weight,type`, plus `normalized`
 * when a normalization is chosen. Every tie of the network is written, before any
 * display threshold; `weight` is always the raw count. Written by the project's CSV
 * writer (RFC 4180 quoting, CRLF), without a byte order mark: the cells are ids,
 * numbers and type names (ASCII), and a BOM would reach R's `read.csv` as part of
 * the first column's name.
 */
import { toCsv } from '../model/csv/write';
import type { Normalization, Tie } from './types';

export const NETWORK_CSV_COLUMNS = ['source', 'target', 'weight', 'type'] as const;

export function networkCsv(ties: readonly Tie[], normalization: Normalization = 'none'): string {
  const normalized = normalization !== 'none';
  const header = [...NETWORK_CSV_COLUMNS, ...(normalized ? ['normalized'] : [])];
  const rows = ties.map((t) => [
    t.source,
    t.target,
    String(t.weight),
    t.type,
    ...(normalized ? [String(t.normalized)] : []),
  ]);
  return toCsv([header, ...rows], { bom: false });
}
