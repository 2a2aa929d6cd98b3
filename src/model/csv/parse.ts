/**
 * Reading CSV text into rows with their spreadsheet positions, with papaparse (a
 * well-kept parser; no hand-written quote handling). Accepts comma, semicolon or
 * tab as the separator (German Excel saves with semicolons), chosen from the
 * header row; any line ends; a leading BOM.
 */
import Papa from 'papaparse';
import { lineStarts, locate } from '../lines';
import type { CsvProblem } from './problem';

export interface CsvRow {
  /** 1-based row as a spreadsheet shows it (the header is row 1). */
  readonly row: number;
  /** 1-based line of the file where the row starts. */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface ParsedCsv {
  /** Every row, the header first; blank rows included (they count in row numbers). */
  readonly rows: readonly CsvRow[];
  /** A broken quote, at most one: after it the rows cannot be trusted. */
  readonly problem?: CsvProblem;
}

const SEPARATORS = [',', ';', '\t'] as const;

/** The separator used most often in the first line outside quotes; a comma by default. */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (SEPARATORS as readonly string[]).includes(c)) {
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  let best = ',';
  for (const separator of SEPARATORS) {
    if ((counts.get(separator) ?? 0) > (counts.get(best) ?? 0)) best = separator;
  }
  return best;
}

/** The 1-based line of each offset. */
function lineFinder(text: string): (offset: number) => number {
  const starts = lineStarts(text);
  return (offset) => locate(starts, offset).line;
}

function parseRows(
  text: string,
  separator: string,
): { rows: string[][]; starts: number[]; quoteError?: Papa.ParseError } {
  const rows: string[][] = [];
  const starts: number[] = [];
  let start = 0;
  let quoteError: Papa.ParseError | undefined;
  Papa.parse<string[]>(text, {
    delimiter: separator,
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
    step(result) {
      rows.push(result.data);
      starts.push(start);
      start = result.meta.cursor;
      quoteError ??= result.errors.find((e) => e.type === 'Quotes');
    },
  });
  // Papaparse reports the newline that ends the file as one more, empty row.
  if (rows.length > 0 && starts.at(-1) === text.length && rows.at(-1)!.join('') === '') {
    rows.pop();
    starts.pop();
  }
  return quoteError ? { rows, starts, quoteError } : { rows, starts };
}

export function parseCsv(file: string, source: string): ParsedCsv {
  const text = source.replace(/^\uFEFF/, '');
  const separator = detectSeparator(text);
  const { rows, starts, quoteError } = parseRows(text, separator);
  const lineAt = lineFinder(text);
  const result = rows.map((cells, i) => ({ row: i + 1, line: lineAt(starts[i]!), cells }));
  if (!quoteError) return { rows: result };
  // Papaparse gives the offset just after the cell's opening quote.
  const quote = Math.max(0, (quoteError.index ?? 1) - 1);
  let at = starts.length - 1;
  while (at > 0 && starts[at]! > quote) at--;
  const before = parseRows(text.slice(starts[at] ?? 0, quote), separator).rows;
  const column = Math.max(1, before.at(-1)?.length ?? 1);
  const message =
    quoteError.code === 'MissingQuotes'
      ? 'this cell opens a quote that is never closed, so the rest of the file reads as one cell; add the closing " (a quote inside a quoted cell is written twice: "")'
      : 'the quotes in this cell do not pair up: a quoted cell must end with a quote right before the next separator or line end, and a quote inside it is written twice ("")';
  const header = at > 0 ? rows[0]?.[column - 1]?.trim() : undefined;
  return {
    rows: result,
    problem: {
      severity: 'error',
      file,
      row: at + 1,
      column,
      ...(header ? { header } : {}),
      line: lineAt(quote),
      message,
    },
  };
}

/** The row and column where `prefix` (the text before some position) ends. */
export function positionAfter(prefix: string): {
  row: number;
  column: number;
  line: number;
  header?: string;
} {
  const text = prefix.replace(/^\uFEFF/, '');
  const { rows } = parseRows(text, detectSeparator(text));
  const endsRow = text === '' || /[\r\n]$/.test(text);
  const last = rows.at(-1);
  const row = endsRow ? rows.length + 1 : Math.max(1, rows.length);
  const column = endsRow || !last ? 1 : last.length;
  const header = row > 1 ? rows[0]?.[column - 1]?.trim() : undefined;
  return { row, column, line: lineFinder(text)(text.length), ...(header ? { header } : {}) };
}
