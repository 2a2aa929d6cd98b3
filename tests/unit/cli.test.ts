// `npm run validate -- FILE...` as a real process (docs/ARCHITECTURE.md, "Contracts"): exit codes, one
// `FILE:LINE:COL: error|warning: MESSAGE (at /json/pointer)` line per problem, no stack
// traces, no colour when stdout is not a terminal. Each spawn costs ~0.4 s, so each
// test validates several files at once.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const ESC = String.fromCharCode(27);
const LINE = /^(.+):(\d+):(\d+): (error|warning): (.+) \(at (\/.*)?\)$/;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  lines: string[];
}

/** Runs the CLI (`node --import tsx`, twice as fast as `npx tsx`) with stdout on a pipe. */
function cli(...args: string[]): Run {
  const env = { ...process.env };
  delete env.NO_COLOR;
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/validate.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env,
    timeout: 50_000,
  });
  const lines = result.stdout.split('\n').filter((line) => line !== '');
  // Every run: well-formed problem lines, no stack traces, no ANSI colour codes.
  for (const line of lines) expect(line, 'stdout line').toMatch(LINE);
  for (const stream of [result.stdout, result.stderr]) {
    expect(stream).not.toMatch(/at .*\.ts:\d+/);
    expect(stream.includes(`${ESC}[`), 'ANSI colour code').toBe(false);
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines };
}

const jsonFiles = (folder: string) =>
  readdirSync(new URL(folder, new URL('../../', import.meta.url)))
    .filter((name) => name.endsWith('.json') && name !== 'expected.json')
    .sort()
    .map((name) => `${folder}/${name}`);

interface Expected {
  pointer: string;
  line?: number;
}
const expected = (folder: string) =>
  JSON.parse(
    readFileSync(new URL(`${folder}/expected.json`, new URL('../../', import.meta.url)), 'utf8'),
  ) as Record<string, Expected[]>;

function parsed(line: string) {
  const [, file, row, column, severity, message, pointer] = LINE.exec(line)!;
  // The CLI prints the whole document's pointer "" as "/".
  const at = pointer === undefined || pointer === '/' ? '' : pointer;
  return { file, line: Number(row), column: Number(column), severity, message, pointer: at };
}

// Generous timeout: on a busy machine (CI runs test files in parallel) one spawn can
// take several seconds.
describe('validate CLI', { timeout: 60_000 }, () => {
  it('exits 0 and prints nothing on stdout for valid files', () => {
    const files = [...jsonFiles('data'), ...jsonFiles('tests/fixtures/valid')];
    expect(files).toContain('data/alaska-summit-2025.json');
    const run = cli(...files);
    expect(run.status).toBe(0);
    expect(run.lines).toEqual([]);
    expect(run.stderr).toContain(`${files.length} of ${files.length} file(s) valid`);
  });

  it('exits 0 for files with only warnings, printing a warning line for each', () => {
    const files = jsonFiles('tests/fixtures/warnings');
    const run = cli(...files);
    expect(run.status).toBe(0);
    const problems = run.lines.map(parsed);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    for (const [name, wanted] of Object.entries(expected('tests/fixtures/warnings'))) {
      for (const want of wanted) {
        expect(
          problems.some(
            (p) =>
              p.file === `tests/fixtures/warnings/${name}` &&
              p.pointer === want.pointer &&
              (want.line === undefined || p.line === want.line),
          ),
          `${name} ${want.pointer}`,
        ).toBe(true);
      }
    }
    expect(run.lines.join('\n')).toMatch(
      /unknown-key\.json:\d+:\d+: warning: .*"speeker".*did you mean "speaker"\? \(at \/statements\/0\/speeker\)/,
    );
    expect(run.stderr).toMatch(/warning/);
  });

  it('exits 1 for invalid files, with a located error line for each expected problem', () => {
    const files = jsonFiles('tests/fixtures/invalid');
    const run = cli(...files);
    expect(run.status).toBe(1);
    const problems = run.lines.map(parsed);
    for (const [name, wanted] of Object.entries(expected('tests/fixtures/invalid'))) {
      const file = `tests/fixtures/invalid/${name}`;
      for (const want of wanted) {
        expect(
          problems.some(
            (p) =>
              p.file === file &&
              p.severity === 'error' &&
              p.pointer === want.pointer &&
              (want.line === undefined || p.line === want.line),
          ),
          `${name}: error at ${want.pointer || '/'}`,
        ).toBe(true);
      }
    }
    // The whole document is "(at /)", never "(at )".
    expect(run.lines).toContain(
      'tests/fixtures/invalid/empty.json:1:1: error: the file is empty; a parley/1 file is one JSON object ({…}) (at /)',
    );
    expect(run.stderr).toContain(`0 of ${files.length} file(s) valid`);
  });

  it('exits 1 when one of several files is invalid, still reporting on all of them', () => {
    const run = cli(
      'data/alaska-summit-2025.json',
      'tests/fixtures/invalid/wrong-kind-reference.json',
      'tests/fixtures/warnings/unknown-key.json',
    );
    expect(run.status).toBe(1);
    expect(run.lines.map((line) => parsed(line).file)).toEqual([
      'tests/fixtures/invalid/wrong-kind-reference.json',
      'tests/fixtures/warnings/unknown-key.json',
    ]);
    expect(run.lines[0]).toMatch(/:43:35: error: .* \(at \/events\/0\/participants\/1\)$/);
    expect(run.stderr).toContain('2 of 3 file(s) valid');
  });

  it('exits 1 with a clear message for a missing file or a folder', () => {
    const run = cli('no/such/file.json', 'tests/fixtures', 'data/alaska-summit-2025.json');
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([
      'no/such/file.json:1:1: error: cannot read the file: no such file (at /)',
      'tests/fixtures:1:1: error: cannot read the file: is a folder (at /)',
    ]);
  });

  it('exits 1 with usage when no files are given', () => {
    const run = cli();
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/usage: npm run validate -- FILE\.json/);
  });
});
