import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/model/dates';
import {
  actorProfile,
  eventStatements,
  eventsInView,
  involvedEvents,
  statementsWith,
  statementsInView,
} from '../../src/model/derive';
import { indexDataset, resolve } from '../../src/model/resolve';
import type { PDate, RawDataset } from '../../src/model/types';

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

function date(text: string | undefined): PDate | undefined {
  if (text === undefined) return undefined;
  const parsed = parseDate(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.date;
}

const episode = resolve(
  JSON.parse(
    readFileSync(new URL('../fixtures/derive/episode.json', import.meta.url), 'utf8'),
  ) as RawDataset,
);
const index = indexDataset(episode);

/** Statements and events at every precision, around the edges of the windows below. */
const timeline = resolve({
  format: 'parley/1',
  id: 'windows',
  title: 'Windows',
  actors: [{ id: 'a', name: 'A', kind: 'state' }],
  events: [
    { id: 'span', title: 'Mid-August talks', start: '2025-08-10', end: '2025-08-20' },
    { id: 'later', title: 'Later', start: '2025-08-21' },
    { id: 'month', title: 'Some time in August', start: '2025-08' },
    { id: 'before', title: 'Before', start: '2025-07-20', end: '2025-08-14' },
    { id: 'years', title: 'Two years', start: '2024', end: '2025' },
  ],
  statements: [
    ['w1', '2024-12-31'],
    ['w2', '2025'],
    ['w3', '2025-07'],
    ['w4', '2025-07-31'],
    ['w5', '2025-08-01'],
    // 07:30 UTC on 16 August, though still the 15th in Anchorage.
    ['w6', '2025-08-15T23:30:00-08:00'],
    ['w7', '2026-01-01'],
  ].map(([id, when]) => ({
    id: id!,
    speaker: 'a',
    stance: 'neutral' as const,
    summary: id!,
    date: when!,
  })),
});

describe('statementsInView: topic filter', () => {
  it.each<[string, string[] | undefined, string[]]>([
    ['no filter', undefined, ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10']],
    ['empty set = all', [], ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10']],
    ['one topic, topic-less statements dropped', ['ceasefire'], ['s1', 's5']],
    ['two topics', ['guarantees', 'territory'], ['s3', 's4', 's7', 's9']],
    ['unknown topic', ['weather'], []],
  ])('%s', (_name, topics, expected) => {
    const filter = topics === undefined ? {} : { topics: new Set(topics) };
    expect(ids(statementsInView(episode.statements, filter))).toEqual(expected);
  });

  it('combines topic and window', () => {
    const filter = {
      topics: new Set(['territory']),
      from: date('2025-08-16'),
      to: date('2025-08-16'),
    };
    expect(ids(statementsInView(episode.statements, filter))).toEqual(['s7', 's9']);
  });
});

describe('statementsInView: window, inclusive at the written precision', () => {
  it.each<[string | undefined, string | undefined, string[]]>([
    [undefined, undefined, ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7']],
    ['2025', '2025', ['w2', 'w3', 'w4', 'w5', 'w6']],
    ['2025-07', '2025-07', ['w2', 'w3', 'w4']],
    ['2025-07-31', '2025-07-31', ['w2', 'w3', 'w4']],
    ['2025-08-01', '2025-08-01', ['w2', 'w5']],
    ['2025-08-16', '2025-08-16', ['w2', 'w6']],
    ['2025-07-31', '2025-08-01', ['w2', 'w3', 'w4', 'w5']],
    ['2025-08', undefined, ['w2', 'w5', 'w6', 'w7']],
    [undefined, '2024', ['w1']],
    [undefined, '2025-06', ['w1', 'w2']],
    ['2025-12-31', '2026', ['w2', 'w7']],
    ['2026-01-02', undefined, []],
  ])('from %s to %s', (from, to, expected) => {
    const filter = { from: date(from), to: date(to) };
    expect(ids(statementsInView(timeline.statements, filter))).toEqual(expected);
  });
});

describe('eventsInView', () => {
  it.each<[string | undefined, string | undefined, string[]]>([
    [undefined, undefined, ['span', 'later', 'month', 'before', 'years']],
    // 'years' runs from the start of 2024 to the end of 2025.
    ['2025-08-15', '2025-08-15', ['span', 'month', 'years']],
    ['2025-08-14', '2025-08-14', ['span', 'month', 'before', 'years']],
    ['2025-08-20', undefined, ['span', 'later', 'month', 'years']],
    ['2025-08-21', '2025-08-21', ['later', 'month', 'years']],
    [undefined, '2025-08-09', ['month', 'before', 'years']],
    ['2024-06', '2024-06', ['years']],
    ['2025-12-31', '2025-12-31', ['years']],
    ['2026', undefined, []],
  ])('window from %s to %s, by the span start..end', (from, to, expected) => {
    expect(ids(eventsInView(timeline.events, { from: date(from), to: date(to) }))).toEqual(
      expected,
    );
  });

  it.each<[string, string[] | undefined, string[]]>([
    ['no filter', undefined, ['alaska', 'cnn', 'brussels', 'washington']],
    ['empty set = all', [], ['alaska', 'cnn', 'brussels', 'washington']],
    ['any selected topic; topic-less events dropped', ['territory'], ['alaska', 'washington']],
    ['two topics', ['ceasefire', 'guarantees'], ['alaska', 'cnn', 'washington']],
  ])('topics: %s', (_name, topics, expected) => {
    const filter = topics === undefined ? {} : { topics: new Set(topics) };
    expect(ids(eventsInView(episode.events, filter))).toEqual(expected);
  });
});

describe('actorProfile', () => {
  it.each([
    // actor, said, about (by others only), events
    ['trump', ['s10', 's1', 's8', 's9'], ['s2'], ['alaska', 'washington']],
    ['putin', ['s2', 's4'], ['s10', 's1', 's7', 's8', 's3', 's5', 's6'], ['alaska']],
    ['witkoff', ['s3'], [], ['alaska', 'cnn']],
    ['zelenskyy', ['s7', 's5'], ['s9'], ['brussels', 'washington']],
    ['ru', [], ['s6'], []],
    ['bystander', [], [], []],
  ])('%s: said, about and events, chronological', (id, said, about, events) => {
    const profile = actorProfile(index.actors.get(id)!, episode.statements, episode.events);
    expect(ids(profile.said)).toEqual(said);
    expect(ids(profile.about)).toEqual(about);
    expect(ids(profile.events)).toEqual(events);
  });

  it.each([
    [
      'trump',
      [
        ['ceasefire', ['s1']],
        ['territory', ['s9']],
        [undefined, ['s10', 's8']],
      ],
    ],
    [
      'putin',
      [
        ['guarantees', ['s4']],
        [undefined, ['s2']],
      ],
    ],
    [
      'zelenskyy',
      [
        ['territory', ['s7']],
        ['ceasefire', ['s5']],
      ],
    ],
    ['bystander', []],
  ] as const)(
    '%s: said grouped by topic, in order of first mention, topic-less last',
    (id, expected) => {
      const profile = actorProfile(index.actors.get(id)!, episode.statements, episode.events);
      const groups = profile.saidByTopic.map((g) => [g.topic?.id, ids(g.statements)]);
      expect(groups).toEqual(expected);
    },
  );

  it('groups hold the topic objects themselves', () => {
    const profile = actorProfile(index.actors.get('putin')!, episode.statements, episode.events);
    expect(profile.saidByTopic[0]!.topic).toBe(index.topics.get('guarantees'));
  });

  it('works on a filtered list', () => {
    const visible = statementsInView(episode.statements, { topics: new Set(['ceasefire']) });
    const profile = actorProfile(index.actors.get('putin')!, visible, episode.events);
    expect(ids(profile.said)).toEqual([]);
    expect(ids(profile.about)).toEqual(['s1', 's5']);
  });
});

describe('eventStatements', () => {
  it.each([
    ['alaska', ['s1', 's2']],
    ['cnn', ['s3', 's4']],
    ['brussels', ['s5', 's6']],
    ['washington', []],
  ])('%s', (id, expected) => {
    expect(ids(eventStatements(index.events.get(id)!, episode.statements))).toEqual(expected);
  });
});

describe('involvedEvents', () => {
  it.each([
    // Participant in alaska; spoke or was spoken of at alaska (s1, s2), cnn (s3, s4), brussels (s5, s6).
    ['actor', 'putin', ['alaska', 'cnn', 'brussels']],
    // Participant in brussels and washington; s5 at brussels; s9 has no event.
    ['actor', 'zelenskyy', ['brussels', 'washington']],
    ['actor', 'bystander', []],
    // Event topics cnn and washington; s3, s4 at cnn.
    ['topic', 'guarantees', ['cnn', 'washington']],
    // Event topic alaska; s1 at alaska, s5 at brussels.
    ['topic', 'ceasefire', ['alaska', 'brussels']],
  ] as const)('%s %s', (kind, id, expected) => {
    expect([...involvedEvents(kind, id, episode.events, episode.statements)]).toEqual(expected);
  });

  it('reads the statements it is given, not those of an earlier call', () => {
    expect([...involvedEvents('actor', 'putin', episode.events, episode.statements)]).toHaveLength(
      3,
    );
    const onlyS5 = episode.statements.filter((s) => s.id === 's5');
    expect([...involvedEvents('actor', 'putin', episode.events, onlyS5)]).toEqual([
      'alaska',
      'brussels',
    ]);
  });
});

describe('statementsWith', () => {
  it.each([
    ['speaker', 'putin', ['s2', 's4']],
    // s10 names Putin and Trump; s6 Putin and Russia.
    ['about', 'putin', ['s1', 's3', 's5', 's6', 's7', 's8', 's10']],
    ['about', 'trump', ['s2', 's10']],
    ['via', 'witkoff', ['s4', 's8']],
    ['via', 'putin', []],
    ['speaker', 'nobody', []],
  ] as const)('%s %s', (role, id, expected) => {
    expect(ids(statementsWith(role, id, episode.statements))).toEqual(expected);
  });

  it('reads the statements it is given', () => {
    const visible = statementsInView(episode.statements, { topics: new Set(['ceasefire']) });
    expect(ids(statementsWith('about', 'putin', visible))).toEqual(['s1', 's5']);
  });
});
