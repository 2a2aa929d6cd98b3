// Export then import reproduces a data set exactly (up to key order): absent fields
// and collections stay absent, empty lists stay empty, and every character of every
// text survives. Proved on generated data sets (fast-check, fixed seed) and on every
// bundled and valid fixture file.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvToDataset, datasetToCsv } from '../../src/model/csv';
import type { RawDataset } from '../../src/model/types';
import { validate } from '../../src/model/validate';

const encoder = new TextEncoder();

function roundTrip(data: RawDataset) {
  const files = datasetToCsv(data).map(({ name, text }) => ({
    name,
    content: encoder.encode(text),
  }));
  return csvToDataset(files);
}

const errorsOf = (problems: readonly { severity: string }[]) =>
  problems.filter((p) => p.severity === 'error');

// Pieces that break naive CSV or list handling, joined into texts.
const PIECES = [
  'a',
  'Z',
  '7',
  ' ',
  '  ',
  ',',
  ';',
  '; ',
  '"',
  '""',
  "'",
  '\\',
  '\\;',
  '\n',
  '\r',
  '\r\n',
  '\t',
  '[]',
  '[',
  ']',
  '=1+2',
  '-',
  '@',
  'é',
  'ß',
  'Röttgen',
  '„Zitat“',
  'שלום',
  'مرحبا',
  '\u200f',
  '\u202e',
  '😀',
  '👩‍👩‍👧',
  '🇺🇦',
  '\u0000',
  '\u00a0',
  '\ufeff',
  'Straße, Nr. 5',
];
const text = fc
  .oneof(
    fc
      .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.join('')),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
  )
  .filter((s) => s.trim() !== '');
const DATES = [
  '0044-03-15',
  '1882',
  '2025-08',
  '2025-08-15',
  '2025-08-15T11:00-08:00',
  '2025-08-15T19:00:30Z',
];
const URLS = [
  'https://example.org/a?b=1&c=2',
  'http://example.com/ä ö',
  ' https://example.net/x;y,z ',
];
const id = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,8}$/);

/** An optional field: absent (the key missing) or present. */
function optional<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arb, { nil: undefined, freq: 2 });
}
/** An optional list: absent, empty, or some items. */
function list<T>(items: readonly T[] | fc.Arbitrary<T>): fc.Arbitrary<T[] | undefined> {
  const item = Array.isArray(items)
    ? items.length
      ? fc.constantFrom(...items)
      : undefined
    : (items as fc.Arbitrary<T>);
  const filled = item ? [fc.array(item, { minLength: 1, maxLength: 3 })] : [];
  return fc.oneof(fc.constant(undefined), fc.constant([] as T[]), ...filled);
}
/** Drops keys whose value is undefined, so absent means absent. */
function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
/** A collection: absent or [] when it has no records, else the records. */
function collection<T>(records: T[]): fc.Arbitrary<T[] | undefined> {
  return records.length > 0 ? fc.constant(records) : fc.constantFrom(undefined, [] as T[]);
}

const dataset: fc.Arbitrary<RawDataset> = fc
  .tuple(fc.nat(2), fc.integer({ min: 1, max: 4 }), fc.nat(3), fc.nat(3))
  .chain(([nSources, nActors, nTopics, nEvents]) =>
    fc
      .uniqueArray(id, {
        minLength: nSources + nActors + nTopics + nEvents + 6,
        maxLength: nSources + nActors + nTopics + nEvents + 6,
      })
      .map((ids) => ({
        sources: ids.slice(0, nSources),
        actors: ids.slice(nSources, nSources + nActors),
        topics: ids.slice(nSources + nActors, nSources + nActors + nTopics),
        events: ids.slice(nSources + nActors + nTopics, nSources + nActors + nTopics + nEvents),
        statements: ids.slice(nSources + nActors + nTopics + nEvents),
      })),
  )
  .chain((ids) => {
    const source = (sid: string) =>
      fc
        .record({
          title: text,
          publisher: optional(text),
          url: optional(fc.constantFrom(...URLS)),
          published: optional(fc.constantFrom(...DATES)),
          archivedUrl: optional(fc.constantFrom(...URLS)),
        })
        .map((r) => compact({ id: sid, ...r }));
    const actor = (aid: string) =>
      fc
        .record({
          name: text,
          kind: fc.constantFrom('person', 'state', 'organization', 'group'),
          role: optional(text),
          affiliations: list(ids.actors.filter((other) => other !== aid)),
          aliases: list(text),
          wikidata: optional(fc.constantFrom('Q7747', 'Q1')),
        })
        .map((r) => compact({ id: aid, ...r }));
    const topic = (tid: string) =>
      fc
        .record({ label: text, description: optional(text) })
        .map((r) => compact({ id: tid, ...r }));
    const event = (eid: string) =>
      fc
        .record({
          title: text,
          span: fc.tuple(
            fc.nat(DATES.length - 1),
            fc.option(fc.nat(DATES.length - 1), { nil: undefined }),
          ),
          status: optional(fc.constantFrom('held', 'planned', 'cancelled', 'postponed')),
          kind: optional(text),
          location: optional(text),
          participants: list(ids.actors),
          topics: list(ids.topics),
          summary: optional(text),
          sources: list(ids.sources),
          approximate: optional(fc.boolean()),
        })
        .map(({ span: [a, b], title, ...r }) =>
          compact({
            id: eid,
            title,
            start: DATES[Math.min(a, b ?? a)]!,
            end: b === undefined ? undefined : DATES[Math.max(a, b)],
            ...r,
          }),
        );
    const statement = (sid: string) =>
      fc
        .record({
          speaker: fc.constantFrom(...ids.actors),
          others: fc.shuffledSubarray(ids.actors),
          topic: ids.topics.length
            ? optional(fc.constantFrom(...ids.topics))
            : fc.constant(undefined),
          emptyAbout: fc.boolean(),
          stance: fc.constantFrom('positive', 'negative', 'neutral', 'mixed'),
          summary: text,
          quote: optional(text),
          event: ids.events.length
            ? optional(fc.constantFrom(...ids.events))
            : fc.constant(undefined),
          date: optional(fc.constantFrom(...DATES)),
          via: optional(fc.constantFrom(...ids.actors)),
          certainty: optional(fc.constantFrom('confirmed', 'reported', 'alleged', 'denied')),
          sources: list(ids.sources),
        })
        .map(({ speaker, others, emptyAbout, ...r }) => {
          // `about` must name someone besides the speaker; without a topic it must not be empty.
          const about = others.some((a) => a !== speaker)
            ? others
            : r.topic && emptyAbout
              ? []
              : undefined;
          if (about === undefined && r.topic === undefined) return undefined;
          return compact({
            id: sid,
            speaker,
            about,
            topic: r.topic,
            stance: r.stance,
            summary: r.summary,
            quote: r.quote,
            event: r.event,
            date: r.event === undefined ? (r.date ?? '2025-08-15') : r.date,
            via: r.via === speaker ? undefined : r.via,
            certainty: r.certainty,
            sources: r.sources,
          });
        });
    const all = <T>(make: (x: string) => fc.Arbitrary<T>, xs: string[]) =>
      fc.tuple(...xs.map(make));
    return fc
      .record({
        top: fc.record({
          $schema: optional(
            fc.constantFrom('./schema/parley-1.schema.json', 'https://example.org/s.json'),
          ),
          description: optional(text),
          language: optional(fc.constantFrom('en', 'de', 'ar', 'he', 'pt-BR')),
          published: optional(fc.constantFrom(...DATES)),
          credit: optional(text),
        }),
        title: text,
        sources: all(source, ids.sources).chain((r) => collection(r)),
        actors: all(actor, ids.actors),
        topics: all(topic, ids.topics).chain((r) => collection(r)),
        events: all(event, ids.events).chain((r) => collection(r)),
        statements: all(statement, ids.statements.slice(0, 5)).chain((r) =>
          collection(r.filter((s) => s !== undefined)),
        ),
      })
      .map(
        ({ top, title, ...rest }) =>
          compact({
            ...top,
            format: 'parley/1',
            id: 'generated',
            title,
            ...rest,
          }) as unknown as RawDataset,
      );
  });

describe('CSV round trip', { timeout: 60_000 }, () => {
  it('reproduces generated data sets exactly (property)', () => {
    fc.assert(
      fc.property(dataset, (data) => {
        // The generator makes valid data only; otherwise the property would prove nothing.
        expect(errorsOf(validate(JSON.stringify(data)).problems)).toEqual([]);
        const back = roundTrip(data);
        expect(errorsOf(back.problems)).toEqual([]);
        expect(back.data).toStrictEqual(data);
      }),
      { seed: 20250815, numRuns: 200 },
    );
  });

  const files = [
    ...readdirSync('data')
      .filter((f) => f.endsWith('.json'))
      .map((f) => `data/${f}`),
    ...readdirSync('tests/fixtures/valid')
      .filter((f) => f.endsWith('.json'))
      .map((f) => `tests/fixtures/valid/${f}`),
  ];

  it.each(files)('reproduces %s exactly', (file) => {
    const data = JSON.parse(readFileSync(file, 'utf8')) as RawDataset;
    const back = roundTrip(data);
    expect(back.problems).toEqual([]);
    expect(back.data).toStrictEqual(data);
  });

  it('covers the bundled data sets', () => {
    expect(files).toEqual(
      expect.arrayContaining(['data/alaska-summit-2025.json', 'data/german-nuclear-2011.json']),
    );
  });
});
