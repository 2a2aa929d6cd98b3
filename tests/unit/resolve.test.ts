import { describe, expect, it } from 'vitest';
import { indexDataset, resolve } from '../../src/model/resolve';
import type { RawDataset } from '../../src/model/types';

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

/** Every kind of reference, with affiliations pointing forward and back. */
const raw: RawDataset = {
  format: 'parley/1',
  id: 'resolve-test',
  title: 'Resolve test',
  published: '2025-08',
  sources: [
    { id: 'cnn', title: 'State of the Union', publisher: 'CNN', published: '2025-08-17' },
    { id: 'nbc', title: 'Meet the Press' },
  ],
  actors: [
    { id: 'witkoff', name: 'Steve Witkoff', kind: 'person', affiliations: ['us'], role: 'Envoy' },
    { id: 'putin', name: 'Vladimir Putin', kind: 'person', affiliations: ['ru'] },
    { id: 'us', name: 'United States', kind: 'state', aliases: ['USA', 'U.S.'] },
    { id: 'nato', name: 'NATO', kind: 'organization', affiliations: ['us', 'zz-late'] },
    { id: 'ru', name: 'Russia', kind: 'state' },
    { id: 'zz-late', name: 'Defined last', kind: 'group', affiliations: ['witkoff'] },
  ],
  topics: [{ id: 'guarantees', label: 'Security guarantees', description: 'Article 5-style' }],
  events: [
    {
      id: 'alaska',
      title: 'Alaska summit',
      start: '2025-08-15',
      participants: ['witkoff', 'putin'],
      topics: ['guarantees'],
    },
    {
      id: 'sunday',
      title: 'Sunday shows',
      start: '2025-08-17T09:00-04:00',
      end: '2025-08-17T12:00-04:00',
      status: 'cancelled',
      approximate: true,
      sources: ['nbc', 'cnn'],
    },
  ],
  statements: [
    {
      id: 's1',
      speaker: 'putin',
      topic: 'guarantees',
      stance: 'positive',
      summary: 'Putin reportedly agreed.',
      event: 'sunday',
      via: 'witkoff',
      certainty: 'reported',
      sources: ['cnn'],
    },
    {
      id: 's0',
      speaker: 'witkoff',
      about: ['putin', 'ru'],
      stance: 'neutral',
      summary: 'Witkoff described the talks.',
      event: 'alaska',
      date: '2025-08-16',
    },
    { id: 's2', speaker: 'us', about: ['ru'], stance: 'mixed', summary: 'Undated.', date: '2025' },
  ],
};

describe('resolve', () => {
  const ds = resolve(raw);
  const index = indexDataset(ds);
  const actor = (id: string) => index.actors.get(id)!;
  const event = (id: string) => index.events.get(id)!;
  const statement = (id: string) => index.statements.get(id)!;

  it('keeps records in file order', () => {
    expect(ids(ds.actors)).toEqual(['witkoff', 'putin', 'us', 'nato', 'ru', 'zz-late']);
    expect(ids(ds.sources)).toEqual(['cnn', 'nbc']);
    expect(ids(ds.events)).toEqual(['alaska', 'sunday']);
    expect(ids(ds.statements)).toEqual(['s1', 's0', 's2']);
  });

  it.each([
    ['witkoff', ['us']],
    ['putin', ['ru']],
    ['nato', ['us', 'zz-late']],
    ['zz-late', ['witkoff']],
    ['us', []],
  ])('resolves the affiliations of %s, forward references included', (id, expected) => {
    expect(ids(actor(id).affiliations)).toEqual(expected);
    for (const a of actor(id).affiliations) expect(a).toBe(actor(a.id));
  });

  it('resolves event references to the very same objects', () => {
    const alaska = event('alaska');
    expect(alaska.participants).toEqual([actor('witkoff'), actor('putin')]);
    expect(alaska.participants[0]).toBe(actor('witkoff'));
    expect(alaska.topics[0]).toBe(index.topics.get('guarantees'));
    expect(ids(event('sunday').sources)).toEqual(['nbc', 'cnn']);
    expect(event('sunday').sources[1]).toBe(index.sources.get('cnn'));
  });

  it('resolves statement references', () => {
    const s1 = statement('s1');
    expect(s1.speaker).toBe(actor('putin'));
    expect(s1.topic).toBe(index.topics.get('guarantees'));
    expect(s1.event).toBe(event('sunday'));
    expect(s1.via).toBe(actor('witkoff'));
    expect(s1.sources).toEqual([index.sources.get('cnn')]);
    expect(statement('s0').about).toEqual([actor('putin'), actor('ru')]);
  });

  it.each([
    ['data set language', () => ds.language, 'en'],
    ['actor aliases', () => actor('putin').aliases, []],
    ['actor affiliations', () => actor('ru').affiliations, []],
    ['event status', () => event('alaska').status, 'held'],
    ['event approximate', () => event('alaska').approximate, false],
    ['event participants', () => event('sunday').participants, []],
    ['event topics', () => event('sunday').topics, []],
    ['event sources', () => event('alaska').sources, []],
    ['statement certainty', () => statement('s0').certainty, 'confirmed'],
    ['statement about', () => statement('s1').about, []],
    ['statement sources', () => statement('s0').sources, []],
  ])('defaults %s', (_name, get, expected) => {
    expect(get()).toEqual(expected);
  });

  it.each([
    ['actor aliases', () => actor('us').aliases, ['USA', 'U.S.']],
    ['actor role', () => actor('witkoff').role, 'Envoy'],
    ['event status', () => event('sunday').status, 'cancelled'],
    ['event approximate', () => event('sunday').approximate, true],
    ['statement certainty', () => statement('s1').certainty, 'reported'],
    ['topic description', () => index.topics.get('guarantees')!.description, 'Article 5-style'],
    ['source publisher', () => index.sources.get('cnn')!.publisher, 'CNN'],
  ])('keeps the written %s', (_name, get, expected) => {
    expect(get()).toEqual(expected);
  });

  it('leaves absent optional fields out rather than undefined', () => {
    expect('role' in actor('putin')).toBe(false);
    expect('end' in event('alaska')).toBe(false);
    expect('via' in statement('s0')).toBe(false);
    expect('topic' in statement('s0')).toBe(false);
    expect('description' in ds).toBe(false);
  });

  it.each([
    // statement, date text, precision, start (ms, UTC)
    ['s1', '2025-08-17T09:00-04:00', 'minute', Date.UTC(2025, 7, 17, 13, 0)],
    ['s0', '2025-08-16', 'day', Date.UTC(2025, 7, 16)],
    ['s2', '2025', 'year', Date.UTC(2025, 0, 1)],
  ])('dates statement %s at %s (own date, else its event start)', (id, text, precision, start) => {
    const date = statement(id).date;
    expect(date.text).toBe(text);
    expect(date.precision).toBe(precision);
    expect(date.start).toBe(start);
  });

  it('shares one date object between records that write the same date', () => {
    const again = resolve({
      ...raw,
      statements: [
        { id: 'x1', speaker: 'us', about: ['ru'], stance: 'mixed', summary: 'A.', date: '2025' },
        { id: 'x2', speaker: 'ru', about: ['us'], stance: 'mixed', summary: 'B.', date: '2025' },
        { id: 'x3', speaker: 'ru', about: ['us'], stance: 'mixed', summary: 'C.', date: '2025-01' },
      ],
    });
    const [x1, x2, x3] = again.statements;
    expect(x1!.date).toBe(x2!.date);
    expect(x3!.date).not.toBe(x1!.date);
    expect(x3!.date.precision).toBe('month');
  });

  it('uses the event start object itself for a statement without a date', () => {
    expect(statement('s1').date).toBe(event('sunday').start);
  });

  it('parses the other dates with their precision', () => {
    expect(ds.published?.precision).toBe('month');
    expect(ds.published?.start).toBe(Date.UTC(2025, 7, 1));
    expect(index.sources.get('cnn')!.published?.text).toBe('2025-08-17');
    expect(event('sunday').end?.start).toBe(Date.UTC(2025, 7, 17, 16, 0));
  });
});

describe('indexDataset', () => {
  it('looks records up by id, per kind', () => {
    const index = indexDataset(resolve(raw));
    expect([...index.actors.keys()]).toEqual(['witkoff', 'putin', 'us', 'nato', 'ru', 'zz-late']);
    expect([...index.topics.keys()]).toEqual(['guarantees']);
    expect([...index.events.keys()]).toEqual(['alaska', 'sunday']);
    expect([...index.statements.keys()]).toEqual(['s1', 's0', 's2']);
    expect([...index.sources.keys()]).toEqual(['cnn', 'nbc']);
    expect(index.actors.get('alaska')).toBeUndefined();
  });
});

describe('resolve on unvalidated data', () => {
  const base: RawDataset = {
    format: 'parley/1',
    id: 'broken',
    title: 'Broken',
    actors: [{ id: 'a', name: 'A', kind: 'state' }],
    events: [{ id: 'e', title: 'E', start: '2025-08-15' }],
  };
  const statement = { id: 's', speaker: 'a', stance: 'neutral', summary: 'x', event: 'e' } as const;

  it.each<[string, Partial<RawDataset>, RegExp]>([
    [
      'unknown affiliation',
      { actors: [{ id: 'a', name: 'A', kind: 'state', affiliations: ['zz'] }] },
      /^actor "a": affiliations names unknown id "zz" \(was the data validated\?\)$/,
    ],
    [
      'impossible event date',
      { events: [{ id: 'e', title: 'E', start: '2025-02-30' }] },
      /^event "e": start "2025-02-30" is not a date: .*February 2025 has 28 days/,
    ],
    [
      'bad event end',
      { events: [{ id: 'e', title: 'E', start: '2025', end: 'soon' }] },
      /^event "e": end "soon" is not a date/,
    ],
    [
      'unknown participant',
      { events: [{ id: 'e', title: 'E', start: '2025', participants: ['b'] }] },
      /^event "e": participants names unknown id "b"/,
    ],
    [
      'speaker that is an event',
      { statements: [{ ...statement, speaker: 'e' }] },
      /^statement "s": speaker names unknown id "e"/,
    ],
    [
      'unknown statement event',
      { statements: [{ ...statement, event: 'nope' }] },
      /^statement "s": event names unknown id "nope"/,
    ],
    [
      'unknown topic',
      { statements: [{ ...statement, topic: 'peace' }] },
      /^statement "s": topic names unknown id "peace"/,
    ],
    [
      'unknown source',
      { statements: [{ ...statement, sources: ['cnn'] }] },
      /^statement "s": sources names unknown id "cnn"/,
    ],
    [
      'date-time without offset',
      { statements: [{ ...statement, date: '2025-08-15T11:00' }] },
      /^statement "s": date "2025-08-15T11:00" is not a date: .*no UTC offset/,
    ],
    [
      'neither date nor event',
      { statements: [{ id: 's', speaker: 'a', stance: 'neutral', summary: 'x' }] },
      /^statement "s" has neither a date nor an event/,
    ],
    [
      'bad data set date',
      { published: '15 August 2025' },
      /^data set: published "15 August 2025" is not a date/,
    ],
  ])('throws naming the record: %s', (_name, change, message) => {
    expect(() => resolve({ ...base, ...change })).toThrow(message);
  });
});
