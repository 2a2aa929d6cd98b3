/**
 * `npm run export -- FILE.json --out DIR`: writes the data set as spreadsheet
 * files, DIR/dataset.csv plus one CSV per collection (see src/model/csv/). The
 * JSON is validated first; on any error, or when DIR holds a file of the same name
 * that is not a Parley CSV, nothing is written and the exit code is 1. Nothing
 * else in DIR is touched.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, inputAndOut, readFailure } from './format';
import { datasetToCsv, isParleyCsv } from '../model/csv';
import { validate } from '../model/validate';

const USAGE = 'usage: npm run export -- FILE.json --out DIR';

function fail(line: string): number {
  console.log(line);
  console.error('nothing was written');
  return 1;
}

function main(argv: string[]): number {
  const args = inputAndOut(argv, USAGE);
  if (!args) return 1;
  const { input: file, out } = args;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return fail(`${file}:1:1: error: cannot read the file: ${readFailure(error)} (at /)`);
  }
  const { problems, data } = validate(text);
  for (const problem of problems) console.log(formatProblem(file, problem));
  if (!data) {
    console.error(`${file} has errors; nothing was written`);
    return 1;
  }
  if (existsSync(out) && !statSync(out).isDirectory()) {
    return fail(`${out}:1:1: error: --out must be a folder, and this is a file`);
  }
  const files = datasetToCsv(data);
  for (const { name } of files) {
    const path = join(out, name);
    if (existsSync(path) && !(statSync(path).isFile() && isParleyCsv(name, readFileSync(path)))) {
      return fail(
        `${path}:1:1: error: this is not a Parley CSV file, so it is not overwritten; move it away or choose another --out folder`,
      );
    }
  }
  mkdirSync(out, { recursive: true });
  // Write every file under a temporary name first, so a failure leaves no half set.
  const temporary = files.map(({ name, text: csv }) => {
    const path = join(out, `.${name}.${process.pid}.tmp`);
    writeFileSync(path, csv, 'utf8');
    return { path, final: join(out, name) };
  });
  for (const { path, final } of temporary) renameSync(path, final);
  const counts = ['sources', 'actors', 'topics', 'events', 'statements']
    .map(
      (key) =>
        `${(data as unknown as Record<string, unknown[] | undefined>)[key]?.length ?? 0} ${key}`,
    )
    .join(', ');
  console.error(`wrote ${files.map((f) => f.name).join(', ')} to ${out} (${counts})`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
