// The app root's data-ready list: tokens added once each, in a stable order.
import { describe, expect, it } from 'vitest';
import { withReady, type ReadyView } from '../../src/state/ready';

describe('withReady', () => {
  const cases: [string | undefined, ReadyView, string][] = [
    [undefined, 'graph', 'graph'],
    ['', 'timeline', 'timeline'],
    ['graph', 'timeline', 'graph timeline'],
    ['timeline', 'graph', 'graph timeline'],
    ['graph', 'graph', 'graph'],
    ['  timeline  graph ', 'graph', 'graph timeline'],
  ];
  it.each(cases)('%j + %s gives %j', (current, view, expected) => {
    expect(withReady(current, view)).toBe(expected);
  });
});
