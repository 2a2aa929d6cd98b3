// Discourse-network import: ids, actor kinds, affiliations, topics, statements and
// located input errors, on a sample of the German nuclear data set; and the bundled
// data/german-nuclear-2011.json generated from the full set.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCsvProblem } from '../../src/model/csv';
import { dnaToDataset, type DnaMeta } from '../../src/model/csv/dna';
import { actorKind, isTitle, looksLikePersonName } from '../../src/model/csv/dna-kind';
import { IdRegistry, slugify } from '../../src/model/csv/slug';
import type { RawDataset } from '../../src/model/types';
import { validate } from '../../src/model/validate';

const SAMPLE = 'tests/fixtures/csv/dna';
const sample = (names = ['speakers.csv', 'concepts.csv', 'claims.csv']) =>
  names.map((name) => ({ name, content: readFileSync(`${SAMPLE}/${name}`) }));
const META: DnaMeta = {
  id: 'sample',
  title: 'Sample',
  language: 'de',
  source: { id: 'paper', title: 'The paper', url: 'https://doi.org/10.1017/nws.2022.31' },
};

describe('slugify', () => {
  it.each([
    ['Norbert Röttgen', 'norbert-roettgen'],
    ['Philipp Mißfelder', 'philipp-missfelder'],
    ['Übereitles Handeln', 'uebereitles-handeln'],
    ['Dernières Nouvelles d’Alsace', 'dernieres-nouvelles-d-alsace'],
    ['Hans- Heinrich Sander', 'hans-heinrich-sander'],
    ['Ausstieg (schnell)', 'ausstieg-schnell'],
    ['306 Wissenschaftler', '306-wissenschaftler'],
    ['Bundesverband Erneuerbare Energie e.V. (BEE)', 'bundesverband-erneuerbare-energie-e-v-bee'],
    ['Gergely Rácz', 'gergely-racz'],
    ['—', 'x'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('keeps ids unique with numbered suffixes and at most 64 characters', () => {
    const ids = new IdRegistry();
    expect([ids.claim('cdu'), ids.claim('cdu'), ids.claim('cdu')]).toEqual([
      'cdu',
      'cdu-2',
      'cdu-3',
    ]);
    const long = 'a'.repeat(64);
    expect(ids.claim(long)).toBe(long);
    expect(ids.claim(long)).toBe(`${'a'.repeat(62)}-2`);
  });
});

describe('actor kinds', () => {
  it.each([
    ['SPD', 'SPD', 'organization'],
    ['Süddeutsche Zeitung', 'Süddeutsche Zeitung', 'organization'],
    ['FDP-Bundestagsfraktion', 'FDP', 'organization'],
    ['Grüne Jugend', 'Grüne', 'organization'],
    ['Abteilung Reaktorsicherheit im BMU', 'BMU', 'organization'],
    ['Angela Merkel', 'CDU', 'person'],
    ['Ursula von der Leyen', 'CDU', 'person'],
    ['Gert G. Wagner', 'DIW', 'person'],
    ['Hans- Heinrich Sander', 'FDP', 'person'],
    ['David McAllister', 'CDU', 'person'],
    ['Albert Alten', '', 'person'],
    ['Experten', '', 'group'],
    ['306 Wissenschaftler', '', 'group'],
    ['Unionspolitiker', 'CDU', 'group'],
    ['Mehrheit der Deutschen', '', 'group'],
    ['Viele Physiker und Ingenieure', '', 'group'],
    ['Betriebsräte von EnBW, Eon, RWE und Vattenfall', '', 'group'],
    ['hoher EU-Diplomat', '', 'group'],
    ['Schleswig-holsteinische FDP', 'FDP', 'organization'],
  ])('%s (organization "%s") is a %s', (name, organization, kind) => {
    expect(actorKind(name, organization)).toBe(kind);
  });

  it('does not take acronyms or articles for personal names', () => {
    expect(looksLikePersonName('CDU Wirtschaftsrat')).toBe(false);
    expect(looksLikePersonName('Parteispitze der CDU')).toBe(false);
    expect(looksLikePersonName('Umweltminister der Länder')).toBe(false);
    expect(looksLikePersonName('Constanze von Bullion')).toBe(true);
  });

  it('recognizes a title written as an organization', () => {
    expect(
      [
        'Frankreichs Regierungschef',
        'Britischer Energieminister',
        'Europa- und Energieexperte',
        'Vorsitzender Umweltausschuss im EP',
      ].map(isTitle),
    ).toEqual([true, true, true, true]);
    expect(['Wirtschaftsministerium', 'DIW', 'Junge Union'].map(isTitle)).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('dnaToDataset', () => {
  const { problems, invalid, data } = dnaToDataset(sample(), META);

  it('makes a valid data set and reports the repeated claim as a warning', () => {
    expect(invalid).toEqual([]);
    expect(problems.map((p) => formatCsvProblem(`${SAMPLE}/${p.file}`, p))).toEqual([
      `${SAMPLE}/claims.csv:10:2: warning: this claim repeats row 8 exactly (date, speaker, concept, agreement); both are kept (column B "speaker")`,
    ]);
    expect(data).toBeDefined();
    expect(validate(JSON.stringify(data)).problems).toEqual([]);
  });

  it('turns speakers into actors, then organizations that are not speakers', () => {
    expect(data!.actors).toEqual([
      { id: 'angela-merkel', name: 'Angela Merkel', kind: 'person', affiliations: ['cdu'] },
      { id: 'norbert-roettgen', name: 'Norbert Röttgen', kind: 'person', affiliations: ['cdu'] },
      { id: 'experten', name: 'Experten', kind: 'group' },
      { id: 'fdp', name: 'FDP', kind: 'organization' },
      { id: 'cdu', name: 'CDU', kind: 'organization' },
      { id: 'claudia-kemfert', name: 'Claudia Kemfert', kind: 'person', affiliations: ['diw'] },
      {
        id: 'fdp-bundestagsfraktion',
        name: 'FDP-Bundestagsfraktion',
        kind: 'organization',
        affiliations: ['fdp'],
      },
      {
        id: 'nicolas-sarkozy',
        name: 'Nicolas Sarkozy',
        kind: 'person',
        role: 'Frankreichs Regierungschef',
      },
      { id: '306-wissenschaftler', name: '306 Wissenschaftler', kind: 'group' },
      { id: 'diw', name: 'DIW', kind: 'organization' },
    ]);
  });

  it('turns concepts into topics labelled with their names', () => {
    expect(data!.topics).toEqual([
      { id: 'sicherheitsueberpruefung', label: 'Sicherheitsüberprüfung' },
      { id: 'ausstieg-schnell', label: 'Ausstieg (schnell)' },
      { id: 'atomkraft-als-brueckentechnologie', label: 'Atomkraft als Brückentechnologie' },
      { id: 'moratorium', label: 'Moratorium' },
    ]);
  });

  it('turns every claim into a dated statement citing the source, with a German summary', () => {
    expect(data!.statements).toHaveLength(10);
    expect(data!.statements![0]).toEqual({
      id: 'c0001',
      speaker: 'angela-merkel',
      topic: 'sicherheitsueberpruefung',
      stance: 'positive',
      summary: 'Angela Merkel: für „Sicherheitsüberprüfung“',
      date: '2011-03-12',
      sources: ['paper'],
    });
    expect(data!.statements![1]).toMatchObject({
      id: 'c0002',
      speaker: 'fdp',
      stance: 'negative',
      summary: 'FDP: gegen „Ausstieg (schnell)“',
    });
    expect(data!.statements!.map((s) => s.stance).filter((s) => s === 'negative')).toHaveLength(3);
    expect(data!.sources).toEqual([META.source]);
  });

  it('writes English summaries for other languages', () => {
    const english = dnaToDataset(sample(), { ...META, language: 'en' }).data!;
    expect(english.statements![1]!.summary).toBe('FDP: against “Ausstieg (schnell)”');
  });

  it('takes actors and topics from the claims when the other files are missing', () => {
    const { data: bare } = dnaToDataset(sample(['claims.csv']), META);
    expect(bare!.actors.map((a) => a.id)).toEqual([
      'angela-merkel',
      'fdp',
      'norbert-roettgen',
      'fdp-bundestagsfraktion',
      'nicolas-sarkozy',
      'cdu',
      '306-wissenschaftler',
    ]);
    expect(bare!.topics!.map((t) => t.label)).toEqual([
      'Sicherheitsüberprüfung',
      'Ausstieg (schnell)',
      'Moratorium',
      'Atomkraft als Brückentechnologie',
    ]);
  });

  it('reports unknown speakers and concepts, bad dates and agreements where they are', () => {
    const claims = [
      'date,speaker,concept,agreement',
      '2011-03-12,Angela Merkl,Moratorium,support',
      '2011-02-30,CDU,Moratorum,maybe',
    ].join('\n');
    const files = [
      ...sample(['speakers.csv', 'concepts.csv']),
      { name: 'claims.csv', content: claims },
    ];
    const result = dnaToDataset(files, META);
    expect(result.data).toBeUndefined();
    expect(result.problems.map((p) => formatCsvProblem(p.file, p))).toEqual([
      'claims.csv:2:2: error: unknown speaker "Angela Merkl" (not in speakers.csv); did you mean "Angela Merkel"? (column B "speaker")',
      'claims.csv:3:1: error: "2011-02-30" is not a real date: February 2011 has 28 days (column A "date")',
      'claims.csv:3:3: error: unknown concept "Moratorum" (not in concepts.csv); did you mean "Moratorium"? (column C "concept")',
      'claims.csv:3:4: error: agreement must be support or oppose (or yes/no, 1/0), not "maybe" (column D "agreement")',
    ]);
  });

  it('needs claims.csv', () => {
    const result = dnaToDataset(sample(['speakers.csv']), META);
    expect(result.problems.map((p) => `${p.file}:${p.row}:${p.column}: ${p.severity}`)).toEqual([
      'claims.csv:1:1: error',
    ]);
  });
});

describe('data/german-nuclear-2011.json (npm run import:dna)', () => {
  const text = readFileSync('data/german-nuclear-2011.json', 'utf8');
  const data = JSON.parse(text) as RawDataset;
  const statements = data.statements!;

  it('is valid, with no warnings', () => {
    expect(validate(text).problems).toEqual([]);
  });

  it('has all 337 speakers, 54 concepts and 1,164 claims of the source', () => {
    expect(new Set(statements.map((s) => s.speaker)).size).toBe(337);
    expect(data.topics).toHaveLength(54);
    expect(statements).toHaveLength(1164);
    expect(statements.filter((s) => s.stance === 'positive')).toHaveLength(913);
    expect(statements.filter((s) => s.stance === 'negative')).toHaveLength(251);
    expect(statements[0]!.id).toBe('c0001');
    expect(statements.at(-1)!.id).toBe('c1164');
  });

  it('adds the organizations speakers belong to as actors', () => {
    const ids = new Set(data.actors.map((a) => a.id));
    const speakers = new Set(statements.map((s) => s.speaker));
    const others = data.actors.filter((a) => !speakers.has(a.id));
    expect(others.every((a) => a.kind === 'organization')).toBe(true);
    expect(others.map((a) => a.name)).toContain('DIW');
    expect(data.actors.flatMap((a) => a.affiliations ?? []).every((id) => ids.has(id))).toBe(true);
    expect(data.actors.find((a) => a.name === 'Angela Merkel')).toEqual({
      id: 'angela-merkel',
      name: 'Angela Merkel',
      kind: 'person',
      affiliations: ['cdu'],
    });
  });

  it('is in German and cites the paper by its DOI', () => {
    expect(data.language).toBe('de');
    expect(data.sources).toEqual([
      expect.objectContaining({
        id: 'haunss-hollway-2023',
        url: 'https://doi.org/10.1017/nws.2022.31',
      }),
    ]);
    expect(
      statements.every((s) => s.sources?.length === 1 && s.sources[0] === 'haunss-hollway-2023'),
    ).toBe(true);
    expect(data.credit).toMatch(/Haunss.*Hollway.*manynet.*MIT/);
  });
});
