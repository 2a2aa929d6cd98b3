/**
 * The parley/1 format as data: the single source of truth from which both the
 * run-time validator (validate.ts) and the JSON Schema (schema.ts) are made.
 * Field descriptions are the ones editors show while authors type.
 */
import { ACTOR_KINDS, CERTAINTIES, EVENT_STATUSES, STANCES } from './types';

export type RecordKind = 'source' | 'actor' | 'topic' | 'event' | 'statement';

export type FieldType =
  | { readonly type: 'text' }
  | { readonly type: 'id' }
  | { readonly type: 'date' }
  | { readonly type: 'url' }
  | { readonly type: 'boolean' }
  | { readonly type: 'format' }
  | { readonly type: 'language' }
  | { readonly type: 'wikidata' }
  | { readonly type: 'schema' }
  | { readonly type: 'enum'; readonly values: readonly string[] }
  | { readonly type: 'ref'; readonly to: RecordKind }
  | { readonly type: 'list'; readonly of: FieldType }
  | { readonly type: 'records'; readonly of: RecordKind; readonly min?: number };

export interface FieldSpec {
  readonly type: FieldType;
  readonly required?: boolean;
  readonly description: string;
  readonly default?: string | boolean;
}

export interface RecordSpec {
  readonly title: string;
  readonly description: string;
  readonly fields: Readonly<Record<string, FieldSpec>>;
  /** Groups of fields of which at least one must be present. */
  readonly oneOf?: readonly (readonly string[])[];
}

export { ID_PATTERN } from './ids';
export const WIKIDATA_PATTERN = /^Q[1-9][0-9]*$/;
export const FORMAT_VERSION = 'parley/1';

const text = { type: 'text' } as const;
const id = { type: 'id' } as const;
const date = { type: 'date' } as const;
const url = { type: 'url' } as const;
const ref = (to: RecordKind) => ({ type: 'ref', to }) as const;
const refs = (to: RecordKind) => ({ type: 'list', of: ref(to) }) as const;

/** Record kinds by the top-level collection that holds them. */
export const COLLECTIONS = {
  sources: 'source',
  actors: 'actor',
  topics: 'topic',
  events: 'event',
  statements: 'statement',
} as const satisfies Record<string, RecordKind>;

export const DATASET: RecordSpec = {
  title: 'Parley data set',
  description: 'A diplomatic episode told as actors, topics, events and statements (parley/1).',
  fields: {
    $schema: { type: { type: 'schema' }, description: 'Path or URL of this JSON Schema.' },
    format: {
      type: { type: 'format' },
      required: true,
      description: 'Format version: "parley/1".',
    },
    id: { type: id, required: true, description: "The data set's id (a slug)." },
    title: { type: text, required: true, description: 'Headline shown above the graphic.' },
    description: { type: text, description: 'One-paragraph standfirst.' },
    language: {
      type: { type: 'language' },
      default: 'en',
      description: 'BCP 47 language tag of the texts; drives date formatting.',
    },
    published: { type: date, description: '"As of" date of the data set.' },
    credit: { type: text, description: 'Byline / credit line.' },
    sources: { type: { type: 'records', of: 'source' }, description: 'Documents cited.' },
    actors: {
      type: { type: 'records', of: 'actor', min: 1 },
      required: true,
      description: 'People, states, organizations and groups.',
    },
    topics: { type: { type: 'records', of: 'topic' }, description: 'Issues statements are about.' },
    events: { type: { type: 'records', of: 'event' }, description: 'What happened, and when.' },
    statements: {
      type: { type: 'records', of: 'statement' },
      description: 'Who said what about whom.',
    },
  },
};

export const RECORDS: Readonly<Record<RecordKind, RecordSpec>> = {
  source: {
    title: 'Source',
    description: 'A document that events and statements cite.',
    fields: {
      id: { type: id, required: true, description: 'Unique id.' },
      title: { type: text, required: true, description: 'Title of the document.' },
      publisher: { type: text, description: 'Outlet, e.g. "CNN".' },
      url: { type: url, description: 'http: or https: link.' },
      published: { type: date, description: 'Publication date.' },
      archivedUrl: { type: url, description: 'An archived copy (http: or https:).' },
    },
  },
  actor: {
    title: 'Actor',
    description: 'A person, state, organization or informal group.',
    fields: {
      id: { type: id, required: true, description: 'Unique id.' },
      name: { type: text, required: true, description: 'Display name.' },
      kind: {
        type: { type: 'enum', values: ACTOR_KINDS },
        required: true,
        description: 'person, state, organization or group (an informal set).',
      },
      role: { type: text, description: 'Title at the time, e.g. "U.S. special envoy".' },
      affiliations: {
        type: refs('actor'),
        description: 'Actors this one belongs to or speaks for.',
      },
      aliases: {
        type: { type: 'list', of: text },
        description: 'Other spellings, used by search.',
      },
      wikidata: { type: { type: 'wikidata' }, description: 'Wikidata item id, e.g. "Q7747".' },
    },
  },
  topic: {
    title: 'Topic',
    description: 'An issue that statements take positions on.',
    fields: {
      id: { type: id, required: true, description: 'Unique id.' },
      label: { type: text, required: true, description: 'Short label.' },
      description: { type: text, description: 'Longer description.' },
    },
  },
  event: {
    title: 'Event',
    description: 'What happened (or is planned) and when.',
    fields: {
      id: { type: id, required: true, description: 'Unique id.' },
      title: { type: text, required: true, description: 'E.g. "Alaska summit".' },
      start: { type: date, required: true, description: 'When it starts.' },
      end: { type: date, description: 'When it ends; not before start.' },
      status: {
        type: { type: 'enum', values: EVENT_STATUSES },
        default: 'held',
        description: 'held, planned, cancelled or postponed.',
      },
      kind: { type: text, description: 'Free label: summit, meeting, interview, treaty, …' },
      location: { type: text, description: 'E.g. "Anchorage, Alaska".' },
      participants: { type: refs('actor'), description: 'Who took part (actor ids).' },
      topics: { type: refs('topic'), description: 'What it was about (topic ids).' },
      summary: { type: text, description: "What happened, in the author's words." },
      sources: { type: refs('source'), description: 'Source ids.' },
      approximate: { type: { type: 'boolean' }, description: 'The date is approximate.' },
    },
  },
  statement: {
    title: 'Statement',
    description: 'Who said what about whom.',
    oneOf: [
      ['about', 'topic'],
      ['event', 'date'],
    ],
    fields: {
      id: { type: id, required: true, description: 'Unique id.' },
      speaker: { type: ref('actor'), required: true, description: 'Whose position this is.' },
      about: { type: refs('actor'), description: 'Whom it is about (actor ids).' },
      topic: { type: ref('topic'), description: 'What it is about (a topic id).' },
      stance: {
        type: { type: 'enum', values: STANCES },
        required: true,
        description: 'positive, negative, neutral or mixed.',
      },
      summary: { type: text, required: true, description: 'What was said, in one sentence.' },
      quote: { type: text, description: 'Verbatim words, without enclosing quotation marks.' },
      event: { type: ref('event'), description: 'Where it was said (an event id).' },
      date: { type: date, description: "When; defaults to the event's start." },
      via: { type: ref('actor'), description: 'Known only as reported by this actor.' },
      certainty: {
        type: { type: 'enum', values: CERTAINTIES },
        default: 'confirmed',
        description: 'confirmed, reported, alleged or denied.',
      },
      sources: { type: refs('source'), description: 'Source ids.' },
    },
  },
};
