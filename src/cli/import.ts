/**
 * `npm run import -- DIR --out FILE.json`: reads the CSV files written by
 * `npm run export` (and edited in a spreadsheet) back into a parley/1 file.
 * One line per problem, `DIR/FILE.csv:ROW:COL: error|warning: MESSAGE (column C
 * "name")`, rows counted as a spreadsheet shows them (the header is row 1). On any
 * error nothing is written and the exit code is 1.
 */
import { readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { csvToDataset, formatCsvProblem, type CsvInput } from '../model/csv';
import { inputAndOut, readFailure } from './format';
import type { RawDataset } from '../model/types';

const USAGE = 'usage: npm run import -- DIR --out FILE.json';

/** JSON as the repository formats it (prettier, when installed), ending in a newline. */
export async function jsonText(data: unknown, path: string): Promise<string> {
  const plain = `${JSON.stringify(data, null, 2)}\n`;
  try {
    const prettier = await import('prettier');
    const options = (await prettier.resolveConfig(path)) ?? {};
    return await prettier.format(plain, { ...options, filepath: path });
  } catch {
    return plain;
  }
}

/** Writes a file under a temporary name first, so a failure never leaves half a file. */
export function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text, 'utf8');
  renameSync(temporary, path);
}

export function summary(data: RawDataset): string {
  const raw = data as unknown as Record<string, unknown[] | undefined>;
  return ['sources', 'actors', 'topics', 'events', 'statements']
    .map((key) => `${raw[key]?.length ?? 0} ${key}`)
    .join(', ');
}

/** The .csv files of a folder, by name (case as on disk). */
function readFolder(dir: string): CsvInput[] {
  return readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.csv') && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => ({ name, content: readFileSync(join(dir, name)) }));
}

async function main(argv: string[]): Promise<number> {
  const args = inputAndOut(argv, USAGE);
  if (!args) return 1;
  const { input: dir, out } = args;
  let files: CsvInput[];
  try {
    files = readFolder(dir);
  } catch (error) {
    console.log(`${dir}:1:1: error: cannot read the folder: ${readFailure(error, 'folder')}`);
    console.error('nothing was written');
    return 1;
  }
  const { problems, data } = csvToDataset(files);
  for (const problem of problems) console.log(formatCsvProblem(join(dir, problem.file), problem));
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (!data) {
    console.error(`${errors} error(s) in ${dir}; nothing was written`);
    return 1;
  }
  writeAtomically(out, await jsonText(data, out));
  const warnings = problems.length - errors;
  console.error(`wrote ${out} (${summary(data)})${warnings ? `, ${warnings} warning(s)` : ''}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
