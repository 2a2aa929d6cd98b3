// The pieces of the spreadsheet format: list cells, cell values, CSV writing and
// reading, UTF-8 checking and problem formatting.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decodeCell, encodeCell } from '../../src/model/csv/cells';
import { decodeCsv, firstInvalidUtf8 } from '../../src/model/csv/decode';
import { decodeList, encodeList } from '../../src/model/csv/list-cell';
import { detectSeparator, parseCsv } from '../../src/model/csv/parse';
import { columnLetters, formatCsvProblem } from '../../src/model/csv/problem';
import { csvCell, toCsv } from '../../src/model/csv/write';

describe('list cells', () => {
  it.each<[string[] | undefined, string]>([
    [undefined, ''],
    [[], '[]'],
    [['putin'], 'putin'],
    [['putin', 'trump'], 'putin; trump'],
    [['Trump; D.'], 'Trump\\; D.'],
    [['C:\\data'], 'C:\\\\data'],
    [[' x '], '\\ x\\ '],
    [[' '], '\\ '],
    [['[]'], '\\[]'],
    [['[]', 'x'], '[]; x'],
    [['line\nbreak', '😀'], 'line\nbreak; 😀'],
  ])('%j ⇄ %j', (items, cell) => {
    expect(encodeList(items)).toBe(cell);
    expect(decodeList(cell)).toEqual(items);
  });

  it.each<[string, string[] | undefined]>([
    ['putin;trump', ['putin', 'trump']],
    ['  putin ;  trump ; ', ['putin', 'trump']],
    ['a;;b', ['a', 'b']],
    ['C:\\data', ['C:\\data']],
    ['   ', undefined],
    [' [] ', []],
    [';', []],
  ])('reads the hand-typed cell %j as %j', (cell, items) => {
    expect(decodeList(cell)).toEqual(items);
  });

  it('keeps any list of non-empty items (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1 })), (items) => {
        expect(decodeList(encodeList(items))).toEqual(items);
      }),
      { seed: 1882, numRuns: 500 },
    );
  });
});

describe('cell values', () => {
  const text = { type: 'text' } as const;
  const bool = { type: 'boolean' } as const;
  const ref = { type: 'ref', to: 'actor' } as const;

  it('takes text verbatim and treats a blank cell as absent', () => {
    expect(decodeCell(text, '  spaced, "quoted"\n ')).toBe('  spaced, "quoted"\n ');
    expect(decodeCell(text, ' \t ')).toBeUndefined();
    expect(encodeCell(text, undefined)).toBe('');
  });

  it('trims ids and references, which never contain whitespace', () => {
    expect(decodeCell(ref, ' putin ')).toBe('putin');
  });

  it('reads booleans in any letter case and passes anything else on for the validator', () => {
    expect([
      decodeCell(bool, 'true'),
      decodeCell(bool, 'FALSE'),
      decodeCell(bool, ' True '),
    ]).toEqual([true, false, true]);
    expect(decodeCell(bool, 'yes')).toBe('yes');
    expect(encodeCell(bool, false)).toBe('false');
  });
});

describe('writing and reading CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['a;b', '"a;b"'],
    ['two\nlines', '"two\nlines"'],
    [' edge', '" edge"'],
    ['', ''],
  ])('quotes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes UTF-8 text with a BOM and CRLF line ends', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe('\uFEFFa,b\r\n1,2\r\n');
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
  });

  it('is read back cell for cell, by papaparse and by parseCsv (property)', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('"', ',', '\r\n', '\n', '\r', ' x ', ';', ''),
    );
    const rows = fc.integer({ min: 1, max: 4 }).chain((width) =>
      fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
        minLength: 1,
        maxLength: 5,
      }),
    );
    fc.assert(
      fc.property(rows, (table) => {
        fc.pre(table[0]!.join('') !== ''); // a header row is never blank
        const text = toCsv(table);
        expect(parseCsv('t.csv', text).rows.map((r) => r.cells)).toEqual(table);
        expect(Papa.parse(text.slice(1), { delimiter: ',' }).data.slice(0, table.length)).toEqual(
          table,
        );
      }),
      { seed: 1872, numRuns: 300 },
    );
  });

  it('counts rows as a spreadsheet does: a cell with line breaks is one row over several lines', () => {
    const { rows } = parseCsv('t.csv', 'id,summary\r\na,"one\r\ntwo\nthree"\r\n\r\nb,x\r\n');
    expect(rows.map(({ row, line }) => [row, line])).toEqual([
      [1, 1],
      [2, 2],
      [3, 5],
      [4, 6],
    ]);
  });

  it.each([
    ['id,name,kind\n', ','],
    ['id;name;kind\r\n', ';'],
    ['id\tname\tkind\n', '\t'],
    ['"a,b";c;d\n', ';'],
    ['id\n', ','],
  ])('finds the separator of %j', (text, separator) => {
    expect(detectSeparator(text)).toBe(separator);
  });

  it('locates an unclosed quote at its row, column and line', () => {
    const { problem } = parseCsv('events.csv', 'id,title\na,"one\ntwo"\nb,"never closed\nc,x\n');
    expect(problem).toMatchObject({ row: 3, column: 2, line: 4, header: 'title' });
    expect(problem!.message).toMatch(/never closed/);
  });
});

describe('UTF-8', () => {
  it.each([
    [[0x61, 0x62], -1],
    [[0x61, 0xe4, 0x62], 1],
    [[0xc3, 0xa4, 0xff], 2],
    [[0xc0, 0x80], 0], // overlong
    [[0xed, 0xa0, 0x80], 0], // a surrogate
    [[0xe2, 0x82], 0], // cut short
    [[0xf0, 0x9f, 0x98, 0x80], -1], // 😀
  ])('the first invalid byte of %j is at %i', (bytes, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(offset);
  });

  it('drops a BOM and refuses UTF-16', () => {
    expect(decodeCsv('a.csv', Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: 'a' });
    const utf16 = decodeCsv('a.csv', Uint8Array.from([0xff, 0xfe, 0x61, 0x00]));
    expect('problem' in utf16 && utf16.problem.message).toMatch(/UTF-16/);
  });

  it('locates the first Latin-1 byte by row and column, and names the character', () => {
    const bytes = Uint8Array.from(
      [...'id,label\r\nx,"a\nb"\r\ny,Z'].map((c) => c.charCodeAt(0)).concat([0xf6, 0x6c]),
    );
    const decoded = decodeCsv('topics.csv', bytes);
    expect('problem' in decoded && decoded.problem).toMatchObject({
      row: 3,
      column: 2,
      line: 4,
      header: 'label',
    });
    expect('problem' in decoded && decoded.problem.message).toMatch(
      /byte 0xF6 here is "ö" in Windows-1252/,
    );
  });
});

describe('problem lines', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
  ])('column %i is %s', (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
  });

  it('read FILE:ROW:COL: severity: message (column, line)', () => {
    const problem = {
      severity: 'error',
      file: 'statements.csv',
      row: 7,
      column: 2,
      header: 'speaker',
      line: 9,
      message: 'unknown actor "putn"',
    } as const;
    expect(formatCsvProblem('out/statements.csv', problem)).toBe(
      'out/statements.csv:7:2: error: unknown actor "putn" (column B "speaker", line 9 of the file)',
    );
    expect(formatCsvProblem('x.csv', { ...problem, line: 7, header: undefined })).toBe(
      'x.csv:7:2: error: unknown actor "putn"',
    );
  });
});
