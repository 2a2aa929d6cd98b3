// Comparing a picture with its golden file (tests/golden/compare.ts), in a
// throwaway folder: match, mismatch (a -changed file and how to accept), missing,
// and accepting.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accepting, compareGolden, firstDifference } from '../golden/compare';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-golden-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const changedPath = (name: string) => relative(process.cwd(), join(dir, name));

describe('compareGolden', () => {
  it('passes when the text is the golden file’s, and removes a stale -changed file', () => {
    writeFileSync(join(dir, 'seed.svg'), '<svg>\n</svg>\n');
    writeFileSync(join(dir, 'seed-changed.svg'), 'old');
    expect(compareGolden('seed', '<svg>\n</svg>\n', { dir, accept: false })).toEqual({
      ok: true,
      message: 'seed.svg matches',
    });
    expect(existsSync(join(dir, 'seed-changed.svg'))).toBe(false);
  });

  it('fails on a difference, writes <name>-changed.svg and says how to accept', () => {
    writeFileSync(join(dir, 'seed.svg'), '<svg>\n  <text x="1">A</text>\n</svg>\n');
    const actual = '<svg>\n  <text x="2">A</text>\n</svg>\n';
    expect(compareGolden('seed', actual, { dir, accept: false })).toEqual({
      ok: false,
      message:
        'the picture differs from seed.svg (line 2: "<text x=\\"1\\">A</text>" → "<text x=\\"2\\">A</text>"); ' +
        `the new one is in ${changedPath('seed-changed.svg')}. ` +
        'If the change is intended, run `npm run golden:accept` and commit the golden files.',
    });
    expect(read('seed-changed.svg')).toBe(actual);
    expect(read('seed.svg')).toBe('<svg>\n  <text x="1">A</text>\n</svg>\n');
  });

  it('fails when there is no golden file, and writes the -changed file under another name if asked', () => {
    const result = compareGolden('seed', '<svg/>\n', { dir, accept: false, changedAs: 'worker' });
    expect(result.ok).toBe(false);
    expect(result.message).toBe(
      `there is no golden file seed.svg yet; the new one is in ${changedPath('worker-changed.svg')}. ` +
        'If the change is intended, run `npm run golden:accept` and commit the golden files.',
    );
    expect(read('worker-changed.svg')).toBe('<svg/>\n');
    expect(existsSync(join(dir, 'seed.svg'))).toBe(false);
  });

  it('writes the golden file when accepting, and says whether it changed', () => {
    writeFileSync(join(dir, 'seed-changed.svg'), 'old');
    expect(compareGolden('seed', 'one\n', { dir, accept: true }).message).toBe('seed.svg written');
    expect(compareGolden('seed', 'one\n', { dir, accept: true }).message).toBe(
      'seed.svg unchanged',
    );
    expect(compareGolden('seed', 'two\n', { dir, accept: true })).toEqual({
      ok: true,
      message: 'seed.svg updated',
    });
    expect(read('seed.svg')).toBe('two\n');
    expect(existsSync(join(dir, 'seed-changed.svg'))).toBe(false);
  });
});

describe('firstDifference', () => {
  it.each([
    ['a\nb\nc\n', 'a\nB\nc\n', 'line 2: "b" → "B"'],
    ['a\n', 'a\nb\n', 'line 2: "" → "b"'],
    ['a\nb\n', 'a\n', 'line 2: "b" → ""'],
    ['a\nb\n', 'a', 'line 2: "b" → (end of file)'],
    ['a', 'a\n', 'line 2: (end of file) → ""'],
  ])('%j against %j: %s', (expected, actual, where) => {
    expect(firstDifference(expected, actual)).toBe(where);
  });
});

describe('accepting', () => {
  it.each([
    [{ PARLEY_GOLDEN: 'accept' }, true],
    [{ PARLEY_GOLDEN: '1' }, false],
    [{}, false],
  ])('%j: %s', (env, expected) => {
    expect(accepting(env)).toBe(expected);
  });
});
