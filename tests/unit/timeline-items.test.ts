import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/model/dates';
import { resolve } from '../../src/model/resolve';
import type { Dataset, PDate, RawDataset } from '../../src/model/types';
import { majorLabel, minorLabel } from '../../src/timeline/axis';
import { fitWindow } from '../../src/timeline/fit';
import {
  buildItems,
  chronologicalEvents,
  eventItem,
  eventItems,
  markEvents,
  statementItem,
  type EventItem,
  type StatementItem,
} from '../../src/timeline/items';
import { keyAction } from '../../src/timeline/keyboard';
import { askedRange, isInView, itemCenter } from '../../src/timeline/range';

function parsed(text: string): PDate {
  const result = parseDate(text);
  if (!result.ok) throw new Error(result.message);
  return result.date;
}

const raw: RawDataset = {
  format: 'parley/1',
  id: 'timeline-items',
  title: 'Timeline items',
  actors: [
    { id: 'us', name: 'United States', kind: 'state' },
    { id: 'ussr', name: 'Soviet Union', kind: 'state' },
    { id: 'scar', name: 'SCAR', kind: 'organization' },
    { id: 'eu', name: 'European officials', kind: 'group' },
  ],
  events: [
    { id: 'summit', title: 'Alaska summit', start: '2025-08-15', kind: 'summit' },
    { id: 'conference', title: 'Washington Conference', start: '1959-10-15', end: '1959-12-01' },
    { id: 'talks', title: 'Preparatory talks', start: '1958-06', end: '1959-10' },
    { id: 'signing', title: 'Signing', start: '1959-12-01T11:00-05:00', kind: 'treaty' },
    { id: 'cramra', title: 'Minerals convention', start: '1989', status: 'cancelled' },
    {
      id: 'helsinki',
      title: 'Helsinki meeting',
      start: '2020',
      status: 'postponed',
      kind: 'meeting',
    },
    { id: 'washington', title: 'Washington meeting', start: '2025-08-18', status: 'planned' },
    { id: 'proposal', title: 'U.S. proposal', start: '1948-08', approximate: true },
    { id: 'cnn', title: 'Witkoff on CNN', start: '2025-08-17' },
    { id: 'brussels', title: 'Brussels press conference', start: '2025-08-17' },
  ],
  statements: [
    {
      id: 'at-summit',
      speaker: 'us',
      about: ['ussr'],
      stance: 'positive',
      summary: 'S.',
      event: 'summit',
    },
    {
      id: 'eu-cautious',
      speaker: 'eu',
      about: ['us'],
      stance: 'negative',
      summary: 'S.',
      date: '2025-08-17',
    },
    {
      id: 'military',
      speaker: 'ussr',
      about: ['us'],
      stance: 'mixed',
      summary: 'S.',
      date: '1957',
      certainty: 'alleged',
      via: 'scar',
    },
    {
      id: 'dated-at-event',
      speaker: 'ussr',
      about: ['us'],
      stance: 'neutral',
      summary: 'S.',
      event: 'conference',
      date: '1959-11-02',
    },
  ],
};

const ds: Dataset = resolve(raw);
const event = (id: string) => ds.events.find((e) => e.id === id)!;
const statement = (id: string) => ds.statements.find((s) => s.id === id)!;
const item = (id: string, state = {}) => eventItem(event(id), 'en', state);

describe('event items', () => {
  it('draws a day without an end as a range over that whole day', () => {
    const it = item('summit');
    expect(it.type).toBe('range');
    expect(it.start).toBe(Date.UTC(2025, 7, 15));
    expect(it.end).toBe(Date.UTC(2025, 7, 16));
    expect(it.date).toBe('August 15, 2025');
    expect(it.group).toBe('events');
  });

  it('ends a range at the exclusive end of its written end date', () => {
    const it = item('conference');
    expect(it.type).toBe('range');
    expect(it.start).toBe(Date.UTC(1959, 9, 15));
    // "1959-12-01" covers all of 1 December: the range ends at 2 December, 00:00 UTC.
    expect(it.end).toBe(Date.UTC(1959, 11, 2));
    expect(it.date).toBe('October 15, 1959 – December 1, 1959');
  });

  it('ends a month-precision range at the end of that month', () => {
    const it = item('talks');
    expect([it.start, it.end]).toEqual([Date.UTC(1958, 5, 1), Date.UTC(1959, 10, 1)]);
    expect(it.date).toBe('June 1958 – October 1959');
  });

  it('spans a year-precision event without an end over its whole year, labelled with the year only', () => {
    const it = item('cramra');
    expect(it.type).toBe('range');
    expect([it.start, it.end]).toEqual([Date.UTC(1989, 0, 1), Date.UTC(1990, 0, 1)]);
    expect(it.date).toBe('1989');
    expect(it.label.startsWith('Minerals convention, 1989,')).toBe(true);
  });

  it('spans an approximate month over the month and writes "c." before it', () => {
    const it = item('proposal');
    expect([it.start, it.end]).toEqual([Date.UTC(1948, 7, 1), Date.UTC(1948, 8, 1)]);
    expect(it.date).toBe('c. August 1948');
    expect(it.label).toBe('U.S. proposal, c. August 1948');
  });

  it('puts a date-time at its instant and shows its written offset', () => {
    const it = item('signing');
    expect(it.type).toBe('box');
    expect(it.start).toBe(Date.UTC(1959, 11, 1, 16, 0));
    expect(it.date).toBe('December 1, 1959, 11:00 (UTC\u221205:00)');
  });

  it('gives planned, cancelled and postponed events a class and a badge; held ones neither', () => {
    expect(item('washington')).toMatchObject({
      className: 'event status-planned',
      badge: 'Planned',
      label: 'Washington meeting, August 18, 2025, planned',
    });
    expect(item('cramra')).toMatchObject({
      className: 'event status-cancelled',
      badge: 'Cancelled',
      label: 'Minerals convention, 1989, cancelled',
    });
    expect(item('helsinki')).toMatchObject({
      className: 'event status-postponed',
      badge: 'Postponed',
      label: 'Helsinki meeting, 2020, postponed, meeting',
    });
    const held = item('summit');
    expect(held.className).toBe('event status-held');
    expect(held.badge).toBeUndefined();
    expect(held.label).toBe('Alaska summit, August 15, 2025, summit');
  });

  it('marks the selected event and the related ones; the rest keep their classes', () => {
    expect(item('summit', { selectedEvent: 'summit' }).className).toBe(
      'event status-held is-selected',
    );
    expect(item('summit', { selectedEvent: 'summit' }).selected).toBe(true);
    const related = new Set(['summit', 'cnn']);
    expect(item('summit', { selectedEvent: 'summit', related }).className).toBe(
      'event status-held is-selected',
    );
    expect(item('cnn', { selectedEvent: 'summit', related }).className).toBe(
      'event status-held is-related',
    );
    // Dimmed by the root's class, so a selection does not touch every item.
    expect(item('brussels', { selectedEvent: 'summit', related }).className).toBe(
      'event status-held',
    );
    expect(item('brussels').className).toBe('event status-held');
  });

  it('marks a selection on items made without one, touching only the marked events', () => {
    const plain = eventItems(ds.events, 'en');
    const related = new Set(['cnn']);
    const marked = markEvents(plain, { selectedEvent: 'summit', related });
    const byId = new Map(marked.map((e) => [e.id, e]));
    expect(byId.get('summit')).toMatchObject({
      className: 'event status-held is-selected',
      selected: true,
    });
    expect(byId.get('cnn')).toMatchObject({
      className: 'event status-held is-related',
      selected: false,
    });
    // Everything else is the very item it was.
    const untouched = marked.filter((e) => e.id !== 'summit' && e.id !== 'cnn');
    expect(untouched.length).toBe(plain.length - 2);
    for (const e of untouched) expect(plain).toContain(e);
    expect(plain.find((e) => e.id === 'summit')!.className).toBe('event status-held');
  });

  it('formats dates in the data set language', () => {
    expect(eventItem(event('summit'), 'de').date).toBe('15. August 2025');
    expect(eventItem(event('cramra'), 'fr').date).toBe('1989');
  });
});

describe('statement items', () => {
  it('makes points only for statements with a date and no event', () => {
    const points = buildItems(ds.events, ds.statements, 'en').filter(
      (i): i is StatementItem => i.kind === 'statement',
    );
    expect(points.map((p) => p.id)).toEqual(['eu-cautious', 'military']);
    expect(points.every((p) => p.type === 'point' && p.group === 'statements')).toBe(true);
  });

  it('names the speaker, stance and date, and shows the stance as a symbol', () => {
    const p = statementItem(statement('eu-cautious'), 'en');
    // The speaker isolated (U+2068 … U+2069: i18n isolate).
    expect(p.label).toBe('Statement by \u2068European officials\u2069: negative, August 17, 2025');
    // In the middle of the day written, not at its midnight.
    expect(p.start).toBe(Date.UTC(2025, 7, 17, 12));
    expect(p.symbol).toBe('−');
    expect(p.speakerId).toBe('eu');
    expect(p.className).toBe('statement stance-negative certainty-confirmed');
    expect(p.note).toBeUndefined();
  });

  it('shows certainty and via on the point and in its name', () => {
    const p = statementItem(statement('military'), 'en');
    expect(p.label).toBe(
      'Statement by \u2068Soviet Union\u2069: mixed, 1957, alleged, via \u2068SCAR\u2069',
    );
    expect(p.note).toBe('Alleged · via \u2068SCAR\u2069');
    expect(p.symbol).toBe('±');
    expect(p.date).toBe('1957');
  });
});

describe('item order', () => {
  it('lists events in time order, keeping data order for the same date', () => {
    expect(chronologicalEvents(ds.events).map((e) => e.id)).toEqual([
      'proposal',
      'talks',
      'conference',
      'signing',
      'cramra',
      'helsinki',
      'summit',
      'cnn',
      'brussels',
      'washington',
    ]);
    const events = buildItems(ds.events, [], 'en').filter(
      (i): i is EventItem => i.kind === 'event',
    );
    expect(events.map((e) => e.id)[0]).toBe('proposal');
  });
});

describe('keyboard model', () => {
  it.each([
    ['ArrowRight', 1, { move: 2 }],
    ['ArrowDown', 1, { move: 2 }],
    ['ArrowLeft', 1, { move: 0 }],
    ['ArrowUp', 1, { move: 0 }],
    ['ArrowRight', 4, { move: 4 }],
    ['ArrowLeft', 0, { move: 0 }],
    ['Home', 3, { move: 0 }],
    ['End', 0, { move: 4 }],
    ['Enter', 2, { activate: true }],
    [' ', 2, { activate: true }],
    ['a', 2, undefined],
    ['Tab', 2, undefined],
  ])('%j at %i of 5 gives %j', (key, index, expected) => {
    expect(keyAction(key, index, 5)).toEqual(expected);
  });

  it('does nothing in an empty row', () => {
    expect(keyAction('ArrowRight', 0, 0)).toBeUndefined();
  });

  it('right to left, the arrows point the other way in time; up and down do not change', () => {
    expect(keyAction('ArrowLeft', 2, 5, true)).toEqual({ move: 3 });
    expect(keyAction('ArrowRight', 2, 5, true)).toEqual({ move: 1 });
    expect(keyAction('ArrowDown', 2, 5, true)).toEqual({ move: 3 });
    expect(keyAction('ArrowUp', 2, 5, true)).toEqual({ move: 1 });
  });
});

describe('axis labels', () => {
  const day = Date.UTC(2025, 7, 15);
  it.each([
    ['day', '15', 'August 2025'],
    ['weekday', '15 Fri', 'August 2025'],
    ['month', 'Aug', '2025'],
    ['year', '2025', ''],
  ])('at a %s scale reads %j under %j', (scale, minor, major) => {
    expect(minorLabel(day, scale, 'en')).toBe(minor);
    expect(majorLabel(day, scale, 'en')).toBe(major);
  });

  it('shows times in UTC whatever the machine time zone', () => {
    expect(minorLabel(Date.UTC(1959, 11, 1, 16, 0), 'hour', 'en-GB')).toBe('16:00');
    expect(majorLabel(Date.UTC(1959, 11, 1, 16, 0), 'hour', 'en-GB')).toBe(
      'Tuesday, 1 December 1959',
    );
  });

  it('uses the data set language', () => {
    expect(minorLabel(day, 'weekday', 'de')).toBe('Fr., 15.');
    expect(majorLabel(day, 'day', 'fr')).toBe('août 2025');
  });
});

describe('view ranges', () => {
  const day = (d: number) => Date.UTC(2025, 7, d);
  const items = buildItems([event('summit'), event('cnn'), event('washington')], [], 'en');
  const summit = items[0]!;

  it('knows whether an item is in view, keeping points off the edges when asked', () => {
    // The summit covers 15 August; a box (the signing, at 16:00 UTC) is one instant.
    expect(isInView(summit, { start: day(14), end: day(15) })).toBe(false);
    expect(isInView(summit, { start: day(15) + 12 * 3_600_000, end: day(20) })).toBe(true);
    expect(isInView(summit, { start: day(16) + 1, end: day(20) })).toBe(false);
    const box = item('signing');
    const at = Date.UTC(1959, 11, 1, 16);
    expect(isInView(box, { start: at - 1000, end: at + 1000 })).toBe(true);
    expect(isInView(box, { start: at - 1000, end: at + 99_000 }, 0.05)).toBe(false);
    const range = item('conference'); // 15 October to 1 December 1959
    expect(isInView(range, { start: Date.UTC(1959, 10, 1), end: Date.UTC(1959, 10, 2) })).toBe(
      true,
    );
  });

  it('centers on a range’s middle and a box’s start', () => {
    expect(itemCenter(summit)).toBe(Date.UTC(2025, 7, 15, 12));
    expect(itemCenter(item('signing'))).toBe(Date.UTC(1959, 11, 1, 16));
    expect(itemCenter(item('cramra'))).toBe((Date.UTC(1989, 0, 1) + Date.UTC(1990, 0, 1)) / 2);
  });

  it('shows from the start of `from` to the end of `to`, at their precision', () => {
    const from = parsed('2025-08');
    const to = parsed('2025-08-17');
    expect(askedRange(items, from, to)).toEqual({ start: day(1), end: day(18) });
    // `to` before `from`: the period of `from` alone.
    expect(askedRange(items, to, parsed('2025-08-10'))).toEqual({ start: day(17), end: day(18) });
    expect(askedRange(items, undefined, undefined)).toBeUndefined();
  });

  it('fills a missing bound from the data, with a margin', () => {
    // Data: 15 to 18 August (the last day ends at the start of the 19th).
    const from = askedRange(items, parsed('2025-08-16'), undefined)!;
    expect(from.start).toBe(day(16));
    expect(from.end).toBe(day(19) + 3 * 86_400_000 * 0.04);
    const to = askedRange(items, undefined, parsed('2025-08-16'))!;
    expect(to.end).toBe(day(17));
    expect(to.start).toBe(day(15) - 2 * 86_400_000 * 0.04);
  });
});

describe('fitting labels in', () => {
  const opts = { pad: 10, minSpan: 1000 };

  it('leaves room after the last item for its label', () => {
    // Two points 100 ms apart; the last label is 100 px wide; 220 px in all.
    const opts = { pad: 10, minSpan: 10 };
    const w = fitWindow(
      [
        { start: 0, width: 50 },
        { start: 100, width: 100 },
      ],
      220,
      opts,
    )!;
    const px = (t: number) => ((t - w.start) / (w.end - w.start)) * 220;
    expect(px(0)).toBeCloseTo(10);
    expect(px(100) + 100).toBeCloseTo(210); // label ends at the right padding
  });

  it('keeps a range end in view', () => {
    const w = fitWindow([{ start: 0, end: 1000, width: 20 }], 120, opts)!;
    const px = (t: number) => ((t - w.start) / (w.end - w.start)) * 120;
    expect(px(0)).toBeCloseTo(10);
    expect(px(1000)).toBeCloseTo(110);
  });

  it('gives a single point its minimum span, and nothing for no items', () => {
    const w = fitWindow([{ start: 5000, width: 30 }], 120, opts)!;
    expect(w.end - w.start).toBeCloseTo(1000 * (120 / 100));
    expect(fitWindow([], 120, opts)).toBeUndefined();
  });
});
