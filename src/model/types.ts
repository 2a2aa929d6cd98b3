/**
 * Types of the parley/1 data format (see docs/DATA-FORMAT.md): the raw shape as
 * authors write it, and the resolved shape the app works with (references turned
 * into objects, dates parsed with their precision).
 */

export const FORMAT = 'parley/1';

export const ACTOR_KINDS = ['person', 'state', 'organization', 'group'] as const;
export const EVENT_STATUSES = ['held', 'planned', 'cancelled', 'postponed'] as const;
export const STANCES = ['positive', 'negative', 'neutral', 'mixed'] as const;
export const CERTAINTIES = ['confirmed', 'reported', 'alleged', 'denied'] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type Stance = (typeof STANCES)[number];
export type Certainty = (typeof CERTAINTIES)[number];

/** How precisely a date was written: `"1882"` is a year, `"2025-08-15"` a day. */
export type Precision = 'year' | 'month' | 'day' | 'minute' | 'second';

/**
 * A parsed date. Calendar dates (year, month, day precision) carry no time zone and
 * are placed at UTC midnight; date-times carry their written UTC offset.
 */
export interface PDate {
  /** The date exactly as written in the data. */
  readonly text: string;
  readonly precision: Precision;
  readonly year: number;
  /** 1–12; 1 when not written. */
  readonly month: number;
  /** 1–31; 1 when not written. */
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Minutes east of UTC for date-times (`-08:00` is -480); null for calendar dates. */
  readonly offsetMinutes: number | null;
  /** First instant of the period, ms since the epoch (UTC). */
  readonly start: number;
  /** First instant after the period (exclusive end), ms since the epoch (UTC). */
  readonly end: number;
}

// ---------------------------------------------------------------------------
// Raw records, as written in a parley/1 file.

export interface RawSource {
  id: string;
  title: string;
  publisher?: string;
  url?: string;
  published?: string;
  archivedUrl?: string;
}

export interface RawActor {
  id: string;
  name: string;
  kind: ActorKind;
  role?: string;
  affiliations?: string[];
  aliases?: string[];
  wikidata?: string;
}

export interface RawTopic {
  id: string;
  label: string;
  description?: string;
}

export interface RawEvent {
  id: string;
  title: string;
  start: string;
  end?: string;
  status?: EventStatus;
  kind?: string;
  location?: string;
  participants?: string[];
  topics?: string[];
  summary?: string;
  sources?: string[];
  approximate?: boolean;
}

export interface RawStatement {
  id: string;
  speaker: string;
  about?: string[];
  topic?: string;
  stance: Stance;
  summary: string;
  quote?: string;
  event?: string;
  date?: string;
  via?: string;
  certainty?: Certainty;
  sources?: string[];
}

export interface RawDataset {
  $schema?: string;
  format: typeof FORMAT;
  id: string;
  title: string;
  description?: string;
  language?: string;
  published?: string;
  credit?: string;
  sources?: RawSource[];
  actors: RawActor[];
  topics?: RawTopic[];
  events?: RawEvent[];
  statements?: RawStatement[];
}

// ---------------------------------------------------------------------------
// Resolved records: references are objects, dates are parsed, defaults applied.

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisher?: string;
  readonly url?: string;
  readonly published?: PDate;
  readonly archivedUrl?: string;
}

export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly role?: string;
  readonly affiliations: readonly Actor[];
  readonly aliases: readonly string[];
  readonly wikidata?: string;
}

export interface Topic {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
}

export interface Event {
  readonly id: string;
  readonly title: string;
  readonly start: PDate;
  readonly end?: PDate;
  readonly status: EventStatus;
  readonly kind?: string;
  readonly location?: string;
  readonly participants: readonly Actor[];
  readonly topics: readonly Topic[];
  readonly summary?: string;
  readonly sources: readonly Source[];
  readonly approximate: boolean;
}

export interface Statement {
  readonly id: string;
  readonly speaker: Actor;
  readonly about: readonly Actor[];
  readonly topic?: Topic;
  readonly stance: Stance;
  readonly summary: string;
  readonly quote?: string;
  readonly event?: Event;
  /** The statement's own `date`, or its event's `start`. */
  readonly date: PDate;
  readonly via?: Actor;
  readonly certainty: Certainty;
  readonly sources: readonly Source[];
}

export interface Dataset {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  /** BCP 47 tag; `"en"` when not written. */
  readonly language: string;
  readonly published?: PDate;
  readonly credit?: string;
  readonly sources: readonly Source[];
  readonly actors: readonly Actor[];
  readonly topics: readonly Topic[];
  readonly events: readonly Event[];
  readonly statements: readonly Statement[];
}

// ---------------------------------------------------------------------------
// Validation results.

export type Severity = 'error' | 'warning';

/** One problem found in a data file, located in its source text. */
export interface Problem {
  readonly severity: Severity;
  /** Plain-English message, with a "did you mean" hint where a near match exists. */
  readonly message: string;
  /** JSON pointer of the offending value ("" for the whole document). */
  readonly pointer: string;
  /** 1-based line and column of the offending value (or key) in the source text. */
  readonly line: number;
  readonly column: number;
}
