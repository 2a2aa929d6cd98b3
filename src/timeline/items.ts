/**
 * The timeline's items, as plain data: one per event, one per date-only statement.
 * Pure (no DOM, no vis-timeline), so the rules below are unit-tested in Node:
 *
 * - An event with an `end` is a range up to `end.end`, the exclusive end of the
 *   written period ("1959-12-01" as an end covers all of 1 December).
 * - An event written as a date without a time (a year, a month or a day) and without
 *   an `end` is a range over that period: "1989" happened some time in 1989, and a
 *   point at midnight on 1 January would claim a precision the data does not have.
 * - An event with a time is a box at that instant.
 * - A statement with its own `date` and no `event` is a point in the Statements row,
 *   in the middle of the period written (noon of its day, mid-year of its year);
 *   statements said at an event are shown through that event.
 */
import { compareDates, formatDate, formatDateRange } from '../model/dates';
import {
  STANCES,
  type Event,
  type EventStatus,
  type PDate,
  type Stance,
  type Statement,
} from '../model/types';
import { m } from '../i18n';
import { parts } from '../i18n/parts';
import { STANCE_SYMBOL } from '../scene/vocab';

export const EVENTS_GROUP = 'events';
export const STATEMENTS_GROUP = 'statements';

/** An event on the timeline. */
export interface EventItem {
  readonly kind: 'event';
  /** The item id: the event's id (ids are unique across a data set). */
  readonly id: string;
  readonly group: typeof EVENTS_GROUP;
  readonly type: 'box' | 'range';
  /** ms since the epoch (UTC). */
  readonly start: number;
  /** Exclusive end, ms since the epoch; ranges only. */
  readonly end?: number;
  /** Space-separated classes: `event status-<status>` plus selection state. */
  readonly className: string;
  readonly title: string;
  /** The date as shown, at its written precision ("1957", "c. August 1948"). */
  readonly date: string;
  /** True when the date is one day, without a time or an end (the axis names it too). */
  readonly oneDay: boolean;
  /** "Planned", "Cancelled", "Postponed"; none for held events. */
  readonly badge?: string;
  readonly status: EventStatus;
  /** The event's free `kind` label (not drawn; read by screen readers). */
  readonly kindText?: string;
  /** The full description: the title, date and status as shown, then the kind. */
  readonly label: string;
  readonly selected: boolean;
}

/** A date-only statement on the timeline. */
export interface StatementItem {
  readonly kind: 'statement';
  readonly id: string;
  readonly group: typeof STATEMENTS_GROUP;
  readonly type: 'point';
  readonly start: number;
  readonly className: string;
  readonly speakerId: string;
  readonly speaker: string;
  readonly stance: Stance;
  /** The stance as a symbol (+ − ○ ±), so it never depends on color. */
  readonly symbol: string;
  /** Certainty other than "confirmed", and `via`, as shown: "Alleged · via SCAR". */
  readonly note?: string;
  readonly date: string;
  /** Accessible name: "Statement by <speaker>: <stance>, <date>[, <certainty>][, via <actor>]". */
  readonly label: string;
}

export type TimelineItem = EventItem | StatementItem;

/** What the rest of the explorer has selected, for the item classes. */
export interface ItemState {
  readonly selectedEvent?: string;
  readonly related?: ReadonlySet<string>;
}

/** The date of an event as shown on its item. */
export function eventDate(event: Event, locale: string): string {
  const text = formatDateRange(event.start, event.end, locale);
  return event.approximate ? `c. ${text}` : text;
}

/** The [start, end) an event covers on the time axis; `end` is undefined for a box. */
export function eventSpan(event: Event): { start: number; end?: number } {
  if (event.end) return { start: event.start.start, end: Math.max(event.end.end, event.start.end) };
  if (isDateOnly(event.start)) return { start: event.start.start, end: event.start.end };
  return { start: event.start.start };
}

/** Where a statement's point sits: the middle of the period its date denotes. */
export function pointTime(d: PDate): number {
  return isDateOnly(d) ? d.start + (d.end - d.start) / 2 : d.start;
}

export function eventItem(event: Event, locale: string, state: ItemState = {}): EventItem {
  const span = eventSpan(event);
  const date = eventDate(event, locale);
  const selected = state.selectedEvent === event.id;
  const classes = ['event', `status-${event.status}`];
  if (selected) classes.push('is-selected');
  // The rest are dimmed by one class on the timeline's root (`tl-highlighting`), so
  // a new selection changes the classes of the related events only, not of every one.
  else if (state.related?.has(event.id)) classes.push('is-related');
  // Title, date and status in the order they are shown, then the kind (not shown).
  const parts = [event.title, date];
  if (event.status !== 'held') parts.push(m.statusWord[event.status]);
  if (event.kind) parts.push(event.kind);
  return {
    kind: 'event',
    id: event.id,
    group: EVENTS_GROUP,
    type: span.end === undefined ? 'box' : 'range',
    start: span.start,
    ...(span.end === undefined ? {} : { end: span.end }),
    className: classes.join(' '),
    title: event.title,
    date,
    oneDay: !event.end && event.start.precision === 'day',
    ...(event.status === 'held' ? {} : { badge: m.status[event.status] }),
    status: event.status,
    ...(event.kind ? { kindText: event.kind } : {}),
    label: parts.join(m.listSeparator),
    selected,
  };
}

export function statementItem(statement: Statement, locale: string): StatementItem {
  const date = formatDate(statement.date, locale);
  const notes: string[] = [];
  if (statement.certainty !== 'confirmed') notes.push(m.certainty[statement.certainty]);
  if (statement.via) notes.push(m.viaName(statement.via.name));
  const spoken = [m.stanceWord[statement.stance], date];
  if (statement.certainty !== 'confirmed') spoken.push(m.certaintyWord[statement.certainty]);
  if (statement.via) spoken.push(m.viaName(statement.via.name));
  return {
    kind: 'statement',
    id: statement.id,
    group: STATEMENTS_GROUP,
    type: 'point',
    start: pointTime(statement.date),
    className: `statement stance-${statement.stance} certainty-${statement.certainty}`,
    speakerId: statement.speaker.id,
    speaker: statement.speaker.name,
    stance: statement.stance,
    symbol: STANCE_SYMBOL[statement.stance],
    ...(notes.length ? { note: notes.join(' · ') } : {}),
    date,
    label: parts().timeline.statementBy(statement.speaker.name, spoken.join(m.listSeparator)),
  };
}

function isDateOnly(d: PDate): boolean {
  return d.precision === 'year' || d.precision === 'month' || d.precision === 'day';
}

/**
 * True when an item the timeline draws has a time of day: the axis then says in
 * which time it shows them (UTC), since each item shows its own written offset.
 */
export function hasTimes(events: readonly Event[], statements: readonly Statement[]): boolean {
  const timed = (d: PDate | undefined) => !!d && !isDateOnly(d);
  return (
    events.some((e) => timed(e.start) || timed(e.end)) ||
    statements.some((s) => !s.event && timed(s.date))
  );
}

/** Events in time order (ties keep data order): the order the arrow keys follow. */
export function chronologicalEvents(events: readonly Event[]): Event[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort(
      (a, b) =>
        compareDates(a.event.start, b.event.start) ||
        (a.event.end?.end ?? a.event.start.end) - (b.event.end?.end ?? b.event.start.end) ||
        a.index - b.index,
    )
    .map((x) => x.event);
}

/** The events' items, in time order. */
export function eventItems(
  events: readonly Event[],
  locale: string,
  state: ItemState = {},
): EventItem[] {
  return chronologicalEvents(events).map((e) => eventItem(e, locale, state));
}

/**
 * `items` (made without a selection) as `state` marks them: the selected and related
 * events get their class, every other item is returned as it is (the same object), so
 * a new selection costs a pass over the events, not every label and date made again.
 * The result equals `eventItems(events, locale, state)`.
 */
export function markEvents<T extends EventItem>(items: readonly T[], state: ItemState): T[] {
  if (state.selectedEvent === undefined && state.related === undefined) return [...items];
  return items.map((e) => {
    const selected = state.selectedEvent === e.id;
    if (selected) return { ...e, className: `${e.className} is-selected`, selected };
    if (state.related?.has(e.id)) return { ...e, className: `${e.className} is-related` };
    return e;
  });
}

/**
 * The date-only statements' items (those with an event are shown by it). They do not
 * depend on the selection, so a new selection need not build them again.
 */
export function statementItems(statements: readonly Statement[], locale: string): StatementItem[] {
  return statements.filter((s) => !s.event).map((s) => statementItem(s, locale));
}

/** All items: events in time order, then the date-only statements. */
export function buildItems(
  events: readonly Event[],
  statements: readonly Statement[],
  locale: string,
  state: ItemState = {},
): TimelineItem[] {
  return [...eventItems(events, locale, state), ...statementItems(statements, locale)];
}

/** How many of `points` take each stance, in the legend's order, leaving out zeros. */
export function stanceMix(
  points: readonly { readonly stance: Stance }[],
): { stance: Stance; count: number }[] {
  const counts = new Map<Stance, number>();
  for (const p of points) counts.set(p.stance, (counts.get(p.stance) ?? 0) + 1);
  return STANCES.filter((s) => counts.has(s)).map((stance) => ({
    stance,
    count: counts.get(stance)!,
  }));
}

/** The date-only statements' items, those by `speaker` marked (class `is-mine`). */
export function markSpeaker(points: readonly StatementItem[], speaker: string | undefined) {
  if (!speaker) return points;
  return points.map((p) =>
    p.speakerId === speaker ? { ...p, className: `${p.className} is-mine` } : p,
  );
}
