/**
 * The explorer's statements table as a CSV download: one row per resolved
 * statement, the table's columns in its order (Date, Speaker, About, Topic,
 * Stance, Certainty, Via, Quote or summary, Sources), names and labels rather than
 * ids; then machine columns for joining and sorting in R, pandas or a spreadsheet
 * (statement_id, date_iso: the date as written, ISO 8601 at its precision,
 * speaker_id, about_ids, topic_id: the ids the network CSV uses). This is a file
 * for reading, not for re-import (that is to-csv.ts).
 *
 * The readable columns' headers and the stance and certainty words are the
 * interface's (`words`, from the catalogue: "Datum, Sprecher, …, Haltung" and
 * "Positiv" in German); the machine columns keep their names in every language, so
 * scripts find them and the importer recognizes the file (see ./download-guard.ts).
 * For machines there is `statementFieldsCsv` (./to-csv.ts): the format's field names.
 *
 * Dates are shown as the table shows them, at their written precision in the data
 * set's language; a quote is in curly quotation marks, a summary is not, as in the
 * table. Cells that a spreadsheet would run as a formula (starting with = + - @, a
 * tab or a carriage return) get a leading apostrophe, so a downloaded file cannot
 * run anything on a reader's machine.
 */
import { formatDate } from '../dates';
import type { Certainty, Source, Stance, Statement } from '../types';
import { toCsv } from './write';

/** The readable columns, in the table's order. */
export const STATEMENT_COLUMNS = [
  'date',
  'speaker',
  'about',
  'topic',
  'stance',
  'certainty',
  'via',
  'text',
  'sources',
] as const;

export type StatementColumn = (typeof STATEMENT_COLUMNS)[number];

/** The interface's words for the readable part of the file. */
export interface StatementCsvWords {
  /** Each readable column's header ("Date", "Datum"). */
  readonly columns: Readonly<Record<StatementColumn, string>>;
  /** Stance and certainty as labels ("Positive", "Positiv"). */
  readonly stance: Readonly<Record<Stance, string>>;
  readonly certainty: Readonly<Record<Certainty, string>>;
}

/** The machine columns after the readable ones; lists are joined with "; ". */
export const STATEMENT_MACHINE_COLUMNS = [
  'statement_id',
  'date_iso',
  'speaker_id',
  'about_ids',
  'topic_id',
] as const;

/** "Publisher: Title (https://…)", as the table's source links read. */
function sourceText(source: Source): string {
  const label = source.publisher ? `${source.publisher}: ${source.title}` : source.title;
  return source.url ? `${label} (${source.url})` : label;
}

/** Neutralizes a cell a spreadsheet would treat as a formula (CSV injection). */
function inert(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function statementRow(s: Statement, locale: string, words: StatementCsvWords): string[] {
  return [
    formatDate(s.date, locale),
    s.speaker.name,
    s.about.map((actor) => actor.name).join('; '),
    s.topic?.label ?? '',
    words.stance[s.stance],
    words.certainty[s.certainty],
    s.via?.name ?? '',
    s.quote === undefined ? s.summary : `“${s.quote}”`,
    s.sources.map(sourceText).join('; '),
    s.id,
    s.date.text,
    s.speaker.id,
    s.about.map((actor) => actor.id).join('; '),
    s.topic?.id ?? '',
  ].map(inert);
}

/**
 * CSV text (UTF-8 with BOM, CRLF) of `statements` in the order given; dates in
 * `locale` (the data set's language), headers and labels in `words`.
 */
export function statementsToCsv(
  statements: readonly Statement[],
  locale: string,
  words: StatementCsvWords,
): string {
  return toCsv([
    [...STATEMENT_COLUMNS.map((column) => words.columns[column]), ...STATEMENT_MACHINE_COLUMNS],
    ...statements.map((s) => statementRow(s, locale, words)),
  ]);
}
