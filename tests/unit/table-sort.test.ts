import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/model/resolve';
import type { RawDataset } from '../../src/model/types';
import { nextOrder, sortStatements, type SortKey, type SortOrder } from '../../src/model/sort';

/**
 * Dates at mixed precisions, written out of order, so that text order ("1959-12" <
 * "1959-12-01" < "2020" …) and chronological order differ; names with accents and
 * different cases, so that collation matters.
 */
const ds = resolve({
  format: 'parley/1',
  id: 'sorting',
  title: 'Sorting',
  language: 'en',
  sources: [
    { id: 'wire', title: 'Wire copy', publisher: 'Agence' },
    { id: 'paper', title: 'Zeitung report' },
  ],
  actors: [
    { id: 'eck', name: 'Éclair', kind: 'person' },
    { id: 'abe', name: 'abe', kind: 'person' },
    { id: 'dan', name: 'Dan', kind: 'state' },
    { id: 'bea', name: 'Bea', kind: 'group' },
  ],
  topics: [
    { id: 'water', label: 'Water' },
    { id: 'arms', label: 'arms control' },
  ],
  events: [{ id: 'talks', title: 'Talks', start: '1959-12-01T11:00:00-05:00' }],
  statements: [
    {
      id: 's1',
      speaker: 'eck',
      about: ['dan'],
      stance: 'negative',
      summary: 'Milk',
      date: '2020',
      certainty: 'denied',
      sources: ['paper'],
    },
    {
      id: 's2',
      speaker: 'abe',
      topic: 'water',
      stance: 'positive',
      summary: 'banana',
      quote: 'Zebra',
      event: 'talks',
      sources: ['wire'],
    },
    {
      id: 's3',
      speaker: 'dan',
      about: ['abe', 'bea'],
      topic: 'arms',
      stance: 'mixed',
      summary: 'apple',
      date: '1959-12',
      certainty: 'reported',
    },
    {
      id: 's4',
      speaker: 'bea',
      topic: 'arms',
      stance: 'neutral',
      summary: 'Cherry',
      date: '1959',
      certainty: 'alleged',
      sources: ['wire'],
    },
    {
      id: 's5',
      speaker: 'dan',
      about: ['eck'],
      stance: 'positive',
      summary: 'date',
      date: '1959-12-01',
    },
  ],
} as RawDataset);

const order = (key: SortKey, direction: SortOrder['direction'] = 'ascending') =>
  sortStatements(ds.statements, { key, direction }, 'en').map((s) => s.id);

describe('sortStatements', () => {
  it.each<[SortKey, SortOrder['direction'], string[]]>([
    // 1959 (year) < 1959-12 (month) < 1959-12-01 (day) < 1959-12-01T16:00Z < 2020
    ['date', 'ascending', ['s4', 's3', 's5', 's2', 's1']],
    ['date', 'descending', ['s1', 's2', 's5', 's3', 's4']],
    // abe, Bea, Dan (s3 and s5 tie: by date, s3 first), Éclair (accent ignored, after D)
    ['speaker', 'ascending', ['s2', 's4', 's3', 's5', 's1']],
    ['speaker', 'descending', ['s1', 's3', 's5', 's4', 's2']],
    // "abe, Bea" < "Dan" < "Éclair"; s2 and s4 have no `about` and go last, by date
    ['about', 'ascending', ['s3', 's1', 's5', 's4', 's2']],
    ['about', 'descending', ['s5', 's1', 's3', 's4', 's2']],
    // "arms control" (s4 1959, s3 1959-12) < "Water"; no topic last
    ['topic', 'ascending', ['s4', 's3', 's2', 's5', 's1']],
    ['topic', 'descending', ['s2', 's4', 's3', 's5', 's1']],
    // positive (s5 1959-12-01 before s2), mixed, neutral, negative
    ['stance', 'ascending', ['s5', 's2', 's3', 's4', 's1']],
    ['stance', 'descending', ['s1', 's4', 's3', 's5', 's2']],
    // confirmed (s5, s2 by date), reported, alleged, denied
    ['certainty', 'ascending', ['s5', 's2', 's3', 's4', 's1']],
    // The quote when there is one ("Zebra"), else the summary: apple, Cherry, date, Milk, Zebra
    ['text', 'ascending', ['s3', 's4', 's5', 's1', 's2']],
    ['text', 'descending', ['s2', 's1', 's5', 's4', 's3']],
    // Publisher, else title: Agence (s4 1959, s2 1959-12-01T…), Zeitung report; none last
    ['source', 'ascending', ['s4', 's2', 's1', 's3', 's5']],
    ['source', 'descending', ['s1', 's4', 's2', 's3', 's5']],
  ])('%s %s', (key, direction, expected) => {
    expect(order(key, direction)).toEqual(expected);
  });

  it('returns a copy and leaves the input in data order', () => {
    const before = ds.statements.map((s) => s.id);
    const sorted = sortStatements(ds.statements, { key: 'date', direction: 'ascending' }, 'en');
    expect(sorted).not.toBe(ds.statements);
    expect(ds.statements.map((s) => s.id)).toEqual(before);
  });

  it('collates by the data set language', () => {
    const raw = {
      format: 'parley/1',
      id: 'sv',
      title: 'Svenska',
      actors: [
        { id: 'o', name: 'Östen', kind: 'person' },
        { id: 'z', name: 'Zara', kind: 'person' },
      ],
      statements: [
        { id: 'a', speaker: 'o', about: ['z'], stance: 'neutral', summary: 'x', date: '2000' },
        { id: 'b', speaker: 'z', about: ['o'], stance: 'neutral', summary: 'y', date: '2000' },
      ],
    } as RawDataset;
    const statements = resolve(raw).statements;
    const speakers = (locale: string) =>
      sortStatements(statements, { key: 'speaker', direction: 'ascending' }, locale).map(
        (s) => s.speaker.name,
      );
    // German sorts Ö with O; Swedish sorts it after Z.
    expect(speakers('de')).toEqual(['Östen', 'Zara']);
    expect(speakers('sv')).toEqual(['Zara', 'Östen']);
    // A malformed tag falls back to English instead of throwing.
    expect(speakers('not a locale!')).toEqual(['Östen', 'Zara']);
  });
});

describe('sortStatements: names the collator holds equal', () => {
  it('sorts "Eva" and "éva" as one name, then by date, in both directions', () => {
    const raw = {
      format: 'parley/1',
      id: 'ties',
      title: 'Ties',
      actors: [
        { id: 'e1', name: 'Eva', kind: 'person' },
        { id: 'e2', name: 'éva', kind: 'person' },
        { id: 'ad', name: 'Adam', kind: 'person' },
      ],
      statements: [
        { id: 'p', speaker: 'e1', about: ['ad'], stance: 'neutral', summary: 'x', date: '2003' },
        { id: 'q', speaker: 'e2', about: ['ad'], stance: 'neutral', summary: 'x', date: '2001' },
        { id: 'r', speaker: 'ad', about: ['e1'], stance: 'neutral', summary: 'x', date: '2002' },
        { id: 's', speaker: 'e1', about: ['ad'], stance: 'neutral', summary: 'x', date: '2000' },
      ],
    } as RawDataset;
    const statements = resolve(raw).statements;
    const ids = (direction: SortOrder['direction']) =>
      sortStatements(statements, { key: 'speaker', direction }, 'en').map((s) => s.id);
    // Adam first; then the three Evas by date (2000 s, 2001 q, 2003 p), whatever their accent.
    expect(ids('ascending')).toEqual(['r', 's', 'q', 'p']);
    // Descending flips the names, and ties stay in date order (as other columns do).
    expect(ids('descending')).toEqual(['s', 'q', 'p', 'r']);
  });
});

describe('nextOrder', () => {
  it('starts a new column ascending and flips the same column', () => {
    const start: SortOrder = { key: 'date', direction: 'ascending' };
    expect(nextOrder(start, 'speaker')).toEqual({ key: 'speaker', direction: 'ascending' });
    expect(nextOrder(start, 'date')).toEqual({ key: 'date', direction: 'descending' });
    expect(nextOrder({ key: 'date', direction: 'descending' }, 'date')).toEqual(start);
  });
});
