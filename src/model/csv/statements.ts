/**
 * The explorer's statements table as a CSV download: one row per resolved
 * statement, the table's columns in its order (Date, Speaker, About, Topic,
 * Stance, Certainty, Via, Quote or summary, Sources), names and labels rather than
 * ids; then machine columns for joining and sorting in R, pandas or a spreadsheet
 * (statement_id, date_iso: the date as written, ISO 8601 at its precision,
 * speaker_id, about_ids, topic_id: the ids the network CSV uses). This is a file
 * for reading, not for re-import (that is to-csv.ts).
 *
 * Dates are shown as the table shows them, at their written precision in the data
 * set's language; a quote is in curly quotation marks, a summary is not, as in the
 * table. Cells that a spreadsheet would run as a formula (starting with = + - @, a
 * tab or a carriage return) get a leading apostrophe, so a downloaded file cannot
 * run anything on a reader's machine.
 */
import { formatDate } from '../dates';
import type { Source, Statement } from '../types';
import { toCsv } from './write';

export const STATEMENT_COLUMNS = [
  'Date',
  'Speaker',
  'About',
  'Topic',
  'Stance',
  'Certainty',
  'Via',
  'Quote or summary',
  'Sources',
] as const;

/** The machine columns after the readable ones; lists are joined with "; ". */
export const STATEMENT_MACHINE_COLUMNS = [
  'statement_id',
  'date_iso',
  'speaker_id',
  'about_ids',
  'topic_id',
] as const;

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** "Publisher: Title (https://…)", as the table's source links read. */
function sourceText(source: Source): string {
  const label = source.publisher ? `${source.publisher}: ${source.title}` : source.title;
  return source.url ? `${label} (${source.url})` : label;
}

/** Neutralizes a cell a spreadsheet would treat as a formula (CSV injection). */
function inert(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function statementRow(s: Statement, locale: string): string[] {
  return [
    formatDate(s.date, locale),
    s.speaker.name,
    s.about.map((actor) => actor.name).join('; '),
    s.topic?.label ?? '',
    capitalized(s.stance),
    capitalized(s.certainty),
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

/** CSV text (UTF-8 with BOM, CRLF) of `statements` in the order given. */
export function statementsToCsv(statements: readonly Statement[], locale: string): string {
  return toCsv([
    [...STATEMENT_COLUMNS, ...STATEMENT_MACHINE_COLUMNS],
    ...statements.map((s) => statementRow(s, locale)),
  ]);
}
