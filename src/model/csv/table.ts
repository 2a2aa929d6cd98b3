/**
 * One CSV file read against its expected columns: header checks (unknown,
 * duplicate and missing columns), blank rows skipped, stray cells past the last
 * column caught. Cell conversion happens later, by field type.
 */
import { didYouMean, nearest } from '../hints';
import { decodeCsv } from './decode';
import { parseCsv, type CsvRow } from './parse';
import type { CsvProblem } from './problem';

export interface Table {
  readonly file: string;
  /** 0-based cell index of each known column, by name. */
  readonly columns: ReadonlyMap<string, number>;
  /** The header row's cells, trimmed. */
  readonly headers: readonly string[];
  /** Data rows that are not blank. */
  readonly rows: readonly CsvRow[];
}

export interface TableRules {
  readonly known: readonly string[];
  readonly required: readonly string[];
  /** Groups of columns of which at least one must exist. */
  readonly oneOf?: readonly (readonly string[])[];
  /** Why a file with this header row is not read at all (one error instead of the column checks). */
  readonly refuse?: (header: readonly string[]) => string | undefined;
}

const blank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

function readTable(
  file: string,
  rows: readonly CsvRow[],
  rules: TableRules,
  problems: CsvProblem[],
): Table | undefined {
  const error = (row: number, column: number, message: string, extra: Partial<CsvProblem> = {}) =>
    problems.push({ severity: 'error', file, row, column, message, ...extra });
  const header = rows[0];
  if (!header || blank(header.cells)) {
    error(
      1,
      1,
      `the file has no header row; its first row must name the columns: ${rules.known.join(', ')}`,
    );
    return undefined;
  }
  const data = rows.slice(1).filter((row) => !blank(row.cells));
  const headers = header.cells.map((cell) => cell.trim());
  const refusal = rules.refuse?.(headers);
  if (refusal !== undefined) {
    error(1, 1, refusal);
    return undefined;
  }
  const columns = new Map<string, number>();
  const unknown: string[] = [];
  let failed = false;
  headers.forEach((name, index) => {
    const column = index + 1;
    if (name === '') {
      if (data.some((row) => (row.cells[index] ?? '').trim() !== '')) {
        problems.push({
          severity: 'warning',
          file,
          row: 1,
          column,
          message: `this column has no name in the header row; its cells are ignored`,
        });
      }
    } else if (columns.has(name)) {
      error(
        1,
        column,
        `the column "${name}" appears twice (also column ${columns.get(name)! + 1}); delete one`,
        { header: name },
      );
      failed = true;
    } else if (rules.known.includes(name)) {
      columns.set(name, index);
    } else {
      unknown.push(name);
      problems.push({
        severity: 'warning',
        file,
        row: 1,
        column,
        header: name,
        message: `unknown column "${name}"; its cells are ignored${didYouMean(name, rules.known)}`,
      });
    }
  });
  const misspelled = (name: string) => {
    const near = unknown.find((other) => nearest(other, [name]) !== undefined);
    return near === undefined ? '' : ` (is "${near}" a misspelling of it?)`;
  };
  for (const name of rules.required) {
    if (!columns.has(name)) {
      error(
        1,
        1,
        `the required column "${name}" is missing${misspelled(name)}; the columns of ${file} are ${rules.known.join(', ')}`,
      );
      failed = true;
    }
  }
  for (const group of rules.oneOf ?? []) {
    if (!group.some((name) => columns.has(name))) {
      const names = group.map((name) => `"${name}"`).join(' or ');
      error(
        1,
        1,
        `${file} needs a column ${names} (or both)${group.map(misspelled).find(Boolean) ?? ''}`,
      );
      failed = true;
    }
  }
  for (const row of data) {
    const stray = row.cells.findIndex(
      (cell, index) => index >= headers.length && cell.trim() !== '',
    );
    if (stray !== -1) {
      error(
        row.row,
        stray + 1,
        `this cell is past the last column (the header row has ${headers.length}); does a text with a comma lack its quotes?`,
        { line: row.line },
      );
      failed = true;
    }
  }
  return failed ? undefined : { file, columns, headers, rows: data };
}

/**
 * Decodes, parses and reads one file; undefined (with its problems reported) when it
 * cannot be read. `rules` may depend on the header row's cells.
 */
export function loadTable(
  file: string,
  content: Uint8Array | string,
  rules: TableRules | ((header: readonly string[]) => TableRules),
  problems: CsvProblem[],
): Table | undefined {
  const decoded = decodeCsv(file, content);
  if ('problem' in decoded) {
    problems.push(decoded.problem);
    return undefined;
  }
  const parsed = parseCsv(file, decoded.text);
  if (parsed.problem) {
    problems.push(parsed.problem);
    return undefined;
  }
  const header = (parsed.rows[0]?.cells ?? []).map((cell) => cell.trim());
  return readTable(
    file,
    parsed.rows,
    typeof rules === 'function' ? rules(header) : rules,
    problems,
  );
}

/** A trimmed cell of a row by column name; empty when the column is missing. */
export function cellOf(table: Table, row: CsvRow, column: string): string {
  const at = table.columns.get(column);
  return at === undefined ? '' : (row.cells[at] ?? '').trim();
}
