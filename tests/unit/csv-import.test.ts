// Importing spreadsheet files: every broken fixture in tests/fixtures/csv/broken gives
// exactly the lines in its expected.txt; hand-written files from other spreadsheets
// (semicolons, TRUE, no BOM, blank rows) read as meant; absent and empty stay apart.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvToDataset, formatCsvProblem, type CsvInput } from '../../src/model/csv';
import { isParleyCsv } from '../../src/model/csv/guard';

const FIXTURES = 'tests/fixtures/csv';

function folder(path: string): CsvInput[] {
  return readdirSync(path)
    .filter((name) => name.endsWith('.csv'))
    .map((name) => ({ name, content: readFileSync(`${path}/${name}`) }));
}

const lines = (inputs: CsvInput[]) =>
  csvToDataset(inputs).problems.map((p) => formatCsvProblem(p.file, p));

/** The valid fixture's files with some replaced, added (text) or removed (null). */
function variant(changes: Record<string, string | null>): CsvInput[] {
  const files = folder(`${FIXTURES}/valid`).filter((f) => !(f.name in changes));
  for (const [name, text] of Object.entries(changes))
    if (text !== null) files.push({ name, content: text });
  return files;
}

const MINIMAL = {
  'dataset.csv': 'key,value\nformat,parley/1\nid,t\ntitle,T\n',
  'actors.csv': 'id,name,kind\na,A,person\nb,B,state\n',
  'sources.csv': null,
  'topics.csv': null,
  'events.csv': null,
  'statements.csv': null,
};

describe('broken CSV fixtures', () => {
  const cases = readdirSync(`${FIXTURES}/broken`).sort();

  it('cover the required cases', () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        'bad-enum',
        'unknown-reference',
        'missing-required-column',
        'unbalanced-quote',
        'wrong-encoding',
      ]),
    );
  });

  it.each(cases)('%s gives the lines in its expected.txt and no data', (name) => {
    const path = `${FIXTURES}/broken/${name}`;
    const expected = readFileSync(`${path}/expected.txt`, 'utf8').split('\n').filter(Boolean);
    const result = csvToDataset(folder(path));
    expect(result.problems.map((p) => formatCsvProblem(p.file, p))).toEqual(expected);
    expect(result.data).toBeUndefined();
  });
});

describe('reading spreadsheets', () => {
  it('reads the valid fixture as its expected.json', () => {
    const result = csvToDataset(folder(`${FIXTURES}/valid`));
    expect(result.problems).toEqual([]);
    expect(result.data).toStrictEqual(
      JSON.parse(readFileSync(`${FIXTURES}/valid/expected.json`, 'utf8')),
    );
  });

  it('reads files saved by German Excel: semicolons, no BOM, TRUE, stray spaces and blank rows', () => {
    const result = csvToDataset(
      variant({
        ...MINIMAL,
        'actors.csv': 'id;name;kind;aliases\r\na;A;person;"A1 ; A2"\r\n;;;\r\n b ;B;state;\r\n',
        'events.csv': 'id;title;start;approximate;participants\r\ne;Talks;2025-03;TRUE;a;\r\n',
      }),
    );
    expect(result.problems).toEqual([]);
    expect(result.data).toStrictEqual({
      format: 'parley/1',
      id: 't',
      title: 'T',
      actors: [
        { id: 'a', name: 'A', kind: 'person', aliases: ['A1', 'A2'] },
        { id: 'b', name: 'B', kind: 'state' },
      ],
      events: [
        { id: 'e', title: 'Talks', start: '2025-03', participants: ['a'], approximate: true },
      ],
    });
  });

  it('keeps absent collections and lists absent, and empty ones empty', () => {
    const result = csvToDataset(
      variant({
        ...MINIMAL,
        'dataset.csv': 'key,value\nformat,parley/1\nid,t\ntitle,T\nevents,[]\n',
        'actors.csv': 'id,name,kind,affiliations,aliases\na,A,person,[],\nb,B,state,,\n',
        'events.csv': 'id,title,start\n',
        'topics.csv': 'id,label\n',
      }),
    );
    expect(result.problems).toEqual([]);
    expect(result.data).toStrictEqual({
      format: 'parley/1',
      id: 't',
      title: 'T',
      actors: [
        { id: 'a', name: 'A', kind: 'person', affiliations: [] },
        { id: 'b', name: 'B', kind: 'state' },
      ],
      events: [],
    });
  });

  it('maps a validation error in a cell with line breaks to its row, not its line', () => {
    expect(
      lines(
        variant({
          ...MINIMAL,
          'statements.csv':
            'id,speaker,about,stance,summary,date\ns1,a,b,positive,"two\nlines",2025\ns2,,b,positive,x,2025\n',
        }),
      ),
    ).toEqual([
      'statements.csv:3:2: error: this statement is missing the required field "speaker" (column B "speaker", line 4 of the file)',
    ]);
  });

  it('reports missing files, rows without actors, stray cells and files it does not read', () => {
    expect(lines([{ name: 'statement.csv', content: 'id\n' }])).toEqual([
      'dataset.csv:1:1: error: the file is missing; a data set needs dataset.csv (format, id, title, …)',
      'actors.csv:1:1: error: the file is missing; a data set needs actors.csv with at least one actor',
      'statement.csv:1:1: warning: this file is not read; a data set\'s files are dataset.csv, sources.csv, actors.csv, topics.csv, events.csv, statements.csv; did you mean "statements.csv"?',
    ]);
    expect(lines(variant({ ...MINIMAL, 'actors.csv': 'id,name,kind\n' }))).toEqual([
      'actors.csv:2:1: error: actors.csv has no rows; a data set needs at least one actor',
    ]);
    expect(
      lines(variant({ ...MINIMAL, 'actors.csv': 'id,name,kind\na,Smith, John,person\n' })),
    ).toEqual([
      'actors.csv:2:4: error: this cell is past the last column (the header row has 3); does a text with a comma lack its quotes?',
    ]);
  });

  it('reports a duplicate column and a statement file without "about" or "topic"', () => {
    expect(
      lines(
        variant({
          ...MINIMAL,
          'topics.csv': 'id,label,id\n',
          'statements.csv': 'id,speaker,stance,summary,date\n',
        }),
      ),
    ).toEqual([
      'topics.csv:1:3: error: the column "id" appears twice (also column 1); delete one (column C "id")',
      'statements.csv:1:1: error: statements.csv needs a column "about" or "topic" (or both)',
    ]);
  });

  it('maps top-level problems to dataset.csv', () => {
    expect(
      lines(
        variant({
          ...MINIMAL,
          'dataset.csv': 'key,value\nformat,parley/2\nid,t\nid,u\ntitle,T\nevents,x\n',
        }),
      ),
    ).toEqual([
      'dataset.csv:4:1: error: the key "id" appears twice (also row 3); keep one (column A "key")',
      'dataset.csv:6:2: error: "events" are rows of events.csv; the only value allowed here is [] (present but empty) (column B "value")',
    ]);
    expect(
      lines(variant({ ...MINIMAL, 'dataset.csv': 'key,value\nformat,parley/2\nid,t\n' })),
    ).toEqual([
      'dataset.csv:1:1: error: the data set is missing the required field "title"',
      'dataset.csv:2:2: error: this file\'s format is the string "parley/2"; this version of Parley reads "parley/1" (column B "value")',
    ]);
  });
});

describe('overwrite guard', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('lets an export replace Parley CSVs and empty files only', () => {
    expect(isParleyCsv('actors.csv', readFileSync(`${FIXTURES}/valid/actors.csv`))).toBe(true);
    expect(isParleyCsv('actors.csv', bytes(''))).toBe(true);
    expect(isParleyCsv('actors.csv', bytes('Name,Phone\nAnna,123\n'))).toBe(false);
    expect(isParleyCsv('dataset.csv', bytes('key,value\n'))).toBe(true);
    expect(isParleyCsv('notes.csv', bytes('id\n'))).toBe(false);
  });
});
