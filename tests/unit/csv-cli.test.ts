// `npm run export` and `npm run import` as real processes: the round trip on every
// data set in data/, located errors for each broken fixture (with nothing written),
// and an export that will not overwrite someone else's file. Each spawn costs
// ~0.5 s, so there are few: two per data set, one per broken case, two more.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'parley-csv-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const LINE = /^(.+):(\d+):(\d+): (error|warning): (.+)$/;

function run(cli: 'export' | 'import', ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${cli}.ts`, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 50_000,
  });
  const lines = result.stdout.split('\n').filter(Boolean);
  for (const line of lines) expect(line).toMatch(LINE);
  expect(result.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack traces
  return { status: result.status, lines, stderr: result.stderr };
}

const dataSets = readdirSync(join(repoRoot, 'data'))
  .filter((name) => name.endsWith('.json'))
  .sort();

// Generous timeouts: on a busy machine one spawn can take several seconds.
describe('npm run export / import', { timeout: 60_000 }, () => {
  it.each(dataSets)('round-trips data/%s exactly', (name) => {
    const dir = join(temp, name.replace(/\.json$/, ''));
    const back = join(temp, `back-${name}`);
    const exported = run('export', `data/${name}`, '--out', dir);
    expect(exported.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      'actors.csv',
      'dataset.csv',
      'events.csv',
      'sources.csv',
      'statements.csv',
      'topics.csv',
    ]);
    const imported = run('import', dir, '--out', back);
    expect(imported.status).toBe(0);
    expect(imported.lines).toEqual([]);
    expect(JSON.parse(readFileSync(back, 'utf8'))).toStrictEqual(
      JSON.parse(readFileSync(join(repoRoot, 'data', name), 'utf8')),
    );
  });

  it('round-trips both bundled data sets', () => {
    expect(dataSets).toEqual(
      expect.arrayContaining(['alaska-summit-2025.json', 'german-nuclear-2011.json']),
    );
  });

  const broken = [
    'bad-enum',
    'unknown-reference',
    'missing-required-column',
    'unbalanced-quote',
    'wrong-encoding',
    // The explorer's readable download (German, saved again by German Excel with
    // semicolons) in place of statements.csv: one clear refusal.
    'readable-download',
  ];

  it.each(broken)('reports %s at its file, row and column, writes nothing and exits 1', (name) => {
    const dir = `tests/fixtures/csv/broken/${name}`;
    const out = join(temp, `${name}.json`);
    const result = run('import', dir, '--out', out);
    expect(result.status).toBe(1);
    const expected = readFileSync(join(repoRoot, dir, 'expected.txt'), 'utf8')
      .split('\n')
      .filter(Boolean);
    expect(result.lines).toEqual(expected.map((line) => `${dir}/${line}`));
    expect(result.stderr).toMatch(/nothing was written/);
    expect(existsSync(out)).toBe(false);
  });

  it('will not overwrite a file that is not a Parley CSV, and writes nothing', () => {
    const dir = join(temp, 'occupied');
    mkdirSync(dir);
    writeFileSync(join(dir, 'actors.csv'), 'Name,Phone\nAnna,123\n');
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const result = run('export', 'data/alaska-summit-2025.json', '--out', dir);
    expect(result.status).toBe(1);
    expect(result.lines).toEqual([
      `${join(dir, 'actors.csv')}:1:1: error: this is not a Parley CSV file, so it is not overwritten; move it away or choose another --out folder`,
    ]);
    expect(readdirSync(dir).sort()).toEqual(['actors.csv', 'notes.txt']);
    expect(readFileSync(join(dir, 'actors.csv'), 'utf8')).toBe('Name,Phone\nAnna,123\n');
  });

  it('prints usage and exits 1 without --out', () => {
    const result = run('import', 'tests/fixtures/csv/valid');
    expect(result.status).toBe(1);
    expect(result.lines).toEqual([]);
    expect(result.stderr).toMatch(/usage: npm run import -- DIR --out FILE\.json/);
  });
});
