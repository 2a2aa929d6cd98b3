/**
 * A data set as CSV files: dataset.csv (key,value rows for the top-level fields)
 * and one file per collection, always all five, so every file is there to fill in.
 *
 * Absent and empty are kept apart: a collection file without rows means the
 * collection is absent, unless dataset.csv has the row `events,[]` (present but
 * empty); an empty cell means an absent field, `[]` an empty list.
 */
import { DATASET } from '../spec';
import type { RawDataset, RawStatement } from '../types';
import { encodeCell } from './cells';
import {
  COLLECTION_NAMES,
  DATASET_COLUMNS,
  DATASET_FILE,
  DATASET_KEYS,
  columnsOf,
  fieldType,
  fileOf,
  type Collection,
} from './columns';
import { EMPTY_LIST } from './list-cell';
import { toCsv } from './write';

interface CsvTable {
  readonly name: string;
  readonly rows: readonly (readonly string[])[];
}

export interface CsvText {
  readonly name: string;
  readonly text: string;
}

function datasetTables(data: RawDataset): CsvTable[] {
  const raw = data as unknown as Record<string, unknown>;
  const top: string[][] = [[...DATASET_COLUMNS]];
  for (const key of DATASET_KEYS) {
    if (raw[key] !== undefined) top.push([key, encodeCell(DATASET.fields[key]!.type, raw[key])]);
  }
  for (const collection of COLLECTION_NAMES) {
    const records = raw[collection] as unknown[] | undefined;
    if (records?.length === 0) top.push([collection, EMPTY_LIST]);
  }
  const tables: CsvTable[] = [{ name: DATASET_FILE, rows: top }];
  for (const collection of COLLECTION_NAMES) {
    const records = (raw[collection] ?? []) as Record<string, unknown>[];
    tables.push({ name: fileOf(collection), rows: collectionRows(collection, records) });
  }
  return tables;
}

/** A collection's header row (its field names) and one row per record. */
function collectionRows(
  collection: Collection,
  records: readonly Record<string, unknown>[],
): string[][] {
  const columns = columnsOf(collection);
  const rows = records.map((record) =>
    columns.map((column) => encodeCell(fieldType(collection, column), record[column])),
  );
  return [columns, ...rows];
}

/** The CSV files of a (validated) data set, UTF-8 text with a BOM. */
export function datasetToCsv(data: RawDataset): CsvText[] {
  return datasetTables(data).map(({ name, rows }) => ({ name, text: toCsv(rows) }));
}

/**
 * The explorer's "Statements as CSV (field names)": the statements with the ids in
 * `ids` (the ones on screen, in that order), as `npm run export` writes
 * statements.csv: the format's field names in DATA-FORMAT.md order in every
 * interface language, the values as written in the file (ids, stance and certainty
 * keywords, dates as written, absent fields empty). For scripts, and for the
 * spreadsheet round trip: it can stand in for an exported folder's statements.csv.
 */
export function statementFieldsCsv(data: RawDataset, ids: readonly string[]): string {
  const byId = new Map((data.statements ?? []).map((s) => [s.id, s]));
  const records = ids.map((id) => byId.get(id)).filter((s): s is RawStatement => s !== undefined);
  return toCsv(collectionRows('statements', records as unknown as Record<string, unknown>[]));
}
