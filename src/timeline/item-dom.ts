/**
 * The DOM inside each timeline item, built from text (never from an HTML string).
 * Each element is the item's keyboard stop: role "button", a roving tabindex and an
 * accessible name that starts with the event's title (or "Statement by …").
 *
 * Elements are cached per item and handed back unchanged while the item's text is
 * the same, so vis-timeline keeps the node (and its focus) across redraws.
 */
import type { EventItem, StatementItem, TimelineItem } from './items';

/** Marks an element as a timeline item's keyboard stop; its value is the item id. */
export const ITEM_ATTR = 'data-item-id';

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
  el.append(span('tl-title', item.title), ' ', span('tl-date', item.date));
  if (item.badge) el.append(' ', span('tl-badge', item.badge));
  if (item.kindText) el.append(' ', span('visually-hidden', `(${item.kindText})`));
  return el;
}

function statementElement(item: StatementItem): HTMLElement {
  const el = button('tl-statement', item.label);
  el.setAttribute(ITEM_ATTR, item.id);
  const symbol = span('tl-symbol', item.symbol);
  symbol.setAttribute('aria-hidden', 'true');
  el.append(symbol, ' ', span('tl-speaker', item.speaker));
  if (item.note) el.append(' ', span('tl-note', item.note));
  return el;
}

/** A cluster of statements: its label names the count and dates; activating it zooms in. */
export function clusterElement(count: number, dates: string): HTMLElement {
  const el = button('tl-cluster', `${count} statements, ${dates}: zoom in`);
  el.setAttribute('data-cluster', '');
  el.append(span('tl-count', String(count)), ' statements');
  return el;
}

function signature(item: TimelineItem): string {
  return item.kind === 'event'
    ? `${item.label}|${item.title}|${item.date}|${item.badge ?? ''}`
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

  /** The element already built for `id`, if any. */
  peek(id: string): HTMLElement | undefined {
    return this.cache.get(id)?.el;
  }

  /** Drops elements of items no longer shown. */
  keepOnly(ids: ReadonlySet<string>): void {
    for (const id of this.cache.keys()) if (!ids.has(id)) this.cache.delete(id);
  }
}
