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
    ['?network=topics', { topics: [], graph: 'topics' }],
    ['?network=agreement', { topics: [], graph: 'agreement' }],
    ['?network=about', { topics: [], graph: 'actors' }],
    ['?controls=1', { topics: [], controls: true }],
    ['?height=640', { topics: [], height: 640 }],
    [
      '?dataset=x&view=timeline&header=0&controls=1&height=900',
      { dataset: 'x', topics: [], view: 'timeline', header: false, controls: true, height: 900 },
    ],
    ['?actor=trump&about=putin', { actor: 'trump', about: 'putin', topics: [] }],
    [
      '?actor=trump&on=ceasefire&network=topics',
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

  it('reads lang=xx as a language tag, keeps it, and ignores anything else', () => {
    expect(parseUrlState('?lang=de').lang).toBe('de');
    expect(parseUrlState('?lang=de-CH').lang).toBe('de-CH');
    expect(parseUrlState('?lang=%20de%20').lang).toBe('de');
    expect(parseUrlState('?lang=').lang).toBeUndefined();
    expect(parseUrlState('?lang=../x').lang).toBeUndefined();
    expect(parseUrlState('?lang=deutsch').lang).toBeUndefined();
    expect(formatUrlState({ topics: [], actor: 'a', lang: 'de' })).toBe('?actor=a&lang=de');
  });

  it('reads renderer=svg|canvas, keeps it, and ignores anything else', () => {
    expect(parseUrlState('?renderer=canvas').renderer).toBe('canvas');
    expect(parseUrlState('?renderer=svg').renderer).toBe('svg');
    expect(parseUrlState('?renderer=webgl').renderer).toBeUndefined();
    expect(formatUrlState({ topics: [], actor: 'a', renderer: 'canvas' })).toBe(
      '?actor=a&renderer=canvas',
    );
  });

  it('reads the older graph=actors|topics, writes network=, and lets network win', () => {
    expect(parseUrlState('?graph=topics').graph).toBe('topics');
    expect(formatUrlState(parseUrlState('?graph=topics'))).toBe('?network=topics');
    expect(formatUrlState(parseUrlState('?graph=actors'))).toBe('?network=about');
    expect(parseUrlState('?graph=topics&network=conflict').graph).toBe('conflict');
    expect(parseUrlState('?network=actors').graph).toBeUndefined();
    expect(parseUrlState('?network=nonsense&graph=topics').graph).toBe('topics');
  });

  it('reads controls only as controls=1', () => {
    for (const query of ['?controls=0', '?controls=true', '?controls=', '?controls'])
      expect(parseUrlState(query).controls, query).toBeUndefined();
    expect(formatUrlState({ topics: [], controls: false })).toBe('');
  });

  it.each<[string, number | undefined]>([
    ['?height=200', 200],
    ['?height=4000', 4000],
    ['?height=150', 200],
    ['?height=1', 200],
    ['?height=4001', 4000],
    ['?height=99999', 4000],
    ['?height=%20720%20', 720],
    ['?height=0', undefined],
    ['?height=000', undefined],
    ['?height=-500', undefined],
    ['?height=12.5', undefined],
    ['?height=600px', undefined],
    ['?height=1e3', undefined],
    ['?height=', undefined],
    ['?height=tall', undefined],
  ])('reads %s as a height of %s', (query, height) => {
    expect(parseUrlState(query).height).toBe(height);
  });

  it('writes a fixed height clamped, and none for an invalid one', () => {
    expect(formatUrlState({ topics: [], height: 120 })).toBe('?height=200');
    expect(formatUrlState({ topics: [], height: 5000 })).toBe('?height=4000');
    expect(formatUrlState({ topics: [], height: 0 })).toBe('');
    expect(formatUrlState({ topics: [], height: 480.5 })).toBe('');
    expect(formatUrlState({ topics: [], height: Number.NaN })).toBe('');
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

  it('reads and writes the network settings and the neighbourhood', () => {
    const query =
      '?actor=a&network=agreement&normalize=jaccard&min-weight=3&fold=1&min-statements=5&around=a';
    expect(parseUrlState(query)).toEqual({
      actor: 'a',
      topics: [],
      graph: 'agreement',
      normalize: 'jaccard',
      minWeight: 3,
      fold: true,
      minStatements: 5,
      around: 'a',
    });
    expect(formatUrlState(parseUrlState(query))).toBe(query);
  });

  it.each(['0', '-2', '2.5', 'lots', ''])('ignores min-weight=%s and min-statements=%s', (bad) => {
    const state = parseUrlState(`?min-weight=${bad}&min-statements=${bad}`);
    expect(state.minWeight).toBeUndefined();
    expect(state.minStatements).toBeUndefined();
  });

  it('ignores an unknown normalization and fold other than 1', () => {
    const state = parseUrlState('?normalize=none&fold=true');
    expect(state.normalize).toBeUndefined();
    expect(state.fold).toBeUndefined();
  });
});
