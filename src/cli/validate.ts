/**
 * `npm run validate -- FILE...`: one line per problem,
 * `FILE:LINE:COL: error|warning: MESSAGE (at /json/pointer)`; exit 0 when every
 * file is valid (warnings allowed), 1 otherwise.
 */
import { readFileSync } from 'node:fs';
import { formatProblem, readFailure } from './format';
import { validate } from '../model/validate';

function main(files: string[]): number {
  if (files.length === 0) {
    console.error('usage: npm run validate -- FILE.json [FILE.json ...]');
    return 1;
  }
  const color = process.stdout.isTTY && !process.env.NO_COLOR;
  let failed = 0;
  let warnings = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const reason = readFailure(error);
      console.log(
        formatProblem(
          file,
          {
            severity: 'error',
            message: `cannot read the file: ${reason}`,
            pointer: '',
            line: 1,
            column: 1,
          },
          color,
        ),
      );
      failed++;
      continue;
    }
    const { problems } = validate(text);
    for (const problem of problems) console.log(formatProblem(file, problem, color));
    if (problems.some((p) => p.severity === 'error')) failed++;
    warnings += problems.filter((p) => p.severity === 'warning').length;
  }
  const summary =
    `${files.length - failed} of ${files.length} file(s) valid` +
    (warnings ? `, ${warnings} warning(s)` : '');
  console.error(summary);
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
