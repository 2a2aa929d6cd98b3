/** Terminal formatting of problems, shared by the CLI and the build. */
import type { Problem } from '../model/types';

export function formatProblem(file: string, problem: Problem, color = false): string {
  const severity = color
    ? problem.severity === 'error'
      ? '\u001b[31merror\u001b[39m'
      : '\u001b[33mwarning\u001b[39m'
    : problem.severity;
  return `${file}:${problem.line}:${problem.column}: ${severity}: ${problem.message} (at ${problem.pointer || '/'})`;
}
