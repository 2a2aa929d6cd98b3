// afterPaintOrSoon: after the next frame when frames come, within its time when none do.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaintOrSoon } from '../../src/state/after-paint';

describe('afterPaintOrSoon', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs once, after the frame and a task, when frames come', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    const task = vi.fn();
    afterPaintOrSoon(task, 100);
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
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    const task = vi.fn();
    afterPaintOrSoon(task, 100);
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
