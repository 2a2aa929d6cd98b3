/**
 * Whether an existing file may be overwritten by an export: only a Parley CSV
 * (its header row names only columns of that file) or an empty file. Anything
 * else (someone's own spreadsheet that happens to be called actors.csv) is kept.
 */
import { knownColumns } from './columns';
import { decodeCsv } from './decode';
import { parseCsv } from './parse';

export function isParleyCsv(name: string, content: Uint8Array): boolean {
  const known = knownColumns(name);
  if (!known) return false;
  const decoded = decodeCsv(name, content);
  if ('problem' in decoded) return false;
  if (decoded.text.trim() === '') return true;
  const header = parseCsv(name, decoded.text).rows[0]?.cells ?? [];
  const names = header.map((cell) => cell.trim()).filter(Boolean);
  return names.length > 0 && names.every((cell) => known.includes(cell));
}
