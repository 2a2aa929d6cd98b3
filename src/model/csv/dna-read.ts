/**
 * Reading discourse-network files (speakers.csv, concepts.csv, claims.csv) with
 * located problems: unknown speakers and concepts (with "did you mean"), bad dates,
 * agreements other than support/oppose, names listed twice; exact repeats of a
 * claim are kept and reported as warnings.
 */
import { parseDate } from '../dates';
import { didYouMean } from '../hints';
import type { Stance } from '../types';
import type { CsvRow } from './parse';
import { sortProblems, type CsvProblem } from './problem';
import { cellOf, loadTable, type Table } from './table';

export interface DnaInput {
  readonly name: string;
  readonly content: Uint8Array | string;
}

export interface Claim {
  readonly speaker: string;
  readonly concept: string;
  readonly stance: Stance;
  readonly date: string;
}

export interface DnaTables {
  /** Speakers by name, with their organization ("" when none); undefined without speakers.csv. */
  readonly speakers?: ReadonlyMap<string, string>;
  /** Concept names in file order; undefined without concepts.csv. */
  readonly concepts?: readonly string[];
  readonly claims: readonly Claim[];
}

export const DNA_FILES = ['speakers.csv', 'concepts.csv', 'claims.csv'] as const;

const AGREEMENT: Record<string, Stance> = {
  ...Object.fromEntries(['support', 'yes', 'agree', 'true', '1'].map((w) => [w, 'positive'])),
  ...Object.fromEntries(['oppose', 'no', 'disagree', 'false', '0'].map((w) => [w, 'negative'])),
};

type Report = (
  table: Table,
  row: CsvRow,
  column: string,
  message: string,
  warning?: boolean,
) => void;

/** Names in one column, first row wins; a name listed again is a warning. */
function names(table: Table | undefined, column: string, what: string, report: Report) {
  const rows = new Map<string, CsvRow>();
  for (const row of table?.rows ?? []) {
    const name = cellOf(table!, row, column);
    const seen = rows.get(name);
    if (name === '') report(table!, row, column, `this ${what} has no name`);
    else if (seen) {
      report(
        table!,
        row,
        column,
        `"${name}" is listed twice (also row ${seen.row}); the first row is used`,
        true,
      );
    } else rows.set(name, row);
  }
  return rows;
}

export function readDna(files: readonly DnaInput[]): {
  problems: CsvProblem[];
  tables?: DnaTables;
} {
  const problems: CsvProblem[] = [];
  const done = (tables?: DnaTables) => {
    const sorted = sortProblems(problems, DNA_FILES);
    return tables && !sorted.some((p) => p.severity === 'error')
      ? { problems: sorted, tables }
      : { problems: sorted };
  };
  const load = (name: string, required: string[]) => {
    const input = files.find((f) => f.name === name);
    // Columns beyond the ones used are expected (party codes, power scores): no warnings.
    return (
      input &&
      loadTable(
        name,
        input.content,
        (header) => ({ known: [...required, ...header], required }),
        problems,
      )
    );
  };
  const speakers = load('speakers.csv', ['name']);
  const concepts = load('concepts.csv', ['concept']);
  const claims = load('claims.csv', ['date', 'speaker', 'concept', 'agreement']);
  if (!files.some((f) => f.name === 'claims.csv')) {
    const message =
      'the file is missing; the claims (date, speaker, concept, agreement) are the data';
    problems.push({ severity: 'error', file: 'claims.csv', row: 1, column: 1, message });
  }
  if (!claims || problems.some((p) => p.severity === 'error')) return done();

  const report: Report = (table, row, column, message, warning = false) => {
    const index = table.columns.get(column) ?? 0;
    problems.push({
      severity: warning ? 'warning' : 'error',
      file: table.file,
      row: row.row,
      column: index + 1,
      header: table.headers[index]!,
      line: row.line,
      message,
    });
  };
  const speakerRows = names(speakers, 'name', 'speaker', report);
  const conceptRows = names(concepts, 'concept', 'concept', report);
  const valid: Claim[] = [];
  const firstRow = new Map<string, number>();
  for (const row of claims.rows) {
    const [speaker, concept, agreement, written] = ['speaker', 'concept', 'agreement', 'date'].map(
      (c) => cellOf(claims, row, c),
    ) as [string, string, string, string];
    // Tools export date-times without an offset; the day is what is known.
    const date = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?$/.test(written)
      ? written.slice(0, 10)
      : written;
    const stance = AGREEMENT[agreement.toLowerCase()];
    const before = problems.length;
    if (speaker === '') report(claims, row, 'speaker', 'this claim has no speaker');
    else if (speakers && !speakerRows.has(speaker)) {
      const hint = didYouMean(speaker, speakerRows.keys());
      report(claims, row, 'speaker', `unknown speaker "${speaker}" (not in speakers.csv)${hint}`);
    }
    if (concept === '') report(claims, row, 'concept', 'this claim has no concept');
    else if (concepts && !conceptRows.has(concept)) {
      const hint = didYouMean(concept, conceptRows.keys());
      report(claims, row, 'concept', `unknown concept "${concept}" (not in concepts.csv)${hint}`);
    }
    const parsed = parseDate(date);
    if (!parsed.ok)
      report(claims, row, 'date', date === '' ? 'this claim has no date' : parsed.message);
    if (!stance) {
      report(
        claims,
        row,
        'agreement',
        `agreement must be support or oppose (or yes/no, 1/0), not "${agreement}"`,
      );
    }
    if (problems.length > before || !stance) continue;
    const key = JSON.stringify([date, speaker, concept, stance]);
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, row.row);
    else {
      const message = `this claim repeats row ${first} exactly (date, speaker, concept, agreement); both are kept`;
      report(claims, row, 'speaker', message, true);
    }
    valid.push({ speaker, concept, stance, date });
  }
  return done({
    ...(speakers
      ? {
          speakers: new Map(
            [...speakerRows].map(([name, row]) => [name, cellOf(speakers, row, 'organization')]),
          ),
        }
      : {}),
    ...(concepts ? { concepts: [...conceptRows.keys()] } : {}),
    claims: valid,
  });
}
