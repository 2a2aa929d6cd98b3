/**
 * Which CSV files a data set becomes and which columns each has, derived from the
 * format spec (spec.ts) so the field lists are written down once: one file per
 * collection, its header cells the field names in DATA-FORMAT.md order, plus
 * dataset.csv with one key,value row per top-level field.
 */
import { COLLECTIONS, DATASET, RECORDS, type FieldType, type RecordKind } from '../spec';

export type Collection = keyof typeof COLLECTIONS;

export const DATASET_FILE = 'dataset.csv';
export const DATASET_COLUMNS = ['key', 'value'] as const;

/** The collections in DATA-FORMAT.md order: sources, actors, topics, events, statements. */
export const COLLECTION_NAMES: readonly Collection[] = Object.keys(DATASET.fields).filter(
  (key): key is Collection => Object.hasOwn(COLLECTIONS, key),
);

/** Top-level fields that are single values (format, id, title, …), in DATA-FORMAT.md order. */
export const DATASET_KEYS: readonly string[] = Object.keys(DATASET.fields).filter(
  (key) => !Object.hasOwn(COLLECTIONS, key),
);

export function fileOf(collection: Collection): string {
  return `${collection}.csv`;
}

/** Every file name import reads, dataset.csv first. */
export const CSV_FILES: readonly string[] = [DATASET_FILE, ...COLLECTION_NAMES.map(fileOf)];

export function kindOf(collection: Collection): RecordKind {
  return COLLECTIONS[collection];
}

/** The header row of a collection's file: the record's field names in spec order. */
export function columnsOf(collection: Collection): string[] {
  return Object.keys(RECORDS[kindOf(collection)].fields);
}

export function fieldType(collection: Collection, field: string): FieldType {
  return RECORDS[kindOf(collection)].fields[field]!.type;
}

/** The columns a file cannot do without: the record's required fields (dataset.csv: key and value). */
export function requiredColumns(file: string): string[] {
  if (file === DATASET_FILE) return [...DATASET_COLUMNS];
  const collection = collectionOfFile(file);
  if (!collection) return [];
  const spec = RECORDS[kindOf(collection)];
  return Object.keys(spec.fields).filter((field) => spec.fields[field]!.required);
}

/** All header names a file may have, or undefined for a file Parley does not read. */
export function knownColumns(file: string): readonly string[] | undefined {
  if (file === DATASET_FILE) return DATASET_COLUMNS;
  const collection = collectionOfFile(file);
  return collection ? columnsOf(collection) : undefined;
}

function collectionOfFile(file: string): Collection | undefined {
  return COLLECTION_NAMES.find((c) => fileOf(c) === file);
}
