// The timeline's roving keyboard focus (views/timeline/focus.ts), in Node: the
// elements are small stand-ins that record tab stops, aria-current and focus, so
// the decisions can be checked one by one (the browser tests drive the real thing).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RovingFocus, type FocusContext } from '../../src/timeline/focus';
import { ITEM_ATTR, type ItemElements } from '../../src/timeline/item-dom';
import type { TimelineItem } from '../../src/timeline/items';
import type { TimelineHandle } from '../../src/timeline/vis-adapter';

/** Everything focused, in order, by id (or class for a cluster). */
let focused: string[] = [];

class FakeElement {
  tabIndex = -1;
  isConnected = true;
  private readonly attributes = new Map<string, string>();
  constructor(
    readonly className: string,
    id?: string,
    /** Its left edge on screen, px. */
    readonly left = 0,
  ) {
    if (id) this.attributes.set(ITEM_ATTR, id);
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
  matches(selectors: string): boolean {
    return selectors.split(',').some((s) => s.trim() === `.${this.className}`);
  }
  getBoundingClientRect(): { left: number } {
    return { left: this.left };
  }
  focus(): void {
    focused.push(this.getAttribute(ITEM_ATTR) ?? this.className);
  }
}

const realHTMLElement = globalThis.HTMLElement;
beforeAll(() => {
  (globalThis as { HTMLElement?: unknown }).HTMLElement = FakeElement;
});
afterAll(() => {
  (globalThis as { HTMLElement?: unknown }).HTMLElement = realHTMLElement;
});

const DAY = 86_400_000;

/** Events a–d, a day apart from day 10; statements s1–s3. */
const ITEMS = new Map<string, TimelineItem>(
  [
    { kind: 'event', id: 'a', start: 10 * DAY },
    { kind: 'event', id: 'b', start: 11 * DAY },
    { kind: 'event', id: 'c', start: 12 * DAY, end: 14 * DAY },
    { kind: 'event', id: 'd', start: 40 * DAY },
    { kind: 'statement', id: 's1', start: 10 * DAY },
    { kind: 'statement', id: 's2', start: 11 * DAY },
    { kind: 'statement', id: 's3', start: 12 * DAY },
  ].map((item) => [item.id, item as TimelineItem]),
);

interface World {
  focus: RovingFocus;
  events: Map<string, FakeElement>;
  /** Statement points and clusters in DOM order. */
  units: FakeElement[];
  activated: string[];
  moves: { time: number; move: unknown }[];
  view: { start: number; end: number };
  selected: string | undefined;
  order: string[];
  clusterOpens: boolean;
}

/** A timeline showing days 0–30: events a, b, c drawn, d not; statements out of DOM order. */
function world(): World {
  const w: Omit<World, 'focus'> = {
    events: new Map(['a', 'b', 'c'].map((id) => [id, new FakeElement('tl-event', id)])),
    units: [
      new FakeElement('tl-statement', 's2', 200),
      new FakeElement('tl-statement', 's1', 100),
      new FakeElement('tl-cluster', undefined, 300),
      new FakeElement('tl-statement', 's3', 400),
    ],
    activated: [],
    moves: [],
    view: { start: 0, end: 30 * DAY },
    selected: undefined,
    order: ['a', 'b', 'c', 'd'],
    clusterOpens: true,
  };
  const handle = {
    getWindow: () => w.view,
    moveTo: (time: number, move: unknown) => w.moves.push({ time, move }),
    openCluster: (el: Element) =>
      w.clusterOpens && (el as unknown as FakeElement).className === 'tl-cluster',
  } as unknown as TimelineHandle;
  const ctx: FocusContext = {
    host: { querySelectorAll: () => w.units } as unknown as HTMLElement,
    elements: { peek: (id: string) => w.events.get(id) } as unknown as ItemElements,
    item: (id) => ITEMS.get(id),
    order: () => w.order,
    selectedEvent: () => w.selected,
    handle: () => handle,
    activate: (id) => w.activated.push(id),
  };
  return Object.assign(w, { focus: new RovingFocus(ctx) });
}

/** The tab stops: ids (or classes) with tabIndex 0. */
const stops = (w: World) =>
  [...w.events.values(), ...w.units]
    .filter((el) => el.tabIndex === 0)
    .map((el) => el.getAttribute(ITEM_ATTR) ?? el.className);

const current = (w: World) =>
  [...w.events.values()]
    .filter((el) => el.getAttribute('aria-current') === 'true')
    .map((el) => el.getAttribute(ITEM_ATTR));

function key(
  w: World,
  target: FakeElement,
  k: string,
  mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {},
): boolean {
  let prevented = false;
  w.focus.onkeydown({
    target,
    key: k,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    ...mods,
    preventDefault: () => (prevented = true),
  } as unknown as KeyboardEvent);
  return prevented;
}

beforeEach(() => {
  focused = [];
});

describe('tab stops', () => {
  it.each([
    // selected event, roving event before reset, tab stops after reset + sync
    [undefined, undefined, ['a', 's2']],
    ['b', undefined, ['b', 's2']],
    [undefined, 'c', ['c', 's2']],
    ['b', 'c', ['c', 's2']], // a valid roving event stays
    ['b', 'gone', ['b', 's2']], // one no longer in the items is replaced
    [undefined, 'd', ['a', 's2']], // not drawn: the first drawn event is the stop
  ])('selected %j, roving %j: stops %j', (selected, roving, want) => {
    const w = world();
    w.selected = selected;
    if (roving) w.focus.follow(roving);
    w.focus.reset();
    w.focus.sync();
    expect(stops(w)).toEqual(want);
  });

  it('marks only the selected event aria-current, and clears the old one', () => {
    const w = world();
    w.selected = 'b';
    w.focus.sync();
    expect(current(w)).toEqual(['b']);
    w.selected = 'c';
    w.focus.sync();
    expect(current(w)).toEqual(['c']);
    w.selected = undefined;
    w.focus.sync();
    expect(current(w)).toEqual([]);
  });

  it('keeps the statement stop while its element is shown, else the first in DOM order', () => {
    const w = world();
    w.focus.onfocusin({ target: w.units[3] } as unknown as FocusEvent);
    expect(stops(w)).toEqual(['a', 's3']);
    w.units = w.units.slice(0, 2);
    w.focus.sync();
    expect(stops(w)).toEqual(['a', 's2']);
  });

  it('moves the event stop to an event that gets focus', () => {
    const w = world();
    w.focus.onfocusin({ target: w.events.get('c') } as unknown as FocusEvent);
    expect(stops(w)).toEqual(['c', 's2']);
  });
});

describe('keys on an event', () => {
  it.each([
    // from, key, focused, activated
    ['a', 'ArrowRight', ['b'], []],
    ['b', 'ArrowDown', ['c'], []],
    ['b', 'ArrowLeft', ['a'], []],
    ['c', 'Home', ['a'], []],
    ['a', 'ArrowLeft', ['a'], []], // stays at the first
    ['b', 'Enter', [], ['b']],
    ['b', ' ', [], ['b']],
  ])('%s + %j: focuses %j, activates %j', (from, k, wantFocus, wantActivated) => {
    const w = world();
    w.focus.reset();
    expect(key(w, w.events.get(from)!, k)).toBe(true);
    expect(focused).toEqual(wantFocus);
    expect(w.activated).toEqual(wantActivated);
    expect(w.moves).toEqual([]);
    if (wantFocus.length) expect(stops(w)[0]).toBe(wantFocus[0]);
  });

  it.each([
    ['Tab', {}],
    ['x', {}],
    ['ArrowRight', { ctrlKey: true }],
    ['ArrowRight', { altKey: true }],
    ['Enter', { metaKey: true }],
  ])('%j %j is left alone', (k, mods) => {
    const w = world();
    expect(key(w, w.events.get('a')!, k, mods)).toBe(false);
    expect(focused).toEqual([]);
    expect(w.activated).toEqual([]);
  });

  it('brings an event out of view into view and focuses it after the redraw, once', () => {
    const w = world();
    w.focus.reset();
    expect(key(w, w.events.get('c')!, 'End')).toBe(true);
    // d (day 40) is outside days 0–30 and not drawn: the view moves to it, unanimated.
    expect(w.moves).toEqual([{ time: 40 * DAY, move: { animate: false, reader: true } }]);
    expect(focused).toEqual([]);
    w.focus.afterRedraw(); // still not drawn
    expect(focused).toEqual([]);
    w.events.set('d', new FakeElement('tl-event', 'd'));
    w.focus.afterRedraw();
    expect(focused).toEqual(['d']);
    expect(stops(w)[0]).toBe('d');
    w.focus.afterRedraw();
    expect(focused).toEqual(['d']);
  });

  it('acts on the event being brought into view, and drops it when another is focused', () => {
    const w = world();
    w.focus.reset();
    key(w, w.events.get('b')!, 'End');
    // Before the redraw, Left acts from d (to c), not from the still-focused b (to a).
    key(w, w.events.get('b')!, 'ArrowLeft');
    expect(focused).toEqual(['c']);
    // d drawn later must not take the focus back.
    w.events.set('d', new FakeElement('tl-event', 'd'));
    w.focus.afterRedraw();
    expect(focused).toEqual(['c']);
    expect(stops(w)[0]).toBe('c');
  });

  it('focuses a drawn event once the redraw has connected it', () => {
    const w = world();
    w.focus.reset();
    w.view = { start: 20 * DAY, end: 50 * DAY };
    const d = new FakeElement('tl-event', 'd');
    d.isConnected = false;
    w.events.set('d', d);
    key(w, w.events.get('c')!, 'ArrowRight');
    w.focus.afterRedraw();
    expect(focused).toEqual([]);
    d.isConnected = true;
    w.focus.afterRedraw();
    expect(focused).toEqual(['d']);
    expect(stops(w)[0]).toBe('d');
  });

  it.each([
    // view (days), whether c (days 12–14) is focused at once
    [[0, 30], true],
    [[11, 30], true], // its start, where its box is drawn, in view
    [[13, 30], false], // only its end in view: the box, at its start, is not
    [[15, 30], false],
  ])('an event in view is focused at once (view %j: %j)', ([from, to], atOnce) => {
    const w = world();
    w.view = { start: from! * DAY, end: to! * DAY };
    w.focus.focusEvent('c');
    expect(focused).toEqual(atOnce ? ['c'] : []);
    expect(w.moves).toEqual(
      atOnce ? [] : [{ time: 12 * DAY, move: { animate: false, reader: true } }],
    );
  });

  it('brings a point event close to an edge further in', () => {
    const w = world();
    // b at day 11 is within 5% of the right edge of days 0–11.5.
    w.view = { start: 0, end: 11.5 * DAY };
    w.focus.focusEvent('b');
    expect(focused).toEqual([]);
    expect(w.moves).toEqual([{ time: 11 * DAY, move: { animate: false, reader: true } }]);
  });
});

describe('keys in the statement row', () => {
  it.each([
    // from (index in DOM order), key, focused (left to right: s1, s2, cluster, s3)
    [1, 'ArrowRight', 's2'],
    [0, 'ArrowRight', 'tl-cluster'],
    [0, 'ArrowLeft', 's1'],
    [2, 'ArrowRight', 's3'],
    [3, 'Home', 's1'],
    [1, 'End', 's3'],
    [1, 'ArrowLeft', 's1'], // the first stays
  ])('unit %i + %j: focuses %j, by position on screen', (from, k, want) => {
    const w = world();
    expect(key(w, w.units[from]!, k)).toBe(true);
    expect(focused).toEqual([want]);
    expect(stops(w)[1]).toBe(want);
  });

  it.each([
    // unit (index in DOM order), cluster opens, activated
    [2, true, []], // a cluster zooms in
    [0, true, ['s2']], // a statement is activated
    [0, false, ['s2']],
  ])('Enter on unit %i (cluster opens: %j): activates %j', (unit, opens, want) => {
    const w = world();
    w.clusterOpens = opens;
    expect(key(w, w.units[unit]!, 'Enter')).toBe(true);
    expect(w.activated).toEqual(want);
    expect(focused).toEqual([]);
  });

  it('ignores keys on other elements', () => {
    const w = world();
    expect(key(w, new FakeElement('vis-panel'), 'ArrowRight')).toBe(false);
    expect(key(w, { tabIndex: 0 } as unknown as FakeElement, 'ArrowRight')).toBe(false);
  });
});
