/** The events vis-timeline holds for a large data set: near the window, bounded, diffed. */
import { describe, expect, it } from 'vitest';
import { bounded, near, planUpdate, type Span } from '../../src/timeline/event-window';

const DAY = 86_400_000;
const at = (text: string) => Date.parse(`${text}T00:00:00Z`);
const ev = (id: string, start: string, end?: string): Span => ({
  id,
  start: at(start),
  ...(end ? { end: at(end) } : {}),
});

describe('events near the window', () => {
  // A window of 10 days, 1–11 March; a margin of one width each side: 19 Feb – 21 Mar.
  const window = { start: at('2011-03-01'), end: at('2011-03-11') };
  const events = [
    ev('long-before', '2011-01-01'),
    ev('range-into-margin', '2011-01-10', '2011-02-20'),
    ev('in-margin-left', '2011-02-19'),
    ev('inside', '2011-03-05'),
    ev('in-margin-right', '2011-03-20'),
    ev('just-after', '2011-03-21'),
  ];

  it('keeps those that overlap the window and its margins, ranges by their end', () => {
    expect(near(events, window, 1).map((e) => e.id)).toEqual([
      'range-into-margin',
      'in-margin-left',
      'inside',
      'in-margin-right',
    ]);
  });

  it('without a margin, only what is on screen', () => {
    expect(near(events, window, 0).map((e) => e.id)).toEqual(['inside']);
  });
});

describe('bounded events', () => {
  const events = [
    ev('a', '2011-03-01'),
    ev('b', '2011-03-09'),
    ev('c', '2011-03-31'),
    ev('d', '2011-04-02'),
    ev('e', '2011-05-20'),
    ev('f', '2011-05-21'),
  ];

  it('are the events themselves up to the bound', () => {
    expect(bounded(events, 6, 'month')).toEqual(events);
  });

  it('above it, two or more in a period become a count; a lone one stays itself', () => {
    const out = bounded(events, 5, 'month');
    expect(out).toEqual([
      {
        kind: 'event-cluster',
        id: `events:month:${at('2011-03-01')}`,
        unit: 'month',
        start: at('2011-03-01'),
        end: at('2011-04-01'),
        ids: ['a', 'b', 'c'],
      },
      events[3],
      {
        kind: 'event-cluster',
        id: `events:month:${at('2011-05-01')}`,
        unit: 'month',
        start: at('2011-05-01'),
        end: at('2011-06-01'),
        ids: ['e', 'f'],
      },
    ]);
  });

  it('a pinned event (selected, or being focused) is never hidden in a count', () => {
    const out = bounded(events, 5, 'month', new Set(['b']));
    expect(out.map((i) => ('ids' in i ? i.ids.join('+') : i.id))).toEqual(['a+c', 'b', 'd', 'e+f']);
    // The count starts where its period does, before the pinned event.
    expect(out[0]!.start).toBe(at('2011-03-01'));
  });

  it('by week: Monday 28 March to Sunday 3 April is one period', () => {
    const out = bounded(events, 1, 'week');
    expect(out.map((i) => ('ids' in i ? i.ids.join('+') : i.id))).toEqual(['a', 'b', 'c+d', 'e+f']);
    expect(out[2]).toMatchObject({ start: at('2011-03-28'), end: at('2011-03-28') + 7 * DAY });
  });
});

describe('the update plan', () => {
  type Item = { id: string; className: string };
  const same = (a: Item, b: Item) => a.className === b.className;
  const held = new Map<string, Item>([
    ['a', { id: 'a', className: 'event' }],
    ['b', { id: 'b', className: 'event' }],
    ['c', { id: 'c', className: 'event' }],
  ]);

  it('removes what left, puts only what is new or changed', () => {
    const plan = planUpdate(
      held,
      [
        { id: 'b', className: 'event' },
        { id: 'c', className: 'event is-related' },
        { id: 'd', className: 'event' },
      ],
      same,
    );
    expect(plan).toEqual({
      remove: ['a'],
      put: [
        { id: 'c', className: 'event is-related' },
        { id: 'd', className: 'event' },
      ],
    });
  });

  it('touches nothing when nothing changed', () => {
    expect(planUpdate(held, [...held.values()], same)).toEqual({ remove: [], put: [] });
  });
});
