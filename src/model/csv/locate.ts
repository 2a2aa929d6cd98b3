/**
 * Validation problems (located by JSON pointer in the data set built from the CSV
 * files) mapped back to the file, row and column they came from:
 * `/statements/3/speaker` → statements.csv, the row of the fourth statement, the
 * "speaker" column; `/title` → dataset.csv, the title row's value. Pointers inside
 * messages ("already used by another statement at /statements/2") become rows too.
 */
import type { Problem } from '../types';
import { DATASET_FILE, fileOf, type Collection } from './columns';
import type { CsvProblem } from './problem';
import type { Table } from './table';

export interface Sources {
  /** dataset.csv, and the row of each of its keys. */
  readonly dataset: Table;
  readonly datasetRows: ReadonlyMap<string, number>;
  /** The table each collection was read from; record i is rows[i]. */
  readonly tables: ReadonlyMap<Collection, Table>;
}

function tokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const isCollection = (sources: Sources, name: string | undefined): name is Collection =>
  name !== undefined && sources.tables.has(name as Collection);

/** Rewrites `/actors/2` in a message as `actors.csv row 4`. */
function rewritePointers(message: string, sources: Sources): string {
  return message.replace(
    /\/([a-z]+)\/(\d+)(?:\/[^\s),]*)?/g,
    (whole, name: string, index: string) => {
      if (!isCollection(sources, name)) return whole;
      const row = sources.tables.get(name)!.rows[Number(index)]?.row;
      return row === undefined ? whole : `${fileOf(name)} row ${row}`;
    },
  );
}

/** The first quoted name in a message that is a column of the table, if any. */
function namedColumn(message: string, table: Table): string | undefined {
  for (const match of message.matchAll(/"([^"]+)"/g)) {
    if (table.columns.has(match[1]!)) return match[1];
  }
  return undefined;
}

function cell(
  table: Table,
  index: number,
  field: string | undefined,
): Omit<CsvProblem, 'severity' | 'message'> {
  const row = table.rows[index];
  const at = field === undefined ? undefined : table.columns.get(field);
  return {
    file: table.file,
    row: row?.row ?? 1,
    column: at === undefined ? 1 : at + 1,
    ...(at === undefined ? {} : { header: table.headers[at] }),
    ...(row ? { line: row.line } : {}),
  };
}

export function locateProblem(problem: Problem, sources: Sources): CsvProblem {
  const [first, second, third] = tokens(problem.pointer);
  const message = rewritePointers(problem.message, sources);
  const base = { severity: problem.severity, message };
  if (isCollection(sources, first)) {
    const table = sources.tables.get(first)!;
    if (second === undefined) return { ...base, file: table.file, row: 1, column: 1 };
    return {
      ...base,
      ...cell(table, Number(second), third ?? namedColumn(problem.message, table)),
    };
  }
  const row = first === undefined ? undefined : sources.datasetRows.get(first);
  if (row !== undefined) {
    const value = sources.dataset.columns.get('value')!;
    return {
      ...base,
      file: DATASET_FILE,
      row,
      column: value + 1,
      header: sources.dataset.headers[value],
    };
  }
  return { ...base, file: DATASET_FILE, row: 1, column: 1 };
}
