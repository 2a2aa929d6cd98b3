/**
 * One field value <-> one cell, by the field's type in spec.ts.
 *
 * - text and URLs are taken verbatim (every character survives); a cell that is
 *   empty or only whitespace means the field is absent, as text is never empty;
 * - ids, references, dates, enums and the like are trimmed (none can contain
 *   whitespace, so stray spaces typed in a spreadsheet do no harm);
 * - booleans are `true`/`false`, in any letter case (spreadsheets save `TRUE`);
 * - lists follow list-cell.ts.
 *
 * Anything that does not convert is passed on as text, so the validator reports
 * it with its usual message (`"approximate" must be true or false, not "yes"`).
 */
import type { FieldType } from '../spec';
import { decodeList, encodeList } from './list-cell';

export function encodeCell(type: FieldType, value: unknown): string {
  if (value === undefined) return '';
  if (type.type === 'list') return encodeList(value as string[]);
  return String(value);
}

export function decodeCell(type: FieldType, cell: string): unknown {
  if (type.type === 'list') return decodeList(cell);
  if (cell.trim() === '') return undefined;
  switch (type.type) {
    case 'text':
    case 'url':
    case 'schema':
      return cell;
    case 'boolean': {
      const word = cell.trim().toLowerCase();
      return word === 'true' ? true : word === 'false' ? false : cell.trim();
    }
    default:
      return cell.trim();
  }
}
