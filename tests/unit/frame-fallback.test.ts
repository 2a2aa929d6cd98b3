// Animation frames for a render-throttled embed: a callback runs on the next frame, or
// from a timer when no frame comes within 100 ms; once either way (src/embed/frame-fallback.ts).
import { describe, expect, it } from 'vitest';
import { installFrameFallback, type FrameWindow } from '../../src/embed/frame-fallback';

/** A window whose frames and timers run only when the test says. */
function fakeWindow() {
  let now = 0;
  let nextId = 1;
  const frames = new Map<number, FrameRequestCallback>();
  const timers = new Map<number, { at: number; run: () => void }>();
  const win = {
    performance: { now: () => now },
    requestAnimationFrame: (cb: FrameRequestCallback) => (frames.set(nextId, cb), nextId++),
    cancelAnimationFrame: (id: number) => void frames.delete(id),
    setTimeout: (run: () => void, ms = 0) => (timers.set(nextId, { at: now + ms, run }), nextId++),
    clearTimeout: (id?: number) => void timers.delete(id ?? -1),
  } as unknown as FrameWindow;
  return {
    win,
    /** A rendered frame at the current time. */
    frame: () => {
      const due = [...frames.values()];
      frames.clear();
      due.forEach((cb) => cb(now));
    },
    advance: (ms: number) => {
      now += ms;
      for (const [id, t] of [...timers]) {
        if (t.at > now) continue;
        timers.delete(id);
        t.run();
      }
    },
    pending: () => frames.size + timers.size,
  };
}

describe('installFrameFallback', () => {
  it('runs a callback on the next frame when frames come, and not again from the timer', () => {
    const { win, frame, advance, pending } = fakeWindow();
    installFrameFallback(win);
    const calls: number[] = [];
    win.requestAnimationFrame((t) => calls.push(t));
    advance(16);
    frame();
    expect(calls).toEqual([16]);
    expect(pending()).toBe(0);
    advance(500);
    frame();
    expect(calls).toEqual([16]);
  });

  it('runs it from the timer 100 ms on when no frame comes, and not again on a later frame', () => {
    const { win, frame, advance, pending } = fakeWindow();
    installFrameFallback(win);
    const calls: number[] = [];
    win.requestAnimationFrame((t) => calls.push(t));
    advance(99);
    expect(calls).toEqual([]);
    advance(1);
    expect(calls).toEqual([100]);
    expect(pending()).toBe(0);
    frame();
    expect(calls).toEqual([100]);
  });

  it('cancelAnimationFrame cancels both the frame and the timer', () => {
    const { win, frame, advance, pending } = fakeWindow();
    installFrameFallback(win);
    const calls: number[] = [];
    const id = win.requestAnimationFrame((t) => calls.push(t));
    win.cancelAnimationFrame(id);
    expect(pending()).toBe(0);
    advance(1000);
    frame();
    expect(calls).toEqual([]);
  });

  it('keeps each request apart: one cancelled, one by frame, one by timer', () => {
    const { win, frame, advance } = fakeWindow();
    installFrameFallback(win);
    const calls: string[] = [];
    const a = win.requestAnimationFrame(() => calls.push('a'));
    win.requestAnimationFrame(() => calls.push('b'));
    win.cancelAnimationFrame(a);
    frame();
    win.requestAnimationFrame(() => calls.push('c'));
    advance(100);
    expect(calls).toEqual(['b', 'c']);
  });
});
