/**
 * The timeline's keyboard focus (vis-timeline has none): roving focus with one tab
 * stop among the events and one among the statement points and clusters.
 *
 * Events are stepped through in time order, whether or not vis-timeline has drawn
 * them: one outside the window is brought into view and focused once drawn. The
 * statement row steps through what is on screen, left to right.
 */
import type { EventCluster } from './event-window';
import { ITEM_ATTR, type ItemElements } from './item-dom';
import type { TimelineItem } from './items';
import { keyAction } from './keyboard';
import { isBoxInView } from './range';
import type { TimelineHandle } from './vis-adapter';

const STATEMENT_UNITS = '.tl-statement, .tl-cluster, .tl-bin';
/** An event this close to an edge (fraction of the view) is brought further in. */
const EDGE = 0.05;

export interface FocusContext {
  /** The element vis-timeline draws into. */
  readonly host: HTMLElement;
  readonly elements: ItemElements;
  item(id: string): TimelineItem | EventCluster | undefined;
  /** The Events row's ids in time order: events, and counts of events where drawn. */
  order(): readonly string[];
  selectedEvent(): string | undefined;
  handle(): TimelineHandle | undefined;
  /** Enter/Space on an item. */
  activate(id: string): void;
}

export class RovingFocus {
  private rovingId: string | undefined;
  /** An event being brought into view, focused after the next redraw. */
  private pending: string | undefined;
  private statementStop: Element | undefined;

  constructor(private readonly ctx: FocusContext) {}

  /** The event being brought into view, if any (to be drawn as itself, not in a count). */
  get pendingId(): string | undefined {
    return this.pending;
  }

  /** Keeps the roving event valid after the items changed. */
  reset(): void {
    if (this.rovingId === undefined || !this.ctx.item(this.rovingId)) {
      this.rovingId = this.ctx.selectedEvent() ?? this.ctx.order()[0];
    }
  }

  /** Makes `id` the events' tab stop (e.g. after a selection elsewhere). */
  follow(id: string): void {
    this.rovingId = id;
    this.sync();
  }

  /** Call after every redraw: finishes a pending focus and updates the tab stops. */
  afterRedraw(): void {
    if (this.pending) {
      const el = this.ctx.elements.peek(this.pending);
      if (el?.isConnected) {
        this.pending = undefined;
        el.focus({ preventScroll: true });
      }
    }
    this.sync();
  }

  /** Sets tabindex (one 0 per row) and aria-current on the selected event. */
  sync(): void {
    const { elements } = this.ctx;
    const order = this.ctx.order();
    const selected = this.ctx.selectedEvent();
    // The roving event, or the first drawn one when vis-timeline has not drawn it.
    const stop = elements.peek(this.rovingId ?? '')?.isConnected
      ? this.rovingId
      : order.find((id) => elements.peek(id)?.isConnected);
    for (const id of order) {
      const el = elements.peek(id);
      if (!el) continue;
      el.tabIndex = id === stop ? 0 : -1;
      if (id === selected) el.setAttribute('aria-current', 'true');
      else el.removeAttribute('aria-current');
    }
    // DOM order is enough here; the arrow keys sort by position when they need it.
    const units = [...this.ctx.host.querySelectorAll<HTMLElement>(STATEMENT_UNITS)];
    if (!this.statementStop || !units.includes(this.statementStop as HTMLElement)) {
      this.statementStop = units[0];
    }
    for (const u of units) u.tabIndex = u === this.statementStop ? 0 : -1;
  }

  focusEvent(id: string): void {
    const item = this.ctx.item(id);
    const handle = this.ctx.handle();
    if (!item || !handle) return;
    this.rovingId = id;
    this.sync();
    const el = this.ctx.elements.peek(id);
    if (el?.isConnected && isBoxInView(item, handle.getWindow(), EDGE)) {
      // An event still being brought into view must not take the focus back later.
      this.pending = undefined;
      el.focus({ preventScroll: true });
    } else {
      this.pending = id;
      handle.moveTo(item.start, { animate: false, reader: true });
    }
  }

  /** The timeline runs right to left (the page's direction; vis-timeline's `rtl`). */
  private rtl(): boolean {
    // (Unit tests drive this class without a DOM: no window, left to right.)
    return typeof window !== 'undefined' && getComputedStyle(this.ctx.host).direction === 'rtl';
  }

  readonly onkeydown = (e: KeyboardEvent): void => {
    if (!(e.target instanceof HTMLElement) || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target;
    const id = target.getAttribute(ITEM_ATTR);
    if (id !== null && this.inEvents(id)) {
      // While an event is being brought into view, keys act on it, not the old focus.
      const current = this.pending ?? id;
      const order = this.ctx.order();
      const action = keyAction(e.key, order.indexOf(current), order.length, this.rtl());
      if (!action) return;
      e.preventDefault();
      if ('move' in action) this.focusEvent(order[action.move]!);
      else this.ctx.activate(current);
      return;
    }
    if (!target.matches(STATEMENT_UNITS)) return;
    const units = this.statementUnits();
    const action = keyAction(e.key, units.indexOf(target), units.length, this.rtl());
    if (!action) return;
    e.preventDefault();
    if ('move' in action) {
      this.statementStop = units[action.move];
      this.sync();
      (this.statementStop as HTMLElement | undefined)?.focus({ preventScroll: true });
    } else if (!this.ctx.handle()?.openCluster(target) && id) this.ctx.activate(id);
  };

  readonly onfocusin = (e: FocusEvent): void => {
    const el = e.target;
    if (!(el instanceof HTMLElement)) return;
    const id = el.getAttribute(ITEM_ATTR);
    if (id && this.inEvents(id)) {
      if (this.rovingId !== id) this.follow(id);
    } else if (el.matches(STATEMENT_UNITS) && this.statementStop !== el) {
      this.statementStop = el;
      this.sync();
    }
  };

  private inEvents(id: string): boolean {
    const item = this.ctx.item(id);
    return item?.kind === 'event' || item?.kind === 'event-cluster';
  }

  /** Statement points and clusters on screen, left to right. */
  private statementUnits(): Element[] {
    const found = [...this.ctx.host.querySelectorAll(STATEMENT_UNITS)];
    const x = new Map(found.map((el) => [el, el.getBoundingClientRect().left]));
    return found.sort((a, b) => x.get(a)! - x.get(b)!);
  }
}
