// The subtitle of a graph download: the filters and the selection in words.
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/model/dates';
import type { PDate } from '../../src/model/types';
import { filterSummary, selectionName, windowText } from '../../src/export/summary';

function date(text: string): PDate {
  const parsed = parseDate(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.date;
}

describe('windowText', () => {
  it.each([
    [undefined, undefined, 'All dates'],
    ['2025-08-17', '2025-08-17', '17 August 2025'],
    ['2025-08-15', '2025-08-18', '15 August 2025 – 18 August 2025'],
    ['2025-08', undefined, 'From August 2025'],
    [undefined, '1959', 'Until 1959'],
  ])('from %s to %s reads "%s"', (from, to, text) => {
    const at = (d: string | undefined) => (d === undefined ? undefined : date(d));
    expect(windowText(at(from), at(to), 'en-GB')).toBe(text);
  });
});

describe('filterSummary', () => {
  it('says when nothing is filtered', () => {
    expect(filterSummary({ topics: [], count: 25, locale: 'en-GB' })).toBe(
      'All topics · All dates · 25 statements',
    );
  });

  it('names the topics, the window and the count', () => {
    expect(
      filterSummary({
        topics: ['Sanctions on Russia'],
        from: date('2025-08-17'),
        to: date('2025-08-17'),
        count: 1,
        locale: 'en-GB',
      }),
    ).toBe('Topic: Sanctions on Russia · 17 August 2025 · 1 statement');
    expect(
      filterSummary({ topics: ['Ceasefire', 'Peace agreement'], count: 9, locale: 'en-GB' }),
    ).toBe('Topics: Ceasefire, Peace agreement · All dates · 9 statements');
  });

  it('ends with what the selection highlights', () => {
    expect(
      filterSummary({ topics: [], count: 3, highlighted: 'Vladimir Putin', locale: 'en-GB' }),
    ).toBe('All topics · All dates · 3 statements · Highlighted: Vladimir Putin');
  });
});

describe('selectionName', () => {
  const index = {
    actors: new Map([
      ['putin', { name: 'Vladimir Putin' }],
      ['witkoff', { name: 'Steve Witkoff' }],
    ]),
    topics: new Map([['ceasefire', { label: 'Ceasefire' }]]),
    events: new Map([['summit', { title: 'Alaska summit' }]]),
  } as unknown as Parameters<typeof selectionName>[1];

  it.each([
    [{ kind: 'none' } as const, undefined],
    [{ kind: 'actor', id: 'putin' } as const, 'Vladimir Putin'],
    [{ kind: 'topic', id: 'ceasefire' } as const, 'Ceasefire'],
    [{ kind: 'event', id: 'summit' } as const, 'Alaska summit'],
    [
      { kind: 'edge', source: 'witkoff', target: 'putin' } as const,
      'Steve Witkoff → Vladimir Putin',
    ],
    [
      { kind: 'edge', source: 'putin', target: 'topic:ceasefire' } as const,
      'Vladimir Putin → Ceasefire',
    ],
    [{ kind: 'actor', id: 'nobody' } as const, 'nobody'],
  ])('%o is %s', (selection, name) => {
    expect(selectionName(selection, index)).toBe(name);
  });
});
