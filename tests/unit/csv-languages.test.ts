// The explorer's two statements CSVs in each interface language (#13, downloads): the
// readable one has its headers and words in the interface's language and keeps the
// machine columns' names; the field-names one is the format's statements.csv in every
// language; import reads the second back and refuses the first with one located message.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import ar from '../../src/i18n/ar';
import de from '../../src/i18n/de';
import { en } from '../../src/i18n/en';
import { enParts } from '../../src/i18n/en-parts';
import es from '../../src/i18n/es';
import fr from '../../src/i18n/fr';
import { statementCsvWords } from '../../src/i18n/csv';
import { csvToDataset, datasetToCsv, formatCsvProblem } from '../../src/model/csv';
import { statementsToCsv } from '../../src/model/csv/statements';
import { statementFieldsCsv } from '../../src/model/csv/to-csv';
import { loadDataset } from '../../src/model/load';
import type { RawDataset } from '../../src/model/types';

const cells = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: true }).data;

const GERMAN_TEXT = readFileSync('data/german-nuclear-2011.json', 'utf8');
const german = loadDataset(GERMAN_TEXT).dataset!;
const germanRaw = JSON.parse(GERMAN_TEXT) as RawDataset;

const MACHINE = ['statement_id', 'date_iso', 'speaker_id', 'about_ids', 'topic_id'];

const LOCALES = [
  [
    'en',
    { ...en, parts: enParts },
    [
      'Date',
      'Speaker',
      'About',
      'Topic',
      'Stance',
      'Certainty',
      'Via',
      'Quote or summary',
      'Sources',
    ],
    ['Negative', 'Confirmed'],
  ],
  [
    'de',
    de,
    [
      'Datum',
      'Sprecher',
      'Über',
      'Thema',
      'Haltung',
      'Quellenlage',
      'Über Dritte',
      'Zitat oder Zusammenfassung',
      'Quellen',
    ],
    ['Negativ', 'Bestätigt'],
  ],
  [
    'fr',
    fr,
    [
      'Date',
      'Auteur',
      'Sur',
      'Thème',
      'Position',
      'Certitude',
      'Par un tiers',
      'Citation ou résumé',
      'Sources',
    ],
    ['Négative', 'Confirmée'],
  ],
  [
    'es',
    es,
    [
      'Fecha',
      'Autor',
      'Sobre',
      'Tema',
      'Postura',
      'Grado de certeza',
      'De segunda mano',
      'Cita o resumen',
      'Fuentes',
    ],
    ['Negativa', 'Confirmada'],
  ],
  [
    'ar',
    ar,
    [
      'التاريخ',
      'صاحب التصريح',
      'بشأن',
      'الموضوع',
      'الموقف',
      'درجة التأكد',
      'نقلًا عن',
      'الاقتباس أو الملخص',
      'المصادر',
    ],
    ['سلبي', 'مؤكَّد'],
  ],
] as const;

/** The German set exported by `npm run export`, with `statements` as its statements.csv. */
function folderWith(statements: string) {
  const encoder = new TextEncoder();
  return datasetToCsv(germanRaw).map(({ name, text }) => ({
    name,
    content: encoder.encode(name === 'statements.csv' ? statements : text),
  }));
}

describe('Statements as CSV, in each interface language', () => {
  it.each(LOCALES)(
    '%s: headers and labels in the language, machine columns kept',
    (_, messages, headers, words) => {
      const csv = statementsToCsv(
        german.statements,
        'de',
        statementCsvWords(messages, messages.parts),
      );
      const rows = cells(csv);
      expect(rows[0]).toEqual([...headers, ...MACHINE]);
      // c0001: VfEW against "Abschalten der Altmeiler", confirmed (the default), 11 March 2011.
      expect(rows[1]).toEqual([
        '11. März 2011',
        'VfEW',
        '',
        'Abschalten der Altmeiler',
        words[0],
        words[1],
        '',
        'VfEW: gegen „Abschalten der Altmeiler“',
        // "Publisher: Title (URL)", as the table's source link reads.
        "Network Science: Multimodal mechanisms of political discourse dynamics and the case of Germany's nuclear energy phase-out (https://doi.org/10.1017/nws.2022.31)",
        'c0001',
        '2011-03-11',
        'vfew',
        '',
        'abschalten-der-altmeiler',
      ]);
      expect(rows).toHaveLength(1165);
    },
  );

  it.each(LOCALES)('%s: import refuses it with one located message', (_, messages) => {
    const csv = statementsToCsv(
      german.statements,
      'de',
      statementCsvWords(messages, messages.parts),
    );
    const { problems, data } = csvToDataset(folderWith(csv));
    expect(data).toBeUndefined();
    expect(problems.map((p) => formatCsvProblem(p.file, p))).toEqual([
      'statements.csv:1:1: error: this is the explorer\'s "Statements as CSV" download, a file for reading (names instead of ids, headers and words in the page\'s language), which import cannot read back; download "Statements as CSV (field names)" instead, or take statements.csv from npm run export',
    ]);
  });
});

describe('Statements as CSV (field names)', () => {
  const ids = german.statements.map((s) => s.id);

  it('has the field names exactly as DATA-FORMAT.md lists them, whatever the language', () => {
    const rows = cells(statementFieldsCsv(germanRaw, ids));
    expect(rows[0]).toEqual([
      'id',
      'speaker',
      'about',
      'topic',
      'stance',
      'summary',
      'quote',
      'event',
      'date',
      'via',
      'certainty',
      'sources',
    ]);
    // The values as the file has them: ids and keywords, absent fields empty.
    expect(rows[1]).toEqual([
      'c0001',
      'vfew',
      '',
      'abschalten-der-altmeiler',
      'negative',
      'VfEW: gegen „Abschalten der Altmeiler“',
      '',
      '',
      '2011-03-11',
      '',
      '',
      'haunss-hollway-2023',
    ]);
  });

  it('is the statements.csv that npm run export writes, when every statement is shown', () => {
    const exported = datasetToCsv(germanRaw).find((f) => f.name === 'statements.csv')!.text;
    expect(statementFieldsCsv(germanRaw, ids)).toBe(exported);
  });

  it('keeps the order and choice of the statements on screen', () => {
    const rows = cells(statementFieldsCsv(germanRaw, ['c0003', 'c0001', 'no-such-id']));
    expect(rows.map((r) => r[0])).toEqual(['id', 'c0003', 'c0001']);
  });

  it('is read back by import to the same records', () => {
    const { problems, data } = csvToDataset(folderWith(statementFieldsCsv(germanRaw, ids)));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(data?.statements).toEqual(germanRaw.statements);
  });
});
