/**
 * Views derived from a resolved data set: what is visible for a topic selection and
 * time window, an actor's profile, an event's statements. Pure functions; the graph
 * lives in `graph.ts`.
 */

import { compareDates, inWindow } from './dates';
import type { Actor, Event, PDate, Statement, Topic } from './types';

/** What the reader narrowed the view to. Absent fields do not filter. */
export interface ViewFilter {
  /** Topic ids; empty or absent means every topic. */
  readonly topics?: ReadonlySet<string> | undefined;
  /** Window start, inclusive at its written precision ("2025-08" starts 1 August). */
  readonly from?: PDate | undefined;
  /** Window end, inclusive at its written precision ("2025-08" ends 31 August). */
  readonly to?: PDate | undefined;
}

/**
 * Statements in the topic selection and time window, in their original order.
 * With a topic filter set, statements without a topic are dropped: they are about
 * actors only, so they belong to no selected topic.
 */
export function statementsInView(
  statements: readonly Statement[],
  filter: ViewFilter,
): Statement[] {
  const topics = activeTopics(filter);
  return statements.filter(
    (s) =>
      (topics === undefined || (s.topic !== undefined && topics.has(s.topic.id))) &&
      inWindow(s.date, filter.from, filter.to),
  );
}

/**
 * Events in the topic selection and time window, in their original order. An event
 * spans `start` to `end` (or just `start`), each at its precision, and is kept when
 * that span overlaps the window — the rule `inWindow` applies to a single date.
 * With a topic filter set, an event is kept when any of its topics is selected, so
 * events without topics are dropped, as statements without a topic are.
 */
export function eventsInView(events: readonly Event[], filter: ViewFilter): Event[] {
  const topics = activeTopics(filter);
  const from = filter.from?.start ?? -Infinity;
  const to = filter.to?.end ?? Infinity;
  return events.filter(
    (e) =>
      (topics === undefined || e.topics.some((t) => topics.has(t.id))) &&
      e.start.start < to &&
      (e.end ?? e.start).end > from,
  );
}

/** Everything about one actor, each list in chronological order. */
export interface ActorProfile {
  /** Statements the actor made. */
  said: Statement[];
  /** Statements others made about the actor. */
  about: Statement[];
  /** Events the actor took part in. */
  events: Event[];
  /**
   * `said`, grouped by topic: topics in the order they first come up, then the
   * statements without a topic (`topic: undefined`), if any.
   */
  saidByTopic: Array<{ topic: Topic | undefined; statements: Statement[] }>;
}

export function actorProfile(
  actor: Actor,
  statements: readonly Statement[],
  events: readonly Event[],
): ActorProfile {
  const said = chronological(statements.filter((s) => s.speaker.id === actor.id));
  const about = chronological(
    statements.filter((s) => s.speaker.id !== actor.id && s.about.some((a) => a.id === actor.id)),
  );
  const took = events
    .filter((e) => e.participants.some((p) => p.id === actor.id))
    .sort((a, b) => compareDates(a.start, b.start) || compareIds(a.id, b.id));
  return { said, about, events: took, saidByTopic: groupByTopic(said) };
}

/** Statements made at the event, chronological. */
export function eventStatements(event: Event, statements: readonly Statement[]): Statement[] {
  return chronological(statements.filter((s) => s.event?.id === event.id));
}

/** A sorted copy: by date, then id, so equal dates still have a stable order. */
export function chronological(statements: readonly Statement[]): Statement[] {
  return [...statements].sort((a, b) => compareDates(a.date, b.date) || compareIds(a.id, b.id));
}

/** Plain code-unit order: ids are ASCII slugs, and this does not depend on the locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------

function activeTopics(filter: ViewFilter): ReadonlySet<string> | undefined {
  return filter.topics !== undefined && filter.topics.size > 0 ? filter.topics : undefined;
}

function groupByTopic(said: readonly Statement[]): ActorProfile['saidByTopic'] {
  const groups = new Map<string, { topic: Topic; statements: Statement[] }>();
  const untopical: Statement[] = [];
  for (const s of said) {
    if (s.topic === undefined) {
      untopical.push(s);
      continue;
    }
    let group = groups.get(s.topic.id);
    if (group === undefined) {
      group = { topic: s.topic, statements: [] };
      groups.set(s.topic.id, group);
    }
    group.statements.push(s);
  }
  const result: ActorProfile['saidByTopic'] = [...groups.values()];
  if (untopical.length > 0) result.push({ topic: undefined, statements: untopical });
  return result;
}
