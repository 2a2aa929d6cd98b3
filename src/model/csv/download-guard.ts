/**
 * The explorer's "Statements as CSV" is a file for reading: names instead of ids,
 * stance and certainty in the interface's language, a quote in place of the summary,
 * its headers in that language too ("Datum, Sprecher, …"). None of that maps back to
 * the format without guessing, so import refuses it with one clear message rather
 * than a dozen about unknown and missing columns. It is recognized by its machine
 * columns, which keep their names in every language (./statements.ts).
 */
import { STATEMENT_MACHINE_COLUMNS } from './statements';

/** The refusal for a header row of the readable download; undefined for any other header. */
export function readableDownload(header: readonly string[]): string | undefined {
  const names = new Set(header.map((cell) => cell.trim()));
  if (names.has('id') || !STATEMENT_MACHINE_COLUMNS.every((column) => names.has(column))) {
    return undefined;
  }
  return (
    'this is the explorer\'s "Statements as CSV" download, a file for reading ' +
    "(names instead of ids, headers and words in the page's language), which import cannot read back; " +
    'download "Statements as CSV (field names)" instead, or take statements.csv from npm run export'
  );
}
