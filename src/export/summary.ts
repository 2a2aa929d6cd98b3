/**
 * The subtitle of a graph download: what the picture is filtered to, so a copy
 * taken out of the page still says what it shows, e.g.
 * "Topics: Sanctions on Russia · 17 August 2025 · 3 statements".
 */
import { formatDate } from '../model/dates';
import { parseNodeId } from '../model/graph';
import type { DatasetIndex } from '../model/resolve';
import type { PDate } from '../model/types';
import type { Selection } from '../state/selection';
import { m } from '../i18n';

export interface FilterState {
  /** Labels of the selected topics; empty means all topics. */
  readonly topics: readonly string[];
  readonly from?: PDate;
  readonly to?: PDate;
  /** Statements shown. */
  readonly count: number;
  /** What the selection highlights (an actor's name, an event's title…), if anything. */
  readonly highlighted?: string;
  readonly locale: string;
}

export function windowText(from: PDate | undefined, to: PDate | undefined, locale: string): string {
  if (from && to) {
    return from.text === to.text
      ? formatDate(from, locale)
      : `${formatDate(from, locale)} \u2013 ${formatDate(to, locale)}`;
  }
  if (from) return m.summary.from(formatDate(from, locale));
  if (to) return m.summary.until(formatDate(to, locale));
  return m.summary.allDates;
}

export function filterSummary(state: FilterState): string {
  const topics =
    state.topics.length === 0
      ? m.summary.allTopics
      : m.summary.topics(state.topics.length, state.topics.join(m.listSeparator));
  const parts = [topics, windowText(state.from, state.to, state.locale)];
  parts.push(m.statements(state.count));
  if (state.highlighted) parts.push(m.summary.highlighted(state.highlighted));
  return parts.join(' \u00b7 ');
}

type Names = Pick<DatasetIndex, 'actors' | 'events' | 'topics'>;

function nodeName(id: string, index: Names): string {
  const node = parseNodeId(id);
  if (node.kind === 'topic') return index.topics.get(node.id)?.label ?? node.id;
  return index.actors.get(node.id)?.name ?? node.id;
}

/** What a selection highlights, in words: a name, a title, or "A → B" for a link. */
export function selectionName(selection: Selection, index: Names): string | undefined {
  switch (selection.kind) {
    case 'none':
      return undefined;
    case 'actor':
      return nodeName(selection.id, index);
    case 'topic':
      return index.topics.get(selection.id)?.label ?? selection.id;
    case 'event':
      return index.events.get(selection.id)?.title ?? selection.id;
    case 'edge':
      return `${nodeName(selection.source, index)} \u2192 ${nodeName(selection.target, index)}`;
  }
}
