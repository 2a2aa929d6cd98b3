// afterPaintOrSoon: after the next frame when frames come, within its time when none do.
// whenIdle: an idle callback where the browser has them, a task of its own where not.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaintOrSoon, whenIdle } from '../../src/state/after-paint';

describe('afterPaintOrSoon', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** A task given 100 ms, with fake timers and the animation frames held in a queue. */
  function scheduled() {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    const task = vi.fn();
    afterPaintOrSoon(task, 100);
    return { frames, task };
  }

  it('runs once, after the frame and a task, when frames come', () => {
    const { frames, task } = scheduled();
    vi.advanceTimersByTime(10);
    expect(task).not.toHaveBeenCalled();
    frames.shift()!(16);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(200);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs within its time when no frame comes (a hidden page), and not again after', () => {
    const { frames, task } = scheduled();
    vi.advanceTimersByTime(99);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    // The page is shown again: its frame comes late and finds the work done.
    frames.shift()!(16);
    vi.advanceTimersByTime(5);
    expect(task).toHaveBeenCalledTimes(1);
  });
});

describe('whenIdle', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** Two tasks, the second cancelled: `come` lets the idle time (or the task) come. */
  function firstRunsSecondCancelled(come: () => void): void {
    const first = vi.fn();
    const second = vi.fn();
    whenIdle(first);
    const cancel = whenIdle(second);
    expect(first).not.toHaveBeenCalled();
    cancel();
    come();
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
  }

  it('waits for an idle period where the browser has idle callbacks, and can be cancelled', () => {
    const idle = new Map<number, IdleRequestCallback>();
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => {
      idle.set(idle.size + 1, cb);
      return idle.size;
    });
    vi.stubGlobal('cancelIdleCallback', (handle: number) => idle.delete(handle));
    firstRunsSecondCancelled(() => {
      for (const cb of idle.values()) cb({ didTimeout: false, timeRemaining: () => 10 });
    });
  });

  it('runs in a task of its own where there are none (Safari), and can be cancelled', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    firstRunsSecondCancelled(() => vi.advanceTimersByTime(5));
  });
});
