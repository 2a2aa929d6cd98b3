/** Terminal formatting of problems and shared argument handling, for the CLIs and the build. */
import { parseArgs } from 'node:util';
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

/**
 * Parses `INPUT --out OUTPUT` (export and import). Prints `usage` to stderr and
 * returns undefined when the arguments do not fit.
 */
export function inputAndOut(
  argv: string[],
  usage: string,
): { input: string; out: string } | undefined {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { out: { type: 'string' } },
      allowPositionals: true,
    });
    if (positionals.length === 1 && values.out) return { input: positionals[0]!, out: values.out };
  } catch {
    // unknown option or missing value: fall through to the usage line
  }
  console.error(usage);
  return undefined;
}
