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
    [
      '?view=graph&controls=1&height=640',
      { topics: [], view: 'graph', controls: true, height: 640 },
    ],
    ['?actor=trump&about=putin', { actor: 'trump', about: 'putin', topics: [] }],
    [
      '?actor=trump&on=ceasefire&graph=topics',
      { actor: 'trump', on: 'ceasefire', topics: [], graph: 'topics' },
    ],
    ['?on=ceasefire&topic=sanctions', { on: 'ceasefire', topics: ['sanctions'] }],
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

  it('reads controls only as 1, and height as whole pixels clamped to 200–4000', () => {
    expect(parseUrlState('?controls=yes').controls).toBeUndefined();
    expect(parseUrlState('?controls=0').controls).toBeUndefined();
    expect(parseUrlState('?height=50').height).toBe(200);
    expect(parseUrlState('?height=99999').height).toBe(4000);
    expect(parseUrlState('?height=640.5').height).toBeUndefined();
    expect(parseUrlState('?height=-3').height).toBeUndefined();
    expect(parseUrlState('?height=').height).toBeUndefined();
  });

  it('keeps one selection: an actor wins over an event', () => {
    expect(parseUrlState('?event=e&actor=a')).toMatchObject({ actor: 'a' });
    expect(parseUrlState('?event=e&actor=a').event).toBeUndefined();
  });

  it('keeps one selection: an edge is about an actor or on a topic; an event wins over a topic', () => {
    expect(parseUrlState('?actor=a&on=t&about=b')).toMatchObject({ actor: 'a', about: 'b' });
    expect(parseUrlState('?actor=a&on=t&about=b').on).toBeUndefined();
    expect(parseUrlState('?event=e&actor=a&about=b').event).toBeUndefined();
    expect(parseUrlState('?event=e&on=t')).toMatchObject({ event: 'e' });
    expect(parseUrlState('?event=e&on=t').on).toBeUndefined();
    // `about` needs an actor.
    expect(parseUrlState('?about=b').about).toBeUndefined();
    expect(formatUrlState({ topics: [], about: 'b', on: 't' })).toBe('?on=t');
    expect(formatUrlState({ topics: [], actor: 'a', about: 'b', on: 't' })).toBe(
      '?actor=a&about=b',
    );
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
