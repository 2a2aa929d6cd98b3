/**
 * List fields (affiliations, aliases, participants, topics, about, sources) in one
 * spreadsheet cell. The rule, chosen so any text survives and hand-typed cells
 * read naturally:
 *
 * - items are separated by semicolons; spaces (any whitespace) around an item are
 *   ignored, so `putin; trump` and `putin;trump` are the same list;
 * - a backslash before `;`, `\`, `[` or a whitespace character makes that character
 *   literal: `\;` is a semicolon inside an item, `\\` a backslash, `\ ` a space kept
 *   at an item's edge; a backslash before anything else is just a backslash
 *   (`C:\data` stays as typed);
 * - an empty cell means the field is absent; the cell `[]` means an empty list
 *   (a list whose one item is the text "[]" is written `\[]`).
 *
 * Empty items (`a;;b`, a trailing `;`) are skipped: no valid item is empty.
 */

const isSpace = (c: string): boolean => /\s/.test(c);
const escapable = (c: string): boolean => c === '\\' || c === ';' || c === '[' || isSpace(c);

export const EMPTY_LIST = '[]';

function encodeItem(item: string): string {
  let out = '';
  for (let i = 0; i < item.length; i++) {
    const c = item[i]!;
    const edge = i === 0 || i === item.length - 1;
    out += c === '\\' || c === ';' || (edge && isSpace(c)) ? `\\${c}` : c;
  }
  return out;
}

/** The cell text of a list; undefined (absent) becomes an empty cell. */
export function encodeList(items: readonly string[] | undefined): string {
  if (items === undefined) return '';
  if (items.length === 0) return EMPTY_LIST;
  const cell = items.map(encodeItem).join('; ');
  return cell === EMPTY_LIST ? `\\${EMPTY_LIST}` : cell;
}

/** The list in a cell: undefined for an empty cell, [] for `[]`. */
export function decodeList(cell: string): string[] | undefined {
  const trimmed = cell.trim();
  if (trimmed === '') return undefined;
  if (trimmed === EMPTY_LIST) return [];
  const items: string[] = [];
  // Characters of the current item; `hard` ones came from an escape and are never trimmed.
  let current: { c: string; hard: boolean }[] = [];
  const finish = () => {
    let start = 0;
    let end = current.length;
    while (start < end && !current[start]!.hard && isSpace(current[start]!.c)) start++;
    while (end > start && !current[end - 1]!.hard && isSpace(current[end - 1]!.c)) end--;
    if (end > start)
      items.push(
        current
          .slice(start, end)
          .map((x) => x.c)
          .join(''),
      );
    current = [];
  };
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    const next = cell[i + 1];
    if (c === '\\' && next !== undefined && escapable(next)) {
      current.push({ c: next, hard: true });
      i++;
    } else if (c === ';') {
      finish();
    } else {
      current.push({ c, hard: false });
    }
  }
  finish();
  return items;
}
