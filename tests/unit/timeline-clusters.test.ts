/** What a statement cluster shows: the stance mix and the selected speaker's points. */
import { describe, expect, it } from 'vitest';
import { markSpeaker, stanceMix, type StatementItem } from '../../src/timeline/items';
import type { Stance } from '../../src/model/types';

describe('stance mix', () => {
  it.each([
    [[], []],
    [['negative'], [{ stance: 'negative', count: 1 }]],
    [
      ['mixed', 'positive', 'negative', 'positive', 'neutral', 'positive'],
      [
        { stance: 'positive', count: 3 },
        { stance: 'negative', count: 1 },
        { stance: 'neutral', count: 1 },
        { stance: 'mixed', count: 1 },
      ],
    ],
  ] as [Stance[], { stance: Stance; count: number }[]][])('%j counts as %j', (stances, mix) => {
    expect(stanceMix(stances.map((stance) => ({ stance })))).toEqual(mix);
  });
});

describe("the selected speaker's points", () => {
  const point = (id: string, speakerId: string) =>
    ({ id, speakerId, className: 'statement stance-positive' }) as StatementItem;
  const points = [point('a', 'merkel'), point('b', 'spd'), point('c', 'merkel')];

  it('are marked with is-mine, the others left as they were', () => {
    const marked = markSpeaker(points, 'merkel');
    expect(marked.map((p) => p.className)).toEqual([
      'statement stance-positive is-mine',
      'statement stance-positive',
      'statement stance-positive is-mine',
    ]);
    expect(marked[1]).toBe(points[1]);
  });

  it('are not marked when no actor is selected', () => {
    expect(markSpeaker(points, undefined)).toBe(points);
  });
});
