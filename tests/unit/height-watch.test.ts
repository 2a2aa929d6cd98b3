// When the embed measures its height: at once on a trigger, then every 250 ms until
// it has held for 2 s, again after a trigger or a wake (src/embed/height-watch.ts).
import { describe, expect, it } from 'vitest';
import { watchHeight, type Clock } from '../../src/embed/height-watch';

/** A clock whose time moves only when told; timers run in the order they fall due. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: Clock = {
    now: () => now,
    setTimeout: (run, ms) => (timers.set(next, { at: now + ms, run }), next++),
    clearTimeout: (id) => void timers.delete(id),
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].run();
    }
    now = end;
  };
  return { clock, advance, pending: () => timers.size };
}

/** A watch over a height the test sets, with the times it was measured and what it reported. */
function setup() {
  const { clock, advance, pending } = fakeClock();
  let height = 900;
  const measured: number[] = [];
  const reported: [number, number][] = [];
  const watch = watchHeight(
    () => (measured.push(clock.now()), height),
    (h) => reported.push([clock.now(), h]),
    clock,
  );
  return { watch, advance, pending, measured, reported, set: (h: number) => (height = h) };
}

describe('watchHeight', () => {
  it('reports the first height at once and polls every 250 ms until it has held for 2 s', () => {
    const { advance, pending, measured, reported } = setup();
    expect(reported).toEqual([[0, 900]]);
    advance(10_000);
    expect(measured).toEqual([0, 250, 500, 750, 1000, 1250, 1500, 1750, 2000]);
    expect(reported).toEqual([[0, 900]]);
    expect(pending()).toBe(0);
  });

  it('reports a change found by polling, with no trigger, and holds 2 s from it', () => {
    const { advance, pending, measured, reported, set } = setup();
    advance(600);
    set(1130); // grown while nothing observed it
    advance(10_000);
    expect(reported).toEqual([
      [0, 900],
      [750, 1130],
    ]);
    expect(measured.at(-1)).toBe(2750);
    expect(pending()).toBe(0);
  });

  it('ignores changes under 1 px', () => {
    const { advance, reported, set } = setup();
    set(900.6);
    advance(300);
    set(899.2);
    advance(300);
    expect(reported).toEqual([[0, 900]]);
  });

  it('measures at once on a trigger after polling stopped, and polls again', () => {
    const { watch, advance, pending, measured, reported, set } = setup();
    advance(5000);
    expect(pending()).toBe(0);
    set(1424);
    watch.trigger(); // a readiness token, say
    expect(reported.at(-1)).toEqual([5000, 1424]);
    advance(10_000);
    expect(measured.filter((t) => t > 5000)).toEqual([
      5250, 5500, 5750, 6000, 6250, 6500, 6750, 7000,
    ]);
    expect(pending()).toBe(0);
  });

  it('a wake polls on without measuring there and then', () => {
    const { watch, advance, pending, measured, reported, set } = setup();
    advance(5000);
    const before = measured.length;
    set(1200);
    watch.wake(); // the DOM changed
    expect(measured.length).toBe(before);
    advance(250);
    expect(reported.at(-1)).toEqual([5250, 1200]);
    advance(10_000);
    expect(pending()).toBe(0);
  });

  it('a trigger while polling keeps one timer, and moves the end 2 s past it', () => {
    const { watch, advance, pending, measured } = setup();
    advance(1900);
    watch.trigger();
    watch.trigger();
    expect(pending()).toBe(1);
    advance(10_000);
    expect(measured.at(-1)).toBe(4000);
  });

  it('measures nothing once stopped, whatever comes', () => {
    const { watch, advance, pending, measured, reported, set } = setup();
    advance(300);
    watch.stop();
    expect(pending()).toBe(0);
    const count = measured.length;
    set(1500);
    watch.trigger();
    watch.wake();
    advance(5000);
    expect(measured.length).toBe(count);
    expect(reported).toEqual([[0, 900]]);
  });
});
