// Offsets to lines and columns, shared by the JSON and CSV readers' messages: every
// kind of line end, the offset at the end of the text, and what the readers report
// for a lone CR (a line break, as in editors).
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/model/csv/parse';
import { JsonSyntaxError, parseJson } from '../../src/model/json';
import { lineStarts, locate } from '../../src/model/lines';

describe('lineStarts', () => {
  it.each([
    ['', [0]],
    ['abc', [0]],
    ['a\nb', [0, 2]],
    ['a\r\nb', [0, 3]],
    ['a\rb', [0, 2]],
    ['a\n', [0, 2]],
    ['\n\n', [0, 1, 2]],
    ['\r\r\n\n', [0, 1, 3, 4]],
    ['a\r\n\rb\nc', [0, 3, 4, 6]],
  ])('%j starts lines at %j', (text, starts) => {
    expect(lineStarts(text)).toEqual(starts);
  });
});

describe('locate', () => {
  it.each([
    // text, offset, line, column
    ['abc', 0, 1, 1],
    ['abc', 2, 1, 3],
    ['abc', 3, 1, 4], // the end of the text
    ['ab\ncd', 2, 1, 3], // the LF ends line 1
    ['ab\ncd', 3, 2, 1],
    ['ab\ncd', 5, 2, 3],
    ['ab\r\ncd', 2, 1, 3], // the CR of a CRLF
    ['ab\r\ncd', 3, 1, 4], // its LF, still on line 1
    ['ab\r\ncd', 4, 2, 1],
    ['ab\rcd', 2, 1, 3], // a lone CR ends line 1 too
    ['ab\rcd', 3, 2, 1],
    ['ab\rcd', 4, 2, 2],
    ['a\n', 2, 2, 1], // the end, after a final line break
    ['\n\n\n', 3, 4, 1],
    ['a\r\rb', 3, 3, 1], // two lone CRs: an empty line between
    ['\uFEFFab', 1, 1, 2], // a BOM is a code unit like any other (readers strip it first)
    ['é😀x', 3, 1, 4], // UTF-16 code units: the emoji is two
  ])('%j at %i is line %i, column %i', (text, offset, line, column) => {
    expect(locate(lineStarts(text), offset)).toEqual({ line, column });
  });
});

/** The line and column a strict-JSON syntax error is reported at. */
function jsonErrorAt(text: string): [number, number, string] {
  try {
    parseJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return [error.line, error.column, error.message];
    throw error;
  }
  throw new Error('no syntax error');
}

describe('the JSON reader counts every kind of line end', () => {
  it.each([
    ['{\n  "a": 1,\n}', 3, 1],
    ['{\r\n  "a": 1,\r\n}', 3, 1],
    ['{\r  "a": 1,\r}', 3, 1],
    ['{\r  "a": 1,\n\r\n  x}', 4, 3],
  ])('%j: error at line %i, column %i', (text, line, column) => {
    const [l, c, message] = jsonErrorAt(text);
    expect([l, c]).toEqual([line, column]);
    expect(message).toMatch(/^JSON syntax error: unexpected /);
  });

  it('locates values after lone CRs on their own lines', () => {
    const tree = parseJson('{\r"a":\r  1}');
    if (tree.type !== 'Object') throw new Error('not an object');
    expect(tree.members[0]!.name.loc.start).toEqual({ line: 2, column: 1 });
    expect(tree.members[0]!.value.loc.start).toEqual({ line: 3, column: 3 });
  });
});

describe('the CSV reader gives each row the line it starts on', () => {
  it.each([
    ['id,name\na,A\nb,B\n', [1, 2, 3]],
    ['id,name\r\na,A\r\nb,B\r\n', [1, 2, 3]],
    ['id,name\ra,A\rb,B\r', [1, 2, 3]],
    ['id,name\na,"A\r\nA"\nb,B', [1, 2, 4]],
    ['id,name\ra,"A\rA"\rb,B', [1, 2, 4]],
  ])('%j: rows on lines %j', (text, lines) => {
    expect(parseCsv('t.csv', text).rows.map((r) => r.line)).toEqual(lines);
  });
});
