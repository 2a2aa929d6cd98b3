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

/** Why a file or folder could not be read, in words (from a Node file-system error). */
export function readFailure(error: unknown, what: 'file' | 'folder' = 'file'): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return `no such ${what}`;
    case 'EISDIR':
      return 'is a folder';
    case 'ENOTDIR':
      return 'is not a folder';
    default:
      return String(code ?? error);
  }
}
