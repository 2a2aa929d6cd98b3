/**
 * When the graph has nothing to show, it says so in words and offers the way back,
 * instead of leaving a box of faded nodes: a time window or topic filter that leaves
 * no statement ("No statements between August 16 and August 18, 2025" with "Show all
 * dates"), or a "who about whom" graph of a data set whose statements are about no
 * actor (coded claims: topics only), which would be hundreds of unconnected nodes.
 */
import { formatDate, utcFormatter } from '../model/dates';
import { statementsInView, type ViewFilter } from '../model/derive';
import type { PDate, Statement } from '../model/types';
import { m } from '../i18n';

/** What the reader can do about it: each names the filter to lift or the mode to switch to. */
export type EmptyAction = 'all-dates' | 'all-topics' | 'topics-mode';

/** The button that does it. Not "Who on what" for the topics mode: that is the mode switch's own button. */
export function emptyActionLabel(action: EmptyAction): string {
  return action === 'all-dates'
    ? m.empty.allDates
    : action === 'all-topics'
      ? m.empty.allTopics
      : m.empty.topicsMode;
}

export interface EmptyNote {
  readonly message: string;
  /** A second sentence, when the first needs explaining. */
  readonly detail?: string;
  readonly actions: readonly EmptyAction[];
}

/** The window in words, at the precision each bound was written. */
export function windowPhrase(from: PDate | undefined, to: PDate | undefined, locale: string) {
  if (from && to) {
    if (from.text === to.text) return onOrIn(from)(formatDate(from, locale));
    return m.empty.between(shortStart(from, to, locale), formatDate(to, locale));
  }
  if (from) return m.empty.from(formatDate(from, locale));
  if (to) return m.empty.until(formatDate(to, locale));
  return '';
}

function onOrIn(d: PDate): (date: string) => string {
  return d.precision === 'year' || d.precision === 'month' ? m.empty.in : m.empty.on;
}

/** The start without its year when both bounds are calendar days of one year ("August 16"). */
function shortStart(from: PDate, to: PDate, locale: string): string {
  const days = (d: PDate) => d.precision === 'day';
  if (!days(from) || !days(to) || from.year !== to.year || from.year < 1)
    return formatDate(from, locale);
  const wall = new Date(Date.UTC(from.year, from.month - 1, from.day));
  wall.setUTCFullYear(from.year);
  return utcFormatter(locale, 'day-no-year', { month: 'long', day: 'numeric' }).format(wall);
}

/**
 * Why the graph is empty, or undefined when it is not. `all` is every statement of the
 * data set, `shown` those in the current filter; `linked` says whether the graph in
 * its mode has any edge at all.
 */
export function emptyNote(
  all: readonly Statement[],
  shown: readonly Statement[],
  filter: ViewFilter,
  mode: 'actors' | 'topics',
  linked: boolean,
  locale: string,
): EmptyNote | undefined {
  if (mode === 'actors' && !linked && all.length > 0 && !all.some((s) => s.about.length > 0)) {
    return {
      message: m.empty.noAbout,
      detail: m.empty.noAboutDetail,
      actions: ['topics-mode'],
    };
  }
  if (shown.length > 0 || all.length === 0) return undefined;
  const windowed = filter.from !== undefined || filter.to !== undefined;
  const topics = (filter.topics?.size ?? 0) > 0;
  const window = windowPhrase(filter.from, filter.to, locale);
  if (windowed) {
    // Does the window alone leave statements? Then the topics are what empties it.
    const inWindow = statementsInView(all, { from: filter.from, to: filter.to });
    if (topics && inWindow.length > 0)
      return {
        message: m.empty.noneOnTopicsIn(window),
        actions: ['all-topics', 'all-dates'],
      };
    return { message: m.empty.noneIn(window), actions: ['all-dates'] };
  }
  return { message: m.empty.noneOnTopics, actions: ['all-topics'] };
}
