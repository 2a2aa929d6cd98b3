// The host-page script's decisions, without a page: where it posts, the first guess
// at an embed's height (values copied by hand from the table in host-rules.ts), and
// which embed messages it believes.
import { describe, expect, it } from 'vitest';
import {
  coverInset,
  DEFAULT_DATASET,
  frameOrigin,
  guessHeight,
  messageType,
  reportedHeight,
  selectionOf,
  selectMessage,
  stepMessages,
  stillUrl,
} from '../../src/embed/host-rules';
import { DEFAULT_DATASET as LOADED_BY_DEFAULT } from '../../src/state/load';

const PAGE = 'https://news.example/2025/alaska.html';

describe('frameOrigin', () => {
  it.each([
    ['https://parley.example/embed.html?dataset=x', 'https://parley.example'],
    ['https://parley.example:8443/embed.html', 'https://parley.example:8443'],
    ['embed.html', 'https://news.example'], // relative to the page
    ['//cdn.example/embed.html', 'https://cdn.example'],
    ['', 'https://news.example'], // no src: the page itself
    ['http://[::1', undefined], // unparsable
    ['data:text/html,<p>x</p>', undefined], // opaque origin
    ['about:blank', undefined],
  ])('%j: %s', (src, origin) => {
    expect(frameOrigin(src, PAGE)).toBe(origin);
  });
});

describe('guessHeight', () => {
  it.each([
    // src, width, height
    ['embed.html', 320, 1050],
    ['embed.html', 559, 1050],
    ['embed.html', 560, 930],
    ['embed.html', 720, 930],
    ['embed.html', 721, 990],
    ['embed.html?view=graph', 320, 700],
    ['embed.html?view=graph', 640, 570],
    ['embed.html?view=graph', 1000, 640],
    ['embed.html?view=timeline', 320, 680],
    ['embed.html?view=timeline', 640, 610],
    ['embed.html?view=timeline', 1000, 600],
    ['embed.html?view=table', 320, 680],
    ['embed.html?view=table', 640, 610],
    ['embed.html?view=table', 1000, 610],
    ['embed.html?view=both', 1000, 990],
    ['embed.html?view=nonsense', 1000, 990], // an unknown view: as both
    // header=0 leaves out the title and description
    ['embed.html?header=0', 320, 970],
    ['embed.html?header=0', 640, 870],
    ['embed.html?header=0', 1000, 930],
    ['embed.html?view=graph&header=0', 1000, 580],
    ['embed.html?header=1', 1000, 990],
    ['https://parley.example/embed.html?dataset=x&view=table', 1000, 610],
    // height=N: that height at every width, clamped to 200-4000
    ['embed.html?view=graph&height=640', 320, 640],
    ['embed.html?height=640', 1000, 640],
    ['embed.html?height=50', 1000, 200],
    ['embed.html?height=9000', 1000, 4000],
    ['embed.html?height=-5', 1000, 990],
    ['embed.html?height=tall', 1000, 990],
  ])('%j at %i px wide: %i px', (src, width, height) => {
    expect(guessHeight(src, PAGE, width)).toBe(height);
  });

  it.each([
    ['embed.html', 0], // not laid out yet
    ['embed.html', Number.NaN],
    ['http://[::1', 1000], // unparsable
  ])('%j at %d px wide: no guess', (src, width) => {
    expect(guessHeight(src, PAGE, width)).toBeUndefined();
  });
});

describe('messageType', () => {
  it.each([
    [{ type: 'parley:height', height: 10 }, 'parley:height'],
    [{ type: 'anything' }, 'anything'],
    [{ type: '' }, ''],
    [{ type: 3 }, undefined],
    [{ height: 10 }, undefined],
    [null, undefined],
    [undefined, undefined],
    ['parley:height', undefined],
    [42, undefined],
  ])('%j: %j', (data, type) => {
    expect(messageType(data)).toBe(type);
  });
});

describe('reportedHeight', () => {
  it.each([
    [812, 812],
    [812.2, 813], // whole pixels, never cutting the last row off
    [0.5, 1],
    ['640', 640],
    [99999.5, 100000],
    [0, undefined],
    [-5, undefined],
    [100000, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    [Number.NaN, undefined],
    ['tall', undefined],
    [undefined, undefined],
    [null, undefined],
  ])('height %j: %j', (height, px) => {
    expect(reportedHeight({ height })).toBe(px);
  });
});

describe('selectionOf', () => {
  it.each([
    [{ actor: 'putin' }, { actor: 'putin' }],
    [{ event: 'alaska-summit' }, { event: 'alaska-summit' }],
    [
      { actor: 'trump', about: 'putin', on: 'ceasefire' },
      { actor: 'trump', about: 'putin', on: 'ceasefire' },
    ],
    [{}, {}], // nothing selected
    [{ actor: 7, event: null, on: ['x'] }, {}],
    [{ actor: 'putin', type: 'parley:selection', height: 3 }, { actor: 'putin' }],
  ])('%j: %j', (data, detail) => {
    expect(selectionOf(data)).toEqual(detail);
  });
});

describe('selectMessage', () => {
  it.each([
    [{ actor: 'putin' }, { type: 'parley:select', actor: 'putin' }],
    [{ event: 'alaska-summit' }, { type: 'parley:select', event: 'alaska-summit' }],
    [
      { actor: 'witkoff', about: 'ukraine' },
      { type: 'parley:select', actor: 'witkoff', about: 'ukraine' },
    ],
    [{ on: 'ceasefire' }, { type: 'parley:select', on: 'ceasefire' }],
    [
      { actor: 'putin', about: undefined },
      { type: 'parley:select', actor: 'putin' },
    ],
    [{}, { type: 'parley:select' }],
  ])('%j: %j', (target, message) => {
    expect(selectMessage(target)).toStrictEqual(message);
  });

  it('copies only the target fields', () => {
    const target = { actor: 'putin', extra: 'x' } as { actor: string };
    expect(selectMessage(target)).toStrictEqual({ type: 'parley:select', actor: 'putin' });
  });
});

describe('stillUrl', () => {
  it.each([
    [
      'https://parley.example/embed.html?dataset=german-nuclear-2011&view=graph',
      'https://parley.example/stills/german-nuclear-2011-graph.png',
    ],
    // Beside the embed page, wherever it is.
    [
      'https://parley.example/graphics/parley/embed.html?dataset=x',
      'https://parley.example/graphics/parley/stills/x-graph.png',
    ],
    // Without a dataset: the one the embed loads by default.
    [
      'https://parley.example/embed.html',
      'https://parley.example/stills/alaska-summit-2025-graph.png',
    ],
    ['embed.html?dataset=x', 'https://news.example/2025/stills/x-graph.png'],
    // Quotes cannot end the CSS url("…") the address is put in.
    [
      'https://parley.example/embed.html?dataset=a"),url(x',
      'https://parley.example/stills/a%22),url(x-graph.png',
    ],
    ['data:text/html,<p>x</p>', undefined],
    ['http://[::1', undefined],
  ])('%j: %j', (src, url) => {
    expect(stillUrl(src, PAGE)).toBe(url);
  });

  it('names the same default data set as the loader', () => {
    expect(DEFAULT_DATASET).toBe(LOADED_BY_DEFAULT);
  });
});

describe('stepMessages', () => {
  const open = { type: 'parley:window', from: undefined, to: undefined };
  it.each([
    [{ actor: 'putin' }, [{ type: 'parley:select', actor: 'putin' }, open]],
    [
      { actor: 'witkoff', about: 'ukraine' },
      [{ type: 'parley:select', actor: 'witkoff', about: 'ukraine' }, open],
    ],
    [
      { actor: 'trump', on: 'ceasefire' },
      [{ type: 'parley:select', actor: 'trump', on: 'ceasefire' }, open],
    ],
    [{ event: 'alaska-summit' }, [{ type: 'parley:select', event: 'alaska-summit' }, open]],
    [{ on: 'ceasefire' }, [{ type: 'parley:select', on: 'ceasefire' }, open]],
    [
      { from: '2025-08-17', to: '2025-08-17' },
      [{ type: 'parley:clear' }, { type: 'parley:window', from: '2025-08-17', to: '2025-08-17' }],
    ],
    [
      { actor: 'rubio', from: '2025-08' },
      [
        { type: 'parley:select', actor: 'rubio' },
        { type: 'parley:window', from: '2025-08', to: undefined },
      ],
    ],
    // data-clear (an empty attribute), and a step that names nothing, clear.
    [{ clear: '' }, [{ type: 'parley:clear' }, open]],
    [{ clear: '', actor: 'putin' }, [{ type: 'parley:clear' }, open]],
    [{}, [{ type: 'parley:clear' }, open]],
    [{ actor: '' }, [{ type: 'parley:clear' }, open]],
    // Ids are passed on as written: the embed checks them.
    [{ actor: 'nobody' }, [{ type: 'parley:select', actor: 'nobody' }, open]],
  ])('%j', (step, messages) => {
    expect(stepMessages(step)).toStrictEqual(messages);
  });
});

describe('coverInset', () => {
  // The embed's box on the page: 0–740 tall, 0–375 wide.
  const FRAME = { top: 0, bottom: 740, left: 0, right: 375 };
  const card = (top: number, bottom: number, left = 20, right = 355) => ({
    top,
    bottom,
    left,
    right,
  });
  it.each([
    // In the lower half: it and everything below it are covered.
    ['a card in the lower half', card(400, 600), { top: 0, bottom: 340 }],
    ['a card across the middle, more of it low', card(300, 500), { top: 0, bottom: 440 }],
    // In the upper half: it and everything above it.
    ['a card in the upper half', card(100, 300.4), { top: 300, bottom: 0 }],
    ['a card running off the top', card(-80, 120), { top: 120, bottom: 0 }],
    ['a card running off the bottom', card(650, 900), { top: 0, bottom: 90 }],
    ['a card below the box', card(740, 900), { top: 0, bottom: 0 }],
    ['a card above the box', card(-200, 0), { top: 0, bottom: 0 }],
    ['a card beside the box', card(300, 500, 400, 700), { top: 0, bottom: 0 }],
  ])('%s', (_, rect, inset) => {
    expect(coverInset(FRAME, rect)).toEqual(inset);
  });
});
