// The graph's pan and zoom (scene/zoom.ts), in Node. Its maths lives inside
// createZoom (nothing else is exported), so the test drives the controller itself:
// the <svg> is a stand-in that keeps its listeners and a fixed position on the
// page, the layer records its transform, and animation frames run only when the
// test says so. Expected views are worked out by hand in the comments; the gestures
// the browser really sends are left to the browser tests.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bounds } from '../../src/layout';
import type { View } from '../../src/scene/fit';
import {
  createZoom,
  keepView,
  type Band,
  type Spot,
  type ZoomController,
  type ZoomOptions,
} from '../../src/scene/zoom';

type Listener = (event: never) => void;

/** The svg's top left corner on the page: events at (client) are at (client − this) inside. */
const LEFT = 10;
const TOP = 20;

class FakeSvg {
  readonly style = { touchAction: '' };
  readonly listeners = new Map<string, Listener>();
  readonly captured: number[] = [];
  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, listener);
  }
  removeEventListener(type: string, listener: Listener): void {
    if (this.listeners.get(type) === listener) this.listeners.delete(type);
  }
  getBoundingClientRect(): { left: number; top: number } {
    return { left: LEFT, top: TOP };
  }
  setPointerCapture(id: number): void {
    this.captured.push(id);
  }
}

class FakeLayer {
  transforms: string[] = [];
  setAttribute(name: string, value: string): void {
    if (name === 'transform') this.transforms.push(value);
  }
}

let reducedMotion = true;
let frames = new Map<number, (now: number) => void>();
let nextFrame = 1;
let clock = 0;

/** Runs the animation frames queued now, at time `now`. */
function runFrames(now: number): void {
  const due = [...frames.values()];
  frames = new Map();
  for (const step of due) step(now);
}

beforeEach(() => {
  reducedMotion = true;
  frames = new Map();
  nextFrame = 1;
  clock = 1000;
  vi.stubGlobal('window', {
    matchMedia: (query: string) => ({
      matches: query === '(prefers-reduced-motion: reduce)' && reducedMotion,
    }),
  });
  vi.stubGlobal('requestAnimationFrame', (step: (now: number) => void) => {
    frames.set(nextFrame, step);
    return nextFrame++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  vi.stubGlobal('performance', { now: () => clock });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/**
 * A 1000 × 500 graph in a 500 × 400 box. Fitted: padX = min(48, 500 × 0.05) = 25,
 * padY = min(32, 400 × 0.05) = 20, k = min(1.5, (500 − 50) / 1000, (400 − 40) / 500)
 * = min(1.5, 0.45, 0.72) = 0.45; x = 250 − 0.45 × 1000 / 2 = 25,
 * y = 200 − 0.45 × 500 / 2 = 87.5. Scale extent [0.45 / 2, max(4, 4.5)] = [0.225, 4.5].
 */
const WIDE: Bounds = { x0: 0, y0: 0, x1: 1000, y1: 500 };
const BOX: ZoomOptions = { bounds: WIDE, width: 500, height: 400 };
const FITTED: View = { k: 0.45, x: 25, y: 87.5 };

interface World {
  zoom: ZoomController;
  svg: FakeSvg;
  layer: FakeLayer;
}

function world(options: ZoomOptions = BOX): World {
  const svg = new FakeSvg();
  const layer = new FakeLayer();
  const zoom = createZoom(
    svg as unknown as SVGSVGElement,
    layer as unknown as SVGGElement,
    options,
  );
  return { zoom, svg, layer };
}

function expectView(actual: View, want: View): void {
  expect(actual.k).toBeCloseTo(want.k, 9);
  expect(actual.x).toBeCloseTo(want.x, 9);
  expect(actual.y).toBeCloseTo(want.y, 9);
}

interface FakeEvent {
  prevented: boolean;
  stopped: boolean;
}

/** Sends an event to the svg's listener for `type`, with client coordinates. */
function send(w: World, type: string, fields: Record<string, unknown>): FakeEvent {
  const listener = w.svg.listeners.get(type);
  if (!listener) throw new Error(`no ${type} listener`);
  const record = { prevented: false, stopped: false };
  listener({
    clientX: 0,
    clientY: 0,
    ctrlKey: false,
    metaKey: false,
    ...fields,
    preventDefault: () => (record.prevented = true),
    stopPropagation: () => (record.stopped = true),
  } as never);
  return record;
}

/** A pointer event at (x, y) inside the svg. */
const at = (x: number, y: number) => ({ clientX: x + LEFT, clientY: y + TOP });
const mouse = (id: number, x: number, y: number, extra: Record<string, unknown> = {}) => ({
  pointerId: id,
  pointerType: 'mouse',
  button: 0,
  buttons: 1,
  ...at(x, y),
  ...extra,
});
const touch = (id: number, x: number, y: number) => ({
  pointerId: id,
  pointerType: 'touch',
  button: 0,
  buttons: 1,
  ...at(x, y),
});

describe('the fitted view', () => {
  it.each<[string, ZoomOptions, View]>([
    ['a wide graph, fitted by its width', BOX, FITTED],
    // 100 × 50 in 400 × 300: padX 20, padY 15; min(1.5, 360 / 100, 270 / 50) = 1.5 (never
    // blown up further); x = 200 − 1.5 × 50 = 125, y = 150 − 1.5 × 25 = 112.5.
    [
      'a small graph, at most 1.5×',
      { bounds: { x0: 0, y0: 0, x1: 100, y1: 50 }, width: 400, height: 300 },
      { k: 1.5, x: 125, y: 112.5 },
    ],
    // 600 wide with 100 kept clear on the right: the 500 left are BOX again.
    ['room kept for the buttons', { ...BOX, width: 600, reserveRight: 100 }, FITTED],
    // Bounds off the origin, −200…200 × −100…100 in 500 × 400: min(1.5, 450 / 400,
    // 360 / 200) = 1.125; centred: x = 250 − 1.125 × 0 = 250, y = 200.
    [
      'bounds around the origin',
      { bounds: { x0: -200, y0: -100, x1: 200, y1: 100 }, width: 500, height: 400 },
      { k: 1.125, x: 250, y: 200 },
    ],
  ])('%s', (_, options, want) => {
    const w = world(options);
    expectView(w.zoom.current(), want);
  });

  it('writes the view on the layer as translate, then scale', () => {
    const w = world();
    expect(w.layer.transforms).toEqual(['translate(25,87.5) scale(0.45)']);
  });

  it('lets the page scroll over the graph with one finger', () => {
    expect(world().svg.style.touchAction).toBe('pan-x pan-y');
  });

  it('hands out a copy of the view', () => {
    const w = world();
    const view = w.zoom.current() as { k: number };
    view.k = 99;
    expect(w.zoom.current().k).toBe(0.45);
  });
});

describe('zoomBy (reduced motion: a jump)', () => {
  it.each<[number[], View]>([
    // Around the box's middle (250, 200): k' = 0.45 × 2 = 0.9,
    // x = 250 − (250 − 25) × 2 = −200, y = 200 − (200 − 87.5) × 2 = −25.
    [[2], { k: 0.9, x: -200, y: -25 }],
    // k' = 0.225, x = 250 − 225 / 2 = 137.5, y = 200 − 112.5 / 2 = 143.75.
    [[0.5], { k: 0.225, x: 137.5, y: 143.75 }],
    // Out of the extent: 0.45 × 100 is held at 4.5 (a factor of 10):
    // x = 250 − 225 × 10 = −2000, y = 200 − 112.5 × 10 = −925.
    [[100], { k: 4.5, x: -2000, y: -925 }],
    // And 0.45 × 0.01 at 0.225: as a factor of 0.5.
    [[0.01], { k: 0.225, x: 137.5, y: 143.75 }],
    // Twice 2 is 4: k' = 1.8, x = 250 − 225 × 4 = −650, y = 200 − 112.5 × 4 = −250.
    [[2, 2], { k: 1.8, x: -650, y: -250 }],
    // At the limit, zooming further in changes nothing.
    [[10, 2], { k: 4.5, x: -2000, y: -925 }],
    // In and out again comes back to the fitted view.
    [[2, 0.5], FITTED],
  ])('factors %j give %j', (factors, want) => {
    const w = world();
    for (const factor of factors) w.zoom.zoomBy(factor);
    expectView(w.zoom.current(), want);
    expect(frames.size).toBe(0);
  });

  it('holds a small graph between half its fitted scale and ten times it', () => {
    // Fitted at 1.5 (see above): extent [0.75, max(4, 15)] = [0.75, 15].
    const w = world({ bounds: { x0: 0, y0: 0, x1: 100, y1: 50 }, width: 400, height: 300 });
    w.zoom.zoomBy(100);
    expect(w.zoom.current().k).toBeCloseTo(15, 9);
    w.zoom.zoomBy(0.0001);
    expect(w.zoom.current().k).toBeCloseTo(0.75, 9);
  });

  it('reset goes back to the fitted view', () => {
    const w = world();
    w.zoom.zoomBy(3);
    w.zoom.reset();
    expectView(w.zoom.current(), FITTED);
  });
});

describe('zoomBy with motion: a glide', () => {
  // From FITTED to zoomBy(2) = {0.9, −200, −25}. The world point in the middle of the box
  // is (250 − 25) / 0.45 = 500, (200 − 87.5) / 0.45 = 250 before and
  // (250 + 200) / 0.9 = 500, (200 + 25) / 0.9 = 250 after: it stays put while k grows
  // geometrically, k = 0.45 × 2^e, x = 250 − 500k, y = 200 − 250k, with the cubic
  // ease e = 4p³ (p < ½) or 1 − (2 − 2p)³ / 2, p = elapsed / 220 ms.
  it.each<[number, number]>([
    // ms after the start, e
    [0, 0],
    [55, 0.0625], // p = ¼: 4 / 64
    [110, 0.5], // p = ½: 4 / 8
    [165, 0.9375], // p = ¾: 1 − 0.125 / 2
  ])('%i ms in: eased %d of the way', (ms, e) => {
    reducedMotion = false;
    const w = world();
    w.zoom.zoomBy(2);
    expectView(w.zoom.current(), FITTED); // nothing moves before the first frame
    runFrames(clock + ms);
    const k = 0.45 * 2 ** e;
    expectView(w.zoom.current(), { k, x: 250 - 500 * k, y: 200 - 250 * k });
    expect(frames.size).toBe(1); // and it goes on
  });

  it('ends exactly on the target, with no frame left', () => {
    reducedMotion = false;
    const w = world();
    w.zoom.zoomBy(2);
    runFrames(clock + 100);
    runFrames(clock + 300);
    expect(w.zoom.current()).toEqual({ k: 0.9, x: -200, y: -25 });
    expect(frames.size).toBe(0);
  });

  it('a new glide replaces the one under way, and destroy stops it', () => {
    reducedMotion = false;
    const w = world();
    w.zoom.zoomBy(2);
    w.zoom.reset();
    expect(frames.size).toBe(1);
    w.zoom.destroy();
    expect(frames.size).toBe(0);
  });
});

describe('reveal', () => {
  it.each<[string, { x: number; y: number }, View]>([
    // The middle (500, 250) is on screen at (25 + 225, 87.5 + 112.5) = (250, 200): stays.
    ['a point in the middle stays', { x: 500, y: 250 }, FITTED],
    // x 40 → 25 + 18 = 43 on screen, just inside the 40 px margin: stays.
    ['a point just inside the margin stays', { x: 40, y: 250 }, FITTED],
    // x 30 → 25 + 13.5 = 38.5, inside the margin: centred, x = 250 − 0.45 × 30 = 236.5,
    // y = 200 − 0.45 × 250 = 87.5.
    ['a point in the margin is centred', { x: 30, y: 250 }, { k: 0.45, x: 236.5, y: 87.5 }],
    // The top left corner is at (25, 87.5): x is in the margin. Centred: (250, 200).
    ['the top left corner is centred', { x: 0, y: 0 }, { k: 0.45, x: 250, y: 200 }],
    // (1000, 500) → (475, 312.5); 475 > 500 − 40. x = 250 − 450, y = 200 − 225.
    ['the bottom right corner is centred', { x: 1000, y: 500 }, { k: 0.45, x: -200, y: -25 }],
    // y 750 → 87.5 + 337.5 = 425, below the box: y = 200 − 337.5 = −137.5.
    ['a point below the box is centred', { x: 500, y: 750 }, { k: 0.45, x: 25, y: -137.5 }],
  ])('%s', (_, point, want) => {
    const w = world();
    w.zoom.reveal(point);
    expectView(w.zoom.current(), want);
  });

  it('keeps the scale the reader chose', () => {
    const w = world();
    w.zoom.zoomBy(2); // {0.9, −200, −25}: (0, 0) is off screen
    w.zoom.reveal({ x: 0, y: 0 });
    expectView(w.zoom.current(), { k: 0.9, x: 250, y: 200 });
  });
});

describe('update', () => {
  // 600 × 400 for WIDE: padX 30, padY 20; min(1.5, 540 / 1000, 360 / 500) = 0.54;
  // x = 300 − 270 = 30, y = 200 − 135 = 65.
  const WIDER: ZoomOptions = { ...BOX, width: 600 };
  const REFIT: View = { k: 0.54, x: 30, y: 65 };
  const ZOOMED: View = { k: 0.9, x: -200, y: -25 };

  it('refits to a new size while the reader has not moved the view', () => {
    const w = world();
    w.zoom.update(WIDER);
    expectView(w.zoom.current(), REFIT);
  });

  it.each<[string, (zoom: ZoomController) => void]>([
    ['zoomBy', (zoom) => zoom.zoomBy(2)],
    ['reveal', (zoom) => zoom.reveal({ x: 1000, y: 500 })], // {0.45, −200, −25}
  ])('keeps the view after %s when only the size changes', (_, act) => {
    const w = world();
    act(w.zoom);
    const before = w.zoom.current();
    w.zoom.update(WIDER);
    expect(w.zoom.current()).toEqual(before);
  });

  it('refits to new bounds even after the reader moved, and forgets the move', () => {
    const w = world();
    w.zoom.zoomBy(2);
    w.zoom.update({ ...WIDER, bounds: { ...WIDE } }); // a new bounds object
    expectView(w.zoom.current(), REFIT);
    w.zoom.update(BOX);
    expectView(w.zoom.current(), FITTED);
  });

  it('refits to a new size after a reset', () => {
    const w = world();
    w.zoom.zoomBy(2);
    w.zoom.reset();
    w.zoom.update(WIDER);
    expectView(w.zoom.current(), REFIT);
  });

  it('takes the new extent from the new fit', () => {
    const w = world();
    w.zoom.zoomBy(2);
    expectView(w.zoom.current(), ZOOMED);
    // Fitted at 0.54 now: at most max(4, 5.4) = 5.4; 0.9 × 10 is held there.
    w.zoom.update(WIDER);
    w.zoom.zoomBy(10);
    expect(w.zoom.current().k).toBeCloseTo(5.4, 9);
  });
});

describe('the wheel', () => {
  it.each<[string, Record<string, unknown>]>([
    ['a plain wheel', { deltaY: -500, deltaMode: 0 }],
    ['Shift + wheel', { deltaY: -500, deltaMode: 0, shiftKey: true }],
    ['a plain pinch-sized wheel', { deltaY: -25, deltaMode: 0 }],
  ])('%s scrolls the page and leaves the view', (_, fields) => {
    const w = world();
    const event = send(w, 'wheel', { ...at(250, 200), ...fields });
    expect(event.prevented).toBe(false);
    expectView(w.zoom.current(), FITTED);
  });

  it.each<[string, Record<string, unknown>, number]>([
    // factor 2^(−deltaY × unit), unit 0.002 per pixel, 0.05 per line, 1 per page, and
    // ×10 for small deltas (|deltaY| < 50: a pinch on a trackpad).
    ['a mouse wheel, 500 px up', { deltaY: -500, deltaMode: 0 }, 2], // 500 × 0.002 = 1
    ['a mouse wheel, 500 px down', { deltaY: 500, deltaMode: 0 }, 0.5],
    ['a pinch, 25 px', { deltaY: -25, deltaMode: 0 }, Math.SQRT2], // 25 × 0.002 × 10 = ½
    ['two lines', { deltaY: -2, deltaMode: 1 }, 2], // 2 × 0.05 × 10 = 1
    ['a tenth of a page', { deltaY: -0.1, deltaMode: 2 }, 2], // 0.1 × 1 × 10 = 1
    ['⌘ instead of Ctrl', { deltaY: -500, deltaMode: 0, ctrlKey: false, metaKey: true }, 2],
  ])('Ctrl + %s zooms by %d around the pointer', (_, fields, factor) => {
    const w = world();
    // At (100, 50) in the svg: x = 100 − (100 − 25) f, y = 50 − (50 − 87.5) f.
    const event = send(w, 'wheel', { ...at(100, 50), ctrlKey: true, ...fields });
    expect(event.prevented).toBe(true);
    expectView(w.zoom.current(), {
      k: 0.45 * factor,
      x: 100 - 75 * factor,
      y: 50 + 37.5 * factor,
    });
  });

  it('jumps even when motion is allowed, and counts as a move', () => {
    reducedMotion = false;
    const w = world();
    send(w, 'wheel', { ...at(100, 50), ctrlKey: true, deltaY: -500, deltaMode: 0 });
    expect(frames.size).toBe(0);
    const zoomed = w.zoom.current();
    expectView(zoomed, { k: 0.9, x: -50, y: 125 });
    w.zoom.update({ ...BOX, width: 600 });
    expect(w.zoom.current()).toEqual(zoomed);
  });
});

describe('dragging with the mouse', () => {
  it('pans once the pointer has travelled more than 4 px, by the last step', () => {
    const w = world();
    send(w, 'pointerdown', mouse(1, 100, 100));
    // √(2² + 1²) ≈ 2.24 px: still a click.
    send(w, 'pointermove', mouse(1, 102, 101));
    expectView(w.zoom.current(), FITTED);
    expect(w.svg.captured).toEqual([]);
    // + √(3² + 4²) = 5: 7.24 px, a drag. This step's (3, 4) moves the view.
    send(w, 'pointermove', mouse(1, 105, 105));
    expectView(w.zoom.current(), { k: 0.45, x: 28, y: 91.5 });
    expect(w.svg.captured).toEqual([1]);
    send(w, 'pointermove', mouse(1, 95, 125)); // (−10, 20)
    expectView(w.zoom.current(), { k: 0.45, x: 18, y: 111.5 });
    expect(w.svg.captured).toEqual([1]); // captured once
  });

  it('swallows the click that ends a drag, and only that one', () => {
    const w = world();
    send(w, 'pointerdown', mouse(1, 100, 100));
    send(w, 'pointermove', mouse(1, 110, 100));
    send(w, 'pointerup', mouse(1, 110, 100, { buttons: 0 }));
    const first = send(w, 'click', at(110, 100));
    expect([first.prevented, first.stopped]).toEqual([true, true]);
    const second = send(w, 'click', at(110, 100));
    expect([second.prevented, second.stopped]).toEqual([false, false]);
  });

  it('lets a click without a drag through', () => {
    const w = world();
    send(w, 'pointerdown', mouse(1, 100, 100));
    send(w, 'pointermove', mouse(1, 101, 101));
    send(w, 'pointerup', mouse(1, 101, 101, { buttons: 0 }));
    const click = send(w, 'click', at(101, 101));
    expect([click.prevented, click.stopped]).toEqual([false, false]);
  });

  it.each<[string, Record<string, unknown>]>([
    ['the right button', { button: 2, buttons: 2 }],
    ['Ctrl + the left button', { ctrlKey: true }],
  ])('does not pan with %s', (_, extra) => {
    const w = world();
    send(w, 'pointerdown', mouse(1, 100, 100, extra));
    send(w, 'pointermove', mouse(1, 150, 150, extra));
    expectView(w.zoom.current(), FITTED);
  });

  it('forgets a press released outside the graph', () => {
    const w = world();
    send(w, 'pointerdown', mouse(1, 100, 100));
    send(w, 'pointermove', mouse(1, 150, 150, { buttons: 0 })); // no button held any more
    send(w, 'pointermove', mouse(1, 200, 200)); // as if pressed again elsewhere
    expectView(w.zoom.current(), FITTED);
  });
});

describe('touch', () => {
  it('one finger leaves the view (the page scrolls)', () => {
    const w = world();
    send(w, 'pointerdown', touch(1, 100, 100));
    send(w, 'pointermove', touch(1, 100, 200));
    expectView(w.zoom.current(), FITTED);
    expect(w.svg.captured).toEqual([]);
  });

  it('two fingers pinch around their middle and pan with it', () => {
    const w = world();
    send(w, 'pointerdown', touch(1, 100, 100));
    send(w, 'pointerdown', touch(2, 200, 100));
    // Finger 2 to (300, 100): 100 px apart → 200, a factor of 2 around the new middle
    // (200, 100): k = 0.9, x = 200 − (200 − 25) × 2 = −150, y = 100 − (100 − 87.5) × 2 = 75;
    // then the middle's move from (150, 100) pans by (50, 0): x = −100.
    send(w, 'pointermove', touch(2, 300, 100));
    expectView(w.zoom.current(), { k: 0.9, x: -100, y: 75 });
    expect(w.svg.captured).toEqual([1, 2]);
  });

  it('lifting a finger ends the pinch', () => {
    const w = world();
    send(w, 'pointerdown', touch(1, 100, 100));
    send(w, 'pointerdown', touch(2, 200, 100));
    send(w, 'pointercancel', touch(2, 200, 100));
    send(w, 'pointermove', touch(1, 50, 100));
    expectView(w.zoom.current(), FITTED);
  });
});

describe('destroy', () => {
  it('removes every listener it added', () => {
    const w = world();
    expect([...w.svg.listeners.keys()].sort()).toEqual([
      'click',
      'pointercancel',
      'pointerdown',
      'pointermove',
      'pointerup',
      'wheel',
    ]);
    w.zoom.destroy();
    expect([...w.svg.listeners.keys()]).toEqual([]);
  });
});

describe('keepView: a selection kept inside a band of the box (scrollytelling)', () => {
  const FULL = { x0: 0, y0: 0, x1: 500, y1: 400 };
  it.each<[string, Spot[], Band, View | undefined]>([
    // (500, 250) r 10 is on screen at (250, 200) ± 4.5: inside.
    ['a spot inside the band: no move', [{ x: 500, y: 250, r: 10 }], FULL, undefined],
    // Band 150 px tall: the spot (y 195.5–204.5) is below it. Same scale (it fits);
    // centred in the band: x = 250 − 0.45 × 500 = 25, y = 75 − 0.45 × 250 = −37.5.
    [
      'a spot below the band: centred in it at the same scale',
      [{ x: 500, y: 250, r: 10 }],
      { x0: 0, y0: 0, x1: 500, y1: 150 },
      { k: 0.45, x: 25, y: -37.5 },
    ],
    // Two spots at y 0 (screen 87.5), the band from 200: they fit at 0.45 (450 ≤ 500);
    // centre (500, 0): x = 250 − 225 = 25, y = 300.
    [
      'two spots above the band: moved down into it',
      [
        { x: 0, y: 0, r: 0 },
        { x: 1000, y: 0, r: 0 },
      ],
      { x0: 0, y0: 200, x1: 500, y1: 400 },
      { k: 0.45, x: 25, y: 300 },
    ],
    // A band 300 px wide: 1000 units fit at (300 − 32) / 1000 = 0.268;
    // x = 150 − 0.268 × 500 = 16, y = 200.
    [
      'spots wider than the band: zoomed out to fit',
      [
        { x: 0, y: 0, r: 0 },
        { x: 1000, y: 0, r: 0 },
      ],
      { x0: 0, y0: 0, x1: 300, y1: 400 },
      { k: 0.268, x: 16, y: 200 },
    ],
    // 200 px wide would need 0.168, below the least scale 0.225: centred on the first
    // spot at 0.225: x = 100, y = 200.
    [
      'spots that do not fit even zoomed out: the first one centred',
      [
        { x: 0, y: 0, r: 0 },
        { x: 1000, y: 0, r: 0 },
      ],
      { x0: 0, y0: 0, x1: 200, y1: 400 },
      { k: 0.225, x: 100, y: 200 },
    ],
    ['a band thinner than 40 px: no move', [{ x: 0, y: 0, r: 5 }], { ...FULL, y1: 39 }, undefined],
    ['no spots: no move', [], { ...FULL, y1: 100 }, undefined],
  ])('%s', (_, spots, band, want) => {
    const got = keepView(FITTED, spots, band, 0.225);
    if (want === undefined) expect(got).toBeUndefined();
    else expectView(got!, want);
  });
});

describe('keep', () => {
  const TOP_BAND = { x0: 0, y0: 0, x1: 500, y1: 150 };
  const SPOT = [{ x: 500, y: 250, r: 10 }];

  it('moves the view so the spots are in the band, and back to the fit with none', () => {
    const w = world();
    w.zoom.keep(SPOT, TOP_BAND);
    expectView(w.zoom.current(), { k: 0.45, x: 25, y: -37.5 });
    w.zoom.keep([], TOP_BAND);
    expectView(w.zoom.current(), FITTED);
  });

  it('leaves an unmoved view alone when nothing is selected', () => {
    const w = world();
    const before = w.layer.transforms.length;
    w.zoom.keep([], TOP_BAND);
    expect(w.layer.transforms.length).toBe(before);
  });

  it('judges by where a glide is going, so a band that moves a little does not restart it', () => {
    reducedMotion = false;
    const w = world();
    w.zoom.keep(SPOT, TOP_BAND);
    const gliding = [...frames.keys()];
    expect(gliding).toHaveLength(1);
    w.zoom.keep(SPOT, { ...TOP_BAND, y1: 148 });
    expect([...frames.keys()]).toEqual(gliding);
    for (let t = 1000; t <= 1300; t += 50) runFrames(t);
    expectView(w.zoom.current(), { k: 0.45, x: 25, y: -37.5 });
  });
});
