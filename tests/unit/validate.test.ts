// The validator (src/model/validate.ts) against fixtures that each say which problems
// they must produce: tests/fixtures/invalid/expected.json and tests/fixtures/warnings/expected.json.
// Folders are read at test time, so a new fixture or data set is covered without editing this file.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/model/types';
import { validate } from '../../src/model/validate';

interface Expected {
  pointer: string;
  /** A fragment of the message, or a regular expression written as "/…/". */
  message: string;
  line?: number;
  column?: number;
}

const root = new URL('../../', import.meta.url);
const folder = (path: string) => new URL(path, root);
const read = (url: URL) => readFileSync(url, 'utf8');
const jsonFiles = (path: string) =>
  readdirSync(folder(path))
    .filter((name) => name.endsWith('.json') && name !== 'expected.json')
    .sort();
const expectations = (path: string) =>
  JSON.parse(read(folder(`${path}/expected.json`))) as Record<string, Expected[]>;

function matches(message: string, pattern: string): boolean {
  const regex = /^\/(.*)\/([a-z]*)$/s.exec(pattern);
  return regex ? new RegExp(regex[1]!, regex[2]).test(message) : message.includes(pattern);
}

/** The problem the expectation describes, or a failure listing what was reported instead. */
function find(
  problems: readonly Problem[],
  want: Expected,
  severity: Problem['severity'],
): Problem {
  const hit = problems.find(
    (p) =>
      p.pointer === want.pointer &&
      p.severity === severity &&
      matches(p.message, want.message) &&
      (want.line === undefined || p.line === want.line) &&
      (want.column === undefined || p.column === want.column),
  );
  const reported = problems
    .map((p) => `  ${p.line}:${p.column} ${p.severity} ${p.message} (at ${p.pointer || '/'})`)
    .join('\n');
  expect(hit, `expected ${severity} ${JSON.stringify(want)}; reported:\n${reported}`).toBeDefined();
  return hit!;
}

const invalid = expectations('tests/fixtures/invalid');
const warnings = expectations('tests/fixtures/warnings');

describe('invalid fixtures', () => {
  it('each have expectations, and every expectation has a fixture', () => {
    expect(Object.keys(invalid).sort()).toEqual(jsonFiles('tests/fixtures/invalid'));
    expect(jsonFiles('tests/fixtures/invalid').length).toBeGreaterThanOrEqual(34);
  });

  it.each(Object.entries(invalid))('%s', (name, wanted) => {
    const result = validate(read(folder(`tests/fixtures/invalid/${name}`)));
    expect(result.data).toBeUndefined();
    expect(wanted.length).toBeGreaterThan(0);
    for (const want of wanted) find(result.problems, want, 'error');
    for (const p of result.problems) {
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeGreaterThanOrEqual(1);
      expect(p.message).not.toMatch(/undefined|\[object |this this/);
    }
  });

  it('puts the topic listed as a participant at exactly /events/0/participants/1', () => {
    const { problems } = validate(read(folder('tests/fixtures/invalid/wrong-kind-reference.json')));
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.pointer)).toEqual([
      '/events/0/participants/1',
    ]);
  });
});

describe('warnings fixtures', () => {
  it('each have expectations', () => {
    expect(Object.keys(warnings).sort()).toEqual(jsonFiles('tests/fixtures/warnings'));
  });

  it.each(Object.entries(warnings))('%s is valid, with warnings', (name, wanted) => {
    const result = validate(read(folder(`tests/fixtures/warnings/${name}`)));
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.data).toBeDefined();
    for (const want of wanted) find(result.problems, want, 'warning');
  });
});

describe('valid files', () => {
  const files = [
    ...jsonFiles('data').map((name) => `data/${name}`),
    ...jsonFiles('tests/fixtures/valid').map((name) => `tests/fixtures/valid/${name}`),
  ];

  it('include the seed data set', () => {
    expect(files).toContain('data/alaska-summit-2025.json');
  });

  it.each(files)('%s validates with no errors', (path) => {
    const result = validate(read(folder(path)));
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.data).toBeDefined();
    expect(result.data?.format).toBe('parley/1');
  });
});

describe('validate', () => {
  it('collects every problem, not just the first', () => {
    const { problems } = validate(read(folder('tests/fixtures/invalid/many-errors.json')));
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.pointer)).toEqual([
      '/format',
      '/sources/0/url',
      '/actors/0/kind',
      '/events/0/start',
      '/statements/0/speaker',
      '/statements/0/stance',
    ]);
  });

  it('reports problems in file order', () => {
    const { problems } = validate(read(folder('tests/fixtures/invalid/many-errors.json')));
    const order = problems.map((p) => p.line * 10_000 + p.column);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('accepts the minimal example of DATA-FORMAT.md', () => {
    const example = {
      format: 'parley/1',
      id: 'example',
      title: 'Example',
      actors: [
        { id: 'a', name: 'Country A', kind: 'state' },
        { id: 'b', name: 'Leader of B', kind: 'person', role: 'President' },
      ],
      events: [{ id: 'talks', title: 'Talks in Geneva', start: '2025-03-01' }],
      statements: [
        {
          id: 's1',
          speaker: 'b',
          about: ['a'],
          stance: 'negative',
          summary: 'B accused A of stalling.',
          quote: 'They are stalling.',
          event: 'talks',
        },
      ],
    };
    const result = validate(JSON.stringify(example, null, 2));
    expect(result.problems).toEqual([]);
    expect(result.data).toEqual(example);
  });

  it('accepts a byte-order mark and years long before 1970', () => {
    const text = `\uFEFF${JSON.stringify({
      format: 'parley/1',
      id: 'treaty',
      title: 'A treaty',
      actors: [{ id: 'a', name: 'A', kind: 'state' }],
      events: [{ id: 'signing', title: 'Signing', start: '1872', end: '1872-05-08' }],
    })}`;
    expect(validate(text).problems).toEqual([]);
  });

  it('counts nesting outside strings only, past escaped quotes', () => {
    const brackets = `${'[{'.repeat(100)} \\" ${'['.repeat(100)}`;
    const text = JSON.stringify({
      format: 'parley/1',
      id: 'x',
      title: brackets,
      actors: [{ id: 'a', name: 'A "[[[[" \\', kind: 'state' }],
    });
    expect(validate(text).problems).toEqual([]);
    const nested = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    const tooDeep = validate(`{"format":"parley/1","x":${nested(64)}}`).problems;
    expect(tooDeep.map((p) => p.message).join()).toMatch(/nest/i);
    const deepEnough = validate(`{"format":"parley/1","x":${nested(63)}}`).problems;
    expect(deepEnough.map((p) => p.message).join()).not.toMatch(/nest/i);
  });

  const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
  const weird: [string, string][] = [
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"x"'],
    ['an open brace', '{'],
    ['an empty list', '[]'],
    ['an empty object', '{}'],
    ['null actors', '{"actors": null}'],
    ['a 10,000-deep list', deep],
    [
      'a 10,000-deep list inside a valid data set',
      `{"format":"parley/1","id":"x","title":"X","actors":[{"id":"a","name":"A","kind":"state"}],"x":${deep}}`,
    ],
    ['an unclosed 10,000-deep list', '['.repeat(10_000)],
    ['binary garbage', '\u0000\u0001\u0002\uFFFD\u00FF\u0080PK\u0003\u0004{"a'],
    ['a lone surrogate', '\uD800'],
    [
      'keys named like Object.prototype members',
      '{"__proto__": 1, "constructor": {}, "toString": [], "actors": [{"hasOwnProperty": 1, "valueOf": 2}]}',
    ],
    ['whitespace only', ' \n\t '],
    ['two documents', '{} {}'],
    ['only a comment', '// nothing'],
    ['a huge string', `{"format": "${'x'.repeat(100_000)}"}`],
    [
      'numbers where records belong',
      '{"format":"parley/1","id":1,"title":2,"actors":[3],"events":[4],"statements":[5]}',
    ],
  ];

  it.each(weird)('never throws on %s', (_, text) => {
    const result = validate(text);
    expect(result.data).toBeUndefined();
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeGreaterThanOrEqual(1);
      expect(p.severity).toMatch(/^(error|warning)$/);
      expect(p.message.length).toBeLessThan(400);
    }
  });

  const syntax: [string, RegExp, string][] = [
    ['{', /the file ends too early/, '1:2'],
    ['{"a":1,', /the file ends too early/, '1:8'],
    ['{"a": [1, 2,\n]}', /unexpected "\]" \(a trailing comma before it\?\)/, '2:1'],
    ['{"a":}', /unexpected "\}" \(a missing value before it\?\)/, '1:6'],
    ['{"a": [1 2]}', /unexpected number \(a missing comma before it\?\)/, '1:10'],
    ['{"a": {"b":1} "c":2}', /unexpected string \(a missing comma before it\?\)/, '1:15'],
    ['{"a" "b"}', /unexpected string \(a missing ":" before it\?\)/, '1:6'],
    ['{"a":1}}', /after the end of the data \(one "\}" or "\]" too many\?\)/, '1:8'],
    ['{} {}', /after the end of the data \(a file holds one JSON object\)/, '1:4'],
    ['{"a": tru}', /unexpected word 'tru' \(text needs double quotes/, '1:7'],
    ['{"a": True}', /unexpected word 'True' \(text needs double quotes/, '1:7'],
    ['{"a": "tab\there"}', /a tab inside a string \(write \\t instead\)/, '1:11'],
  ];

  it.each(syntax)('explains the JSON syntax error in %j', (text, message, at) => {
    const { problems, data } = validate(text);
    expect(data).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^JSON syntax error: /);
    expect(problems[0]?.message).toMatch(message);
    expect(`${problems[0]?.line}:${problems[0]?.column}`).toBe(at);
  });

  it('explains deep nesting instead of leaking a stack overflow', () => {
    const [problem] = validate(deep).problems;
    expect(problem?.message).toMatch(/nested more than \d+ levels/);
    expect(problem?.message).not.toMatch(/call stack/i);
  });
});
