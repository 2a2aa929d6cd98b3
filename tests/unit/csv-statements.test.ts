// The statements table as a CSV download (for the explorer's "Download CSV"):
// the table's columns, names instead of ids, dates at their written precision, and
// no cell a spreadsheet would run as a formula.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { statementsToCsv, type StatementCsvWords } from '../../src/model/csv/statements';
import { loadDataset } from '../../src/model/load';

/** The English interface's words, written out (the catalogue's, by hand). */
const EN: StatementCsvWords = {
  columns: {
    date: 'Date',
    speaker: 'Speaker',
    about: 'About',
    topic: 'Topic',
    stance: 'Stance',
    certainty: 'Certainty',
    via: 'Via',
    text: 'Quote or summary',
    sources: 'Sources',
  },
  stance: { positive: 'Positive', negative: 'Negative', neutral: 'Neutral', mixed: 'Mixed' },
  certainty: {
    confirmed: 'Confirmed',
    reported: 'Reported',
    alleged: 'Alleged',
    denied: 'Denied',
  },
};

const cells = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: true }).data;

describe('statementsToCsv', () => {
  const alaska = loadDataset(readFileSync('data/alaska-summit-2025.json', 'utf8')).dataset!;
  const csv = statementsToCsv(alaska.statements, 'en-GB', EN);
  const rows = cells(csv);

  it('is UTF-8 text with a BOM, CRLF line ends, the table’s columns, then machine columns', () => {
    expect(
      csv.startsWith(
        '\uFEFFDate,Speaker,About,Topic,Stance,Certainty,Via,Quote or summary,Sources,statement_id,date_iso,speaker_id,about_ids,topic_id\r\n',
      ),
    ).toBe(true);
    expect(rows[0]).toEqual([
      'Date',
      'Speaker',
      'About',
      'Topic',
      'Stance',
      'Certainty',
      'Via',
      'Quote or summary',
      'Sources',
      'statement_id',
      'date_iso',
      'speaker_id',
      'about_ids',
      'topic_id',
    ]);
  });

  it('has one row per statement, in the order given', () => {
    expect(rows).toHaveLength(26);
    const reversed = cells(statementsToCsv([...alaska.statements].reverse(), 'en-GB', EN));
    expect(reversed[1]).toEqual(rows[25]);
  });

  it('shows names, labels, certainty, via and sources as the table does', () => {
    expect(rows[1]).toEqual([
      '15 August 2025',
      'Vladimir Putin',
      'Ukraine',
      'Article 5-style security guarantees',
      'Positive',
      'Reported',
      'Steve Witkoff',
      "Putin agreed in principle that the U.S. and its European allies may give Ukraine protection modelled on NATO's mutual-defence clause, according to Witkoff.",
      'News report on the Alaska summit and the Sunday interviews that followed',
      // Machine columns: the statement's id, its date as written (here its event's
      // start), the ids of speaker, about and topic.
      'putin-accepts-article-5',
      '2025-08-15',
      'putin',
      'ukraine',
      'article-5-guarantees',
    ]);
    // A quote is shown in quotation marks instead of the summary; several targets are listed.
    expect(rows.find((r) => r[7] === '“game-changing”')).toBeDefined();
    expect(rows.some((r) => r[2] === 'Ukraine; NATO')).toBe(true);
    expect(rows.some((r) => r[12] === 'ukraine; nato')).toBe(true);
  });

  it('writes dates at their precision in the data set’s language', () => {
    const ds = loadDataset(
      JSON.stringify({
        format: 'parley/1',
        id: 'x',
        title: 'X',
        actors: [{ id: 'a', name: 'A', kind: 'state' }],
        topics: [{ id: 't', label: 'T' }],
        statements: [
          {
            id: 's1',
            speaker: 'a',
            topic: 't',
            stance: 'mixed',
            summary: 'Year only.',
            date: '1882',
          },
          {
            id: 's2',
            speaker: 'a',
            topic: 't',
            stance: 'neutral',
            summary: 'Month.',
            date: '2011-03',
          },
        ],
      }),
    ).dataset!;
    expect(
      cells(statementsToCsv(ds.statements, 'de', EN))
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['1882', 'März 2011']);
    // The machine column keeps the date as written, at its precision.
    expect(
      cells(statementsToCsv(ds.statements, 'de', EN))
        .slice(1)
        .map((r) => r[10]),
    ).toEqual(['1882', '2011-03']);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const ds = loadDataset(
      JSON.stringify({
        format: 'parley/1',
        id: 'x',
        title: 'X',
        actors: [
          { id: 'a', name: '=HYPERLINK("http://evil.example","click")', kind: 'person' },
          { id: 'b', name: '@SUM(1)', kind: 'person' },
        ],
        statements: [
          {
            id: 's',
            speaker: 'a',
            about: ['b'],
            stance: 'negative',
            summary: '+1 for B',
            quote: '-5%',
            date: '2025',
          },
        ],
      }),
    ).dataset!;
    const [, row] = cells(statementsToCsv(ds.statements, 'en', EN));
    expect(row!.slice(1, 3)).toEqual(['\'=HYPERLINK("http://evil.example","click")', "'@SUM(1)"]);
    expect(row![7]).toBe('“-5%”');
  });
});
