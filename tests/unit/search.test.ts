import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolve } from '../../src/model/resolve';
import { containsLoosely, search } from '../../src/model/search';
import type { RawDataset } from '../../src/model/types';

const raw: RawDataset = {
  format: 'parley/1',
  id: 'search-test',
  title: 'Search test',
  language: 'de',
  actors: [
    { id: 'zel', name: 'Volodymyr Zelenskyy', kind: 'person', aliases: ['Selenskyj', 'Zelensky'] },
    { id: 'merkel', name: 'Angela Merkel', kind: 'person' },
    { id: 'bund', name: 'Bündnis 90/Die Grünen', kind: 'organization', aliases: ['Grüne'] },
    { id: 'oe', name: 'Österreich', kind: 'state' },
  ],
  events: [{ id: 'gipfel', title: 'Gipfel in Zürich', start: '2011-05' }],
};
const ds = resolve(raw);
const ids = (query: string) => search(ds, query).map((hit) => hit.id);

describe('search', () => {
  it.each([
    ['zelenskyy', ['zel']],
    ['ZELENSKYY', ['zel']],
    ['selenskyj', ['zel']],
    ['merkel', ['merkel']],
    ['grunen', ['bund']],
    ['GRÜNE', ['bund']],
    ['osterreich', ['oe']],
    ['zurich', ['gipfel']],
    ['nobody', []],
    ['   ', []],
  ])('%s finds %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('ranks names that start with the query before names that contain it', () => {
    const more = resolve({
      ...raw,
      actors: [
        { id: 'a', name: 'Pro Ukraine', kind: 'group' },
        { id: 'b', name: 'Ukraine', kind: 'state' },
      ],
      events: [{ id: 'c', title: 'Ukraine talks', start: '2025' }],
    });
    expect(search(more, 'ukr').map((hit) => hit.id)).toEqual(['b', 'c', 'a']);
  });

  it('says which alias matched', () => {
    expect(search(ds, 'selensk')[0]).toEqual({
      kind: 'actor',
      id: 'zel',
      label: 'Volodymyr Zelenskyy',
      matched: 'Selenskyj',
    });
  });

  it('containsLoosely ignores case and diacritics but not other letters', () => {
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    expect(containsLoosely(collator, 'Bündnis', 'bund')).toBe(true);
    expect(containsLoosely(collator, 'Bündnis', 'bond')).toBe(false);
  });
});

describe('search: the plain-text fast path', () => {
  // Printable ASCII names and queries skip the collator; they must find exactly what
  // the collator's windows find (the slow path, which every other text still takes).
  const collator = new Intl.Collator('und', { sensitivity: 'base' });
  const ascii = fc.string({ unit: fc.constantFrom(...'aAbBzZ09 -.,()&'.split('')), maxLength: 12 });
  it('finds a printable ASCII name exactly when the collator does', () => {
    fc.assert(
      fc.property(ascii, ascii, (name, query) => {
        fc.pre(name.trim().length > 0 && query.trim().length > 0);
        const one = resolve({
          format: 'parley/1',
          id: 'one',
          title: 'One',
          actors: [{ id: 'x', name, kind: 'person' }],
        });
        const q = query.trim();
        const expected = containsLoosely(collator, name, q);
        expect(search(one, query).length === 1).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('ranks a name that starts with the query before one that contains it', () => {
    const two = resolve({
      format: 'parley/1',
      id: 'two',
      title: 'Two',
      actors: [
        { id: 'inner', name: 'The Actor 12', kind: 'person' },
        { id: 'start', name: 'actor 12b', kind: 'person' },
      ],
    });
    expect(search(two, 'ACTOR 12').map((hit) => hit.id)).toEqual(['start', 'inner']);
  });
});
