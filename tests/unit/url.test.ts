import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState, type UrlState } from '../../src/state/url';

describe('URL state', () => {
  it.each<[string, UrlState]>([
    ['', { topics: [] }],
    ['?dataset=alaska-summit-2025', { dataset: 'alaska-summit-2025', topics: [] }],
    [
      '?actor=putin&topic=ceasefire&topic=sanctions',
      { actor: 'putin', topics: ['ceasefire', 'sanctions'] },
    ],
    [
      '?event=summit&from=2025-08&to=2025-08-17',
      { event: 'summit', topics: [], from: '2025-08', to: '2025-08-17' },
    ],
    [
      '?view=graph&theme=dark&header=0',
      { topics: [], view: 'graph', theme: 'dark', header: false },
    ],
    ['?graph=topics', { topics: [], graph: 'topics' }],
  ])('round-trips %s', (query, state) => {
    const parsed = parseUrlState(query);
    expect(Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined))).toEqual(
      state,
    );
    expect(formatUrlState(parsed)).toBe(query);
  });

  it('ignores unknown views and themes, and header values other than 0', () => {
    const parsed = parseUrlState('?view=everything&theme=pink&header=1');
    expect(parsed.view).toBeUndefined();
    expect(parsed.theme).toBeUndefined();
    expect(parsed.header).toBeUndefined();
  });

  it('keeps one selection: an actor wins over an event', () => {
    expect(parseUrlState('?event=e&actor=a')).toMatchObject({ actor: 'a' });
    expect(parseUrlState('?event=e&actor=a').event).toBeUndefined();
  });

  it('drops empty and repeated topics', () => {
    expect(parseUrlState('?topic=&topic=a&topic=a&topic=b').topics).toEqual(['a', 'b']);
  });

  it('encodes values that need it', () => {
    expect(formatUrlState({ topics: ['a b'], from: '2025-08-15T11:00:00-08:00' })).toBe(
      '?topic=a+b&from=2025-08-15T11%3A00%3A00-08%3A00',
    );
    expect(parseUrlState('?topic=a+b&from=2025-08-15T11%3A00%3A00-08%3A00')).toMatchObject({
      topics: ['a b'],
      from: '2025-08-15T11:00:00-08:00',
    });
  });
});
