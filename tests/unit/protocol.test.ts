import { describe, expect, it } from 'vitest';
import { heightMessage, parseInbound, selectionMessage } from '../../src/embed/protocol';

describe('parseInbound accepts well-formed host messages', () => {
  it.each([
    [
      { type: 'parley:select', actor: 'putin' },
      { type: 'parley:select', actor: 'putin' },
    ],
    [
      { type: 'parley:select', event: 'alaska-summit' },
      { type: 'parley:select', event: 'alaska-summit' },
    ],
    [
      { type: 'parley:select', actor: 'trump', about: 'putin' },
      { type: 'parley:select', actor: 'trump', about: 'putin' },
    ],
    [
      { type: 'parley:select', actor: 'trump', on: 'ceasefire' },
      { type: 'parley:select', actor: 'trump', on: 'ceasefire' },
    ],
    [
      { type: 'parley:select', on: 'ceasefire' },
      { type: 'parley:select', on: 'ceasefire' },
    ],
    [{ type: 'parley:clear' }, { type: 'parley:clear' }],
    [{ type: 'parley:clear', extra: 1 }, { type: 'parley:clear' }],
    [
      { type: 'parley:window', from: '2025-08-15', to: '2025-08-17' },
      { type: 'parley:window', from: '2025-08-15', to: '2025-08-17' },
    ],
    [
      { type: 'parley:window', from: '2025' },
      { type: 'parley:window', from: '2025', to: undefined },
    ],
    [
      { type: 'parley:window', from: null, to: null },
      { type: 'parley:window', from: undefined, to: undefined },
    ],
    [
      { type: 'parley:inset', top: 0, bottom: 340 },
      { type: 'parley:inset', top: 0, bottom: 340 },
    ],
    [
      { type: 'parley:inset', top: 120.5, bottom: 0, extra: 1 },
      { type: 'parley:inset', top: 120.5, bottom: 0 },
    ],
  ])('%j', (input, expected) => {
    expect(parseInbound(input)).toEqual(expected);
  });
});

describe('parseInbound ignores anything malformed', () => {
  it.each([
    ['null', null],
    ['a string', 'parley:clear'],
    ['an array', [{ type: 'parley:clear' }]],
    ['no type', { actor: 'putin' }],
    ['a foreign type', { type: 'other:select', actor: 'putin' }],
    ['an unknown parley type', { type: 'parley:explode' }],
    ['select with both actor and event', { type: 'parley:select', actor: 'a', event: 'b' }],
    ['select with neither', { type: 'parley:select' }],
    ['select with a non-string id', { type: 'parley:select', actor: 42 }],
    ['select with a path for an id', { type: 'parley:select', actor: '../x' }],
    ['select with markup for an id', { type: 'parley:select', event: '<img src=x>' }],
    ['select with about and on', { type: 'parley:select', actor: 'a', about: 'b', on: 't' }],
    ['select with about but no actor', { type: 'parley:select', about: 'b' }],
    ['select with an event and a topic', { type: 'parley:select', event: 'e', on: 't' }],
    ['select with an actor and an event', { type: 'parley:select', actor: 'a', event: 'e' }],
    ['select with a bad about', { type: 'parley:select', actor: 'a', about: 'B B' }],
    ['select with a non-string on', { type: 'parley:select', on: ['t'] }],
    ['window with an impossible date', { type: 'parley:window', from: '2025-02-30' }],
    ['window with a number', { type: 'parley:window', to: 20250817 }],
    ['window with an offset-less time', { type: 'parley:window', from: '2025-08-15T11:00' }],
    ['inset without a bottom', { type: 'parley:inset', top: 10 }],
    ['inset with a string', { type: 'parley:inset', top: '10', bottom: 0 }],
    ['inset below zero', { type: 'parley:inset', top: -1, bottom: 0 }],
    ['inset not finite', { type: 'parley:inset', top: 0, bottom: Infinity }],
    ['inset of no number', { type: 'parley:inset', top: Number.NaN, bottom: 0 }],
  ])('%s', (_name, input) => {
    expect(parseInbound(input)).toBeUndefined();
  });
});

describe('outbound messages', () => {
  it('rounds the height up to whole pixels', () => {
    expect(heightMessage(612.2)).toEqual({ type: 'parley:height', height: 613 });
  });
  it.each([
    [{ actor: 'putin' }, { type: 'parley:selection', actor: 'putin' }],
    [{ event: 'summit' }, { type: 'parley:selection', event: 'summit' }],
    [
      { actor: 'trump', about: 'putin' },
      { type: 'parley:selection', actor: 'trump', about: 'putin' },
    ],
    [
      { actor: 'trump', on: 'ceasefire' },
      { type: 'parley:selection', actor: 'trump', on: 'ceasefire' },
    ],
    [{ on: 'ceasefire' }, { type: 'parley:selection', on: 'ceasefire' }],
    [{}, { type: 'parley:selection' }],
  ])('selection %j', (input, expected) => {
    expect(selectionMessage(input)).toEqual(expected);
  });
});
