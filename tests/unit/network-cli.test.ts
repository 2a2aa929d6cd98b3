// `npm run network` as a real process: the small set's networks (weights worked
// out by hand in network.test.ts), the bundled German set's tie counts (counted
// by a separate Python script straight from the JSON, see the comment there),
// and located errors with nothing written. Each spawn costs ~1 s.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'parley-network-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const SMALL = 'tests/fixtures/network/small.json';
const GERMAN = 'data/german-nuclear-2011.json';

let n = 0;
function run(...args: string[]) {
  const out = join(temp, `out${++n}`);
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/network.ts', ...args.map((a) => (a === 'OUT' ? out : a))],
    { cwd: repoRoot, encoding: 'utf8', timeout: 50_000 },
  );
  expect(result.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack traces
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    written: existsSync(out) ? readFileSync(out, 'utf8') : undefined,
  };
}

describe('npm run network', { timeout: 60_000 }, () => {
  it('the small set’s agreement network up to March, as CSV', () => {
    // network.test.ts: "2011-03" as the end gives a-b 1, a-c 2, b-c 1.
    const r = run(
      SMALL,
      '--type',
      'agreement',
      '--to',
      '2011-03',
      '--format',
      'csv',
      '--out',
      'OUT',
    );
    expect(r.status).toBe(0);
    expect(r.written).toBe(
      'source,target,weight,type\r\na,b,1,agreement\r\na,c,2,agreement\r\nb,c,1,agreement\r\n',
    );
    expect(r.stderr).toMatch(/3 agreement ties among 3 of 5 actors/);
  });

  it('a topic filter and a normalization', () => {
    // Topic t2, conflict: a-d, b-d, c-d 1; activities on t2 alone are 1 each, so
    // average normalization gives 1 / ((1 + 1) / 2) = 1.
    const r = run(
      SMALL,
      '--type',
      'conflict',
      '--topic',
      't2',
      '--normalize',
      'average',
      '--format',
      'csv',
      '--out',
      'OUT',
    );
    expect(r.status).toBe(0);
    expect(r.written).toBe(
      'source,target,weight,type,normalized\r\na,d,1,conflict,1\r\nb,d,1,conflict,1\r\nc,d,1,conflict,1\r\n',
    );
  });

  it('folded, as GraphML', () => {
    // Folded agreement: c-x 3 (network.test.ts).
    const r = run(SMALL, '--type', 'agreement', '--fold', '--format', 'graphml', '--out', 'OUT');
    expect(r.status).toBe(0);
    expect(r.written).toContain('<edge id="e1" source="c" target="x">');
    expect(r.written).toContain('<data key="weight">3</data>');
    expect(r.written).toContain('<data key="label">Party &lt;X&gt; &amp; &quot;Söhne&quot;</data>');
  });

  // Counted independently with Python from data/german-nuclear-2011.json: per
  // topic, each speaker's set of stances; a pair's agreement is the size of the
  // intersection summed over topics, conflict the (P, N) and (N, P) pairs. Whole
  // range: 8,480 agreement ties (weights summing to 11,049) among 334 actors,
  // 4,243 conflict ties (4,855). April 2011: 762 agreement ties, 329 conflict.
  it.each([
    ['agreement', [], 8480, 11049],
    ['conflict', [], 4243, 4855],
    ['agreement', ['--from', '2011-04', '--to', '2011-04'], 762, 900],
    ['conflict', ['--from', '2011-04-01', '--to', '2011-04-30'], 329, 340],
  ] as const)('the German set: %s %j', (type, window, ties, total) => {
    const r = run(GERMAN, '--type', type, ...window, '--format', 'csv', '--out', 'OUT');
    expect(r.status).toBe(0);
    const rows = r.written!.trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(ties);
    expect(rows.reduce((sum, row) => sum + Number(row.split(',')[2]), 0)).toBe(total);
    console.log(`German ${type} ${window.join(' ') || 'whole range'}: ${r.stderr.trim()}`);
  });

  it.each([
    [
      ['--type', 'agrement'],
      /^error: --type must be one of agreement, conflict, balance, not "agrement"; did you mean "agreement"\?$/m,
    ],
    [['--type', 'agreement', '--normalize', 'cosin'], /did you mean "cosine"\?/],
    [['--type', 'agreement', '--from', '2011-02-30'], /^error: --from "2011-02-30": .+/m],
    [
      ['--type', 'agreement', '--from', '2011-05', '--to', '2011-04'],
      /--to 2011-04 is before --from 2011-05/,
    ],
    [
      ['--type', 'agreement', '--topic', 't4'],
      /^error: --topic "t4" is not a topic of .*small\.json; did you mean "t1"\?$/m,
    ],
  ])('refuses %j, writing nothing', (options, message) => {
    const r = run(
      SMALL,
      ...options,
      ...(options.includes('--format') ? [] : ['--format', 'csv']),
      '--out',
      'OUT',
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.written).toBeUndefined();
  });

  it('reports a broken data file with located errors', () => {
    const broken = join(temp, 'broken.json');
    writeFileSync(
      broken,
      '{\n  "format": "parley/1",\n  "id": "x",\n  "title": "X",\n  "actors": []\n}\n',
    );
    const r = run(broken, '--type', 'agreement', '--format', 'csv', '--out', 'OUT');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^.*broken\.json:5:\d+: error: .+ \(at \/actors\)$/m);
    expect(r.written).toBeUndefined();
  });

  it('a missing file', () => {
    const r = run('nope.json', '--type', 'agreement', '--format', 'csv', '--out', 'OUT');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('nope.json:1:1: error: cannot read the file: no such file (at /)\n');
  });
});
