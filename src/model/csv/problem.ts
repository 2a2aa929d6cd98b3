/**
 * A problem found in a CSV file, located as a spreadsheet shows it: row 1 is the
 * header row, and a row is a record (a quoted cell with line breaks makes one row
 * span several lines of the file, so rows are counted, not lines).
 */
import type { Severity } from '../types';

export interface CsvProblem {
  readonly severity: Severity;
  /** The file's name inside the folder, e.g. "statements.csv". */
  readonly file: string;
  /** 1-based row as a spreadsheet shows it; the header is row 1. */
  readonly row: number;
  /** 1-based column. */
  readonly column: number;
  /** The column's header name, when the problem is about one column. */
  readonly header?: string;
  /** 1-based line of the file where the problem is, when it differs from the row. */
  readonly line?: number;
  readonly message: string;
}

/** Spreadsheet column letters: 1 → A, 26 → Z, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * `PATH:ROW:COL: error|warning: MESSAGE (column C "speaker", line 9 of the file)`,
 * the validate CLI's `FILE:LINE:COL: severity: message` shape with rows for lines.
 */
export function formatCsvProblem(path: string, problem: CsvProblem): string {
  const notes: string[] = [];
  if (problem.header !== undefined) {
    notes.push(`column ${columnLetters(problem.column)} "${problem.header}"`);
  }
  if (problem.line !== undefined && problem.line !== problem.row) {
    notes.push(`line ${problem.line} of the file`);
  }
  const suffix = notes.length > 0 ? ` (${notes.join(', ')})` : '';
  return `${path}:${problem.row}:${problem.column}: ${problem.severity}: ${problem.message}${suffix}`;
}

/** Orders problems by file (in `files` order, others last), then row, then column. */
export function sortProblems(
  problems: readonly CsvProblem[],
  files: readonly string[],
): CsvProblem[] {
  const rank = (file: string) => {
    const at = files.indexOf(file);
    return at === -1 ? files.length : at;
  };
  return [...problems].sort(
    (a, b) =>
      rank(a.file) - rank(b.file) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.row - b.row ||
      a.column - b.column,
  );
}
