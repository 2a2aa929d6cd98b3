/**
 * The DOM inside each timeline item, built from text (never from an HTML string).
 * Each element is the item's keyboard stop: role "button", a roving tabindex and an
 * accessible name that starts with the event's title (or "Statement by …").
 *
 * Elements are cached per item and handed back unchanged while the item's text is
 * the same, so vis-timeline keeps the node (and its focus) across redraws.
 */
import type { Stance } from '../model/types';
import { dataAttrs, m, num } from '../i18n';
import { parts } from '../i18n/parts';
import { STANCE_SYMBOL } from '../scene/vocab';
import type { EventItem, StatementItem, TimelineItem } from './items';

/** Marks an element as a timeline item's keyboard stop; its value is the item id. */
export const ITEM_ATTR = 'data-item-id';
/** On an element that zooms to a period when activated: "<start ms> <end ms>". */
export const ZOOM_ATTR = 'data-zoom';

function span(className: string, text: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

function button(className: string, label?: string): HTMLDivElement {
  const el = document.createElement('div');
  el.className = className;
  el.setAttribute('role', 'button');
  el.tabIndex = -1;
  if (label) el.setAttribute('aria-label', label);
  return el;
}

function eventElement(item: EventItem): HTMLElement {
  // Named by its content, not aria-label: a label clipped at the edge of the
  // timeline then still matches its name. The title comes first; the kind, which
  // is not drawn, is added for screen readers only.
  const el = button('tl-event');
  el.setAttribute(ITEM_ATTR, item.id);
  // The title in the data's language and direction (the chrome's may differ).
  const title = span('tl-title', item.title);
  if (dataAttrs.lang) title.lang = dataAttrs.lang;
  title.dir = dataAttrs.dir;
  el.append(title, ' ', span(item.oneDay ? 'tl-date tl-day' : 'tl-date', item.date));
  if (item.badge) el.append(' ', span('tl-badge', item.badge));
  if (item.kindText) el.append(' ', span('visually-hidden', `(${item.kindText})`));
  return el;
}

function statementElement(item: StatementItem): HTMLElement {
  const el = button('tl-statement', item.label);
  el.setAttribute(ITEM_ATTR, item.id);
  const symbol = span('tl-symbol', item.symbol);
  symbol.setAttribute('aria-hidden', 'true');
  const speaker = span('tl-speaker', item.speaker);
  speaker.dir = 'auto';
  el.append(symbol, ' ', speaker);
  if (item.note) el.append(' ', span('tl-note', item.note));
  return el;
}

/** What a cluster of statements shows besides its count. */
export interface ClusterMix {
  /** Statements by stance, in the legend's order, zeros left out. */
  readonly mix: readonly { stance: Stance; count: number }[];
  /** The selected actor's statements in the cluster, when an actor is selected. */
  readonly mine?: { readonly count: number; readonly speaker: string };
}

/**
 * A cluster of statements: the count, the stance mix as symbols with counts and as a
 * thin stacked bar (the bar repeats the counts; color is never alone), and how many
 * are the selected actor's. Its name says all of it; activating it zooms in.
 */
export function clusterElement(count: number, dates: string, detail: ClusterMix): HTMLElement {
  const spoken = detail.mix.map((s) =>
    parts().timeline.stanceCount(s.count, m.stanceWord[s.stance]),
  );
  const mine = detail.mine && detail.mine.count > 0 ? detail.mine : undefined;
  if (mine) spoken.push(parts().timeline.byActor(mine.count, mine.speaker));
  const el = button(
    'tl-cluster',
    parts().timeline.cluster(count, dates, spoken.join(m.listSeparator)),
  );
  el.setAttribute('data-cluster', '');
  if (mine) el.classList.add('has-mine');
  const head = span('tl-cluster-head', '');
  head.append(span('tl-count', num(count)), parts().timeline.statementsAfterCount(count));
  const mix = span('tl-mix', '');
  const bar = span('tl-bar', '');
  for (const s of detail.mix) {
    const part = span(`tl-mix-part stance-${s.stance}`, '');
    part.append(span('tl-symbol', STANCE_SYMBOL[s.stance]), num(s.count));
    mix.append(part, ' ');
    const seg = span(`tl-seg stance-${s.stance}`, '');
    seg.style.flexGrow = String(s.count);
    bar.append(seg);
  }
  for (const part of [mix, bar]) part.setAttribute('aria-hidden', 'true');
  el.append(head, mix, bar);
  if (mine) {
    const note = span('tl-mine', parts().timeline.byActor(mine.count, mine.speaker));
    note.setAttribute('aria-hidden', 'true');
    el.append(note);
  }
  return el;
}

/**
 * A count of events in one period (a large data set's events, where too many sit in
 * a window to draw each): "12 events, March 2011; zoom in". It sits in the events'
 * roving focus; activating it shows the period.
 */
export function eventClusterElement(
  id: string,
  count: number,
  period: string,
  zoom: readonly [number, number],
  related: number,
): HTMLElement {
  const el = button(
    'tl-event tl-event-cluster',
    parts().timeline.eventCluster(count, period, related),
  );
  el.setAttribute(ITEM_ATTR, id);
  el.setAttribute(ZOOM_ATTR, `${zoom[0]} ${zoom[1]}`);
  const head = span('tl-title', '');
  head.append(span('tl-count', num(count)), parts().timeline.eventsAfterCount(count));
  el.append(head, ' ', span('tl-date', period));
  if (related > 0) el.append(' ', span('tl-mine', parts().timeline.relatedCount(related)));
  for (const child of el.children) child.setAttribute('aria-hidden', 'true');
  return el;
}

function signature(item: TimelineItem): string {
  return item.kind === 'event'
    ? `${item.label}|${item.title}|${item.date}|${item.oneDay}|${item.badge ?? ''}`
    : `${item.label}|${item.speaker}|${item.symbol}|${item.note ?? ''}`;
}

/** Item elements by item id, rebuilt only when an item's text changes. */
export class ItemElements {
  private readonly cache = new Map<string, { sig: string; el: HTMLElement }>();

  get(item: TimelineItem): HTMLElement {
    const sig = signature(item);
    const hit = this.cache.get(item.id);
    if (hit && hit.sig === sig) return hit.el;
    const el = item.kind === 'event' ? eventElement(item) : statementElement(item);
    this.cache.set(item.id, { sig, el });
    return el;
  }

  /** An element built by `build`, kept while `sig` stays the same (e.g. a count of events). */
  other(id: string, sig: string, build: () => HTMLElement): HTMLElement {
    const hit = this.cache.get(id);
    if (hit && hit.sig === sig) return hit.el;
    const el = build();
    this.cache.set(id, { sig, el });
    return el;
  }

  /** The element already built for `id`, if any. */
  peek(id: string): HTMLElement | undefined {
    return this.cache.get(id)?.el;
  }

  /** Drops elements of items no longer shown. */
  keepOnly(ids: ReadonlySet<string>): void {
    for (const id of this.cache.keys()) if (!ids.has(id)) this.cache.delete(id);
  }
}
