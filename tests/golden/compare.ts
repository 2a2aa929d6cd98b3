/**
 * A picture against its golden file, as Observable Plot does it: the normalized
 * text is compared with tests/golden/<name>.svg; on a mismatch the new text is
 * written beside it as <name>-changed.svg (for a diff, or to open in a browser)
 * and the test fails saying how to accept it. A missing golden file fails too.
 * `PARLEY_GOLDEN=accept` (npm run golden:accept) writes the golden files instead.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const GOLDEN_DIR = new URL('.', import.meta.url).pathname;
export const ACCEPT_COMMAND = 'npm run golden:accept';

export const accepting = (env: NodeJS.ProcessEnv = process.env) => env.PARLEY_GOLDEN === 'accept';

export interface GoldenResult {
  /** True when the text is the golden file's (or was just written as it). */
  readonly ok: boolean;
  /** What happened, in words: the failure message when not ok. */
  readonly message: string;
}

export interface GoldenOptions {
  /** Where the golden files are; tests/golden by default. */
  readonly dir?: string;
  /** Write the golden file instead of comparing; PARLEY_GOLDEN=accept by default. */
  readonly accept?: boolean;
  /** The -changed file's name when it is not `name` (a second case checked against the same golden). */
  readonly changedAs?: string;
}

/**
 * Compares `actual` (already normalized) with the golden file `name`.svg in `dir`,
 * or writes it when `accept` is true. A -changed file left by an earlier run is
 * removed once the picture matches or is accepted.
 */
export function compareGolden(
  name: string,
  actual: string,
  { dir = GOLDEN_DIR, accept = accepting(), changedAs = name }: GoldenOptions = {},
): GoldenResult {
  const golden = join(dir, `${name}.svg`);
  const changed = join(dir, `${changedAs}-changed.svg`);
  const expected = existsSync(golden) ? readFileSync(golden, 'utf8') : undefined;
  if (accept) {
    mkdirSync(dir, { recursive: true });
    if (expected !== actual) writeFileSync(golden, actual);
    rmSync(changed, { force: true });
    const verb = expected === undefined ? 'written' : expected === actual ? 'unchanged' : 'updated';
    return { ok: true, message: `${name}.svg ${verb}` };
  }
  if (expected === actual) {
    rmSync(changed, { force: true });
    return { ok: true, message: `${name}.svg matches` };
  }
  writeFileSync(changed, actual);
  const what =
    expected === undefined
      ? `there is no golden file ${name}.svg yet`
      : `the picture differs from ${name}.svg (${firstDifference(expected, actual)})`;
  return {
    ok: false,
    message:
      `${what}; the new one is in ${relative(process.cwd(), changed)}. ` +
      `If the change is intended, run \`${ACCEPT_COMMAND}\` and commit the golden files.`,
  };
}

/** Where two texts first differ, by line: "line N: A → B". */
export function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line < 0 ? a.length : line;
  const show = (text: string | undefined) =>
    text === undefined ? '(end of file)' : JSON.stringify(text.trim().slice(0, 120));
  return `line ${at + 1}: ${show(a[at])} → ${show(b[at])}`;
}
