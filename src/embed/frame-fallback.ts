/**
 * Animation frames for an embed that is render-throttled. Chromium stops the rendering
 * of a cross-origin iframe that is off screen: no animation frames, no ResizeObserver,
 * until it is scrolled into view. The embed's views wait for an animation frame before
 * they go on (the graph says it is painted in one, and only then is the timeline made;
 * vis-timeline draws in one), so an embed below the fold stayed half built, reported a
 * height it then outgrew, and moved the article as the reader reached it.
 *
 * Inside a frame, each animation-frame callback is therefore also timed: if no frame
 * has come `delay` ms after it was asked for, it runs from the timer. Once, whichever
 * comes first; `cancelAnimationFrame` cancels both. On screen frames come every 16 ms,
 * so nothing changes there.
 */

/** What of a window this needs (a fake one in the unit tests). */
export type FrameWindow = Pick<
  Window,
  'requestAnimationFrame' | 'cancelAnimationFrame' | 'setTimeout' | 'clearTimeout'
> & { performance: Pick<Performance, 'now'> };

export const FALLBACK_DELAY = 100;

export function installFrameFallback(win: FrameWindow, delay = FALLBACK_DELAY): void {
  const request = win.requestAnimationFrame.bind(win);
  const cancel = win.cancelAnimationFrame.bind(win);
  const timers = new Map<number, number>();

  win.requestAnimationFrame = (callback: FrameRequestCallback): number => {
    let done = false;
    const run = (time: number) => {
      if (done) return;
      done = true;
      win.clearTimeout(timers.get(id));
      timers.delete(id);
      cancel(id);
      callback(time);
    };
    const id = request(run);
    timers.set(
      id,
      win.setTimeout(() => run(win.performance.now()), delay),
    );
    return id;
  };
  win.cancelAnimationFrame = (id: number): void => {
    win.clearTimeout(timers.get(id));
    timers.delete(id);
    cancel(id);
  };
}
