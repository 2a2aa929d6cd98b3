/**
 * CSV files back to a data set: decode (UTF-8 only), parse (papaparse), check each
 * file's header and rows, convert cells by field type, then run the parley/1
 * validator on the result and map every problem back to its file, row and column.
 * Any error means no data: a half-read data set is never returned.
 */
import { didYouMean } from '../hints';
import { DATASET, RECORDS } from '../spec';
import type { RawDataset } from '../types';
import { validate } from '../validate';
import { decodeCell } from './cells';
import {
  COLLECTION_NAMES,
  CSV_FILES,
  DATASET_COLUMNS,
  DATASET_FILE,
  DATASET_KEYS,
  columnsOf,
  fieldType,
  fileOf,
  kindOf,
  requiredColumns,
  type Collection,
} from './columns';
import { readableDownload } from './download-guard';
import { EMPTY_LIST } from './list-cell';
import { locateProblem, type Sources } from './locate';
import { sortProblems, type CsvProblem } from './problem';
import { loadTable, type Table } from './table';

export interface CsvInput {
  /** The file's name inside the folder, e.g. "actors.csv". */
  readonly name: string;
  /** The file's bytes (checked to be UTF-8), or already decoded text. */
  readonly content: Uint8Array | string;
}

export interface ImportResult {
  readonly problems: readonly CsvProblem[];
  /** The data set, present when there are no errors (warnings allowed). */
  readonly data?: RawDataset;
}

/** Collections whose file may be missing (the collection is then absent). */
const OPTIONAL_FILES = new Set(COLLECTION_NAMES.filter((c) => c !== 'actors').map(fileOf));

function readFile(
  input: CsvInput | undefined,
  name: string,
  problems: CsvProblem[],
): Table | undefined {
  if (!input) {
    if (!OPTIONAL_FILES.has(name)) {
      problems.push({
        severity: 'error',
        file: name,
        row: 1,
        column: 1,
        message: `the file is missing; a data set needs ${name === DATASET_FILE ? 'dataset.csv (format, id, title, …)' : 'actors.csv with at least one actor'}`,
      });
    }
    return undefined;
  }
  if (name === DATASET_FILE) {
    return loadTable(
      name,
      input.content,
      { known: DATASET_COLUMNS, required: DATASET_COLUMNS },
      problems,
    );
  }
  const collection = COLLECTION_NAMES.find((c) => fileOf(c) === name)!;
  const spec = RECORDS[kindOf(collection)];
  return loadTable(
    name,
    input.content,
    {
      known: columnsOf(collection),
      required: requiredColumns(name),
      ...(spec.oneOf ? { oneOf: spec.oneOf } : {}),
      refuse: readableDownload,
    },
    problems,
  );
}

/** The top-level values in dataset.csv, and which empty collections it marks with `[]`. */
function readDataset(table: Table, problems: CsvProblem[]) {
  const values = new Map<string, unknown>();
  const empty = new Set<Collection>();
  const rows = new Map<string, number>();
  const keyAt = table.columns.get('key')!;
  const valueAt = table.columns.get('value')!;
  const known = [...DATASET_KEYS, ...COLLECTION_NAMES];
  for (const row of table.rows) {
    const key = (row.cells[keyAt] ?? '').trim();
    const value = row.cells[valueAt] ?? '';
    const at = (index: number, message: string, severity: 'error' | 'warning' = 'error') =>
      problems.push({
        severity,
        file: DATASET_FILE,
        row: row.row,
        column: index + 1,
        header: table.headers[index],
        line: row.line,
        message,
      });
    if (key === '') {
      at(
        keyAt,
        'this row has a value but no key; write the field name (title, description, …) in the key column',
      );
    } else if (rows.has(key)) {
      at(keyAt, `the key "${key}" appears twice (also row ${rows.get(key)}); keep one`);
    } else if ((COLLECTION_NAMES as readonly string[]).includes(key)) {
      rows.set(key, row.row);
      if (value.trim() === EMPTY_LIST) empty.add(key as Collection);
      else if (value.trim() !== '') {
        at(
          valueAt,
          `"${key}" are rows of ${key}.csv; the only value allowed here is [] (present but empty)`,
        );
      }
    } else if (DATASET_KEYS.includes(key)) {
      rows.set(key, row.row);
      const decoded = decodeCell(DATASET.fields[key]!.type, value);
      if (decoded !== undefined) values.set(key, decoded);
    } else {
      at(keyAt, `unknown key "${key}"; the row is ignored${didYouMean(key, known)}`, 'warning');
    }
  }
  return { values, empty, rows };
}

function readRecords(collection: Collection, table: Table): Record<string, unknown>[] {
  return table.rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const field of columnsOf(collection)) {
      const at = table.columns.get(field);
      if (at === undefined) continue;
      const value = decodeCell(fieldType(collection, field), row.cells[at] ?? '');
      if (value !== undefined) record[field] = value;
    }
    return record;
  });
}

export function csvToDataset(files: readonly CsvInput[]): ImportResult {
  const problems: CsvProblem[] = [];
  const byName = new Map(files.map((file) => [file.name, file]));
  for (const file of files) {
    if (!CSV_FILES.includes(file.name)) {
      problems.push({
        severity: 'warning',
        file: file.name,
        row: 1,
        column: 1,
        message: `this file is not read; a data set's files are ${CSV_FILES.join(', ')}${didYouMean(file.name, CSV_FILES)}`,
      });
    }
  }
  const dataset = readFile(byName.get(DATASET_FILE), DATASET_FILE, problems);
  const tables = new Map<Collection, Table>();
  for (const collection of COLLECTION_NAMES) {
    const name = fileOf(collection);
    const table = readFile(byName.get(name), name, problems);
    if (table) tables.set(collection, table);
  }
  const actors = tables.get('actors');
  if (actors && actors.rows.length === 0) {
    problems.push({
      severity: 'error',
      file: actors.file,
      row: 2,
      column: 1,
      message: 'actors.csv has no rows; a data set needs at least one actor',
    });
  }
  const top = dataset ? readDataset(dataset, problems) : undefined;
  const done = (data?: RawDataset): ImportResult => {
    const sorted = sortProblems(problems, CSV_FILES);
    return data ? { problems: sorted, data } : { problems: sorted };
  };
  if (!dataset || !top || problems.some((p) => p.severity === 'error')) return done();

  // Fields in DATA-FORMAT.md order, so the JSON reads like a hand-written file.
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(DATASET.fields)) {
    const collection = COLLECTION_NAMES.find((c) => c === key);
    if (collection === undefined) {
      if (top.values.has(key)) out[key] = top.values.get(key);
      continue;
    }
    const table = tables.get(collection);
    if (table && table.rows.length > 0) out[key] = readRecords(collection, table);
    else if (top.empty.has(collection)) out[key] = [];
  }
  const { problems: found, data } = validate(JSON.stringify(out));
  const sources: Sources = { dataset, datasetRows: top.rows, tables };
  problems.push(...found.map((problem) => locateProblem(problem, sources)));
  return done(data);
}
