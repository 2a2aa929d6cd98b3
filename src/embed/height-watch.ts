/**
 * When the embed measures its own height. A ResizeObserver alone is not enough: an
 * embed off screen in a cross-origin page is render-throttled by Chromium, and its
 * observers stay silent while the content still grows (data, layout, lazy chunks).
 * Layout can still be read then, and timers still run, at a lower rate.
 *
 * So the embed measures at once on every trigger (a resize, a readiness token, fonts),
 * and polls every `interval` ms until the height has held for `settle` ms since the
 * last change, trigger or wake (a DOM change: poll on, without measuring there and
 * then). Pure: the clock is given, so the schedule can be tested without a browser.
 */

export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface HeightWatch {
  /** Measure now (and report a change), and poll until the height settles. */
  trigger(): void;
  /** Poll until the height settles, measuring at the next tick. */
  wake(): void;
  /** No more measuring. */
  stop(): void;
}

/** Polling period, and how long the height must hold before polling stops, in ms. */
export const POLL = { interval: 250, settle: 2000 };

/**
 * Reports `measure()` through `report` whenever it moves by 1 px or more (the first
 * time always), on the schedule above. Starts polling at once.
 */
export function watchHeight(
  measure: () => number,
  report: (height: number) => void,
  clock: Clock,
  { interval, settle } = POLL,
): HeightWatch {
  let last = -1;
  let since = clock.now();
  let timer: number | undefined;
  let stopped = false;

  const check = () => {
    const height = measure();
    if (Math.abs(height - last) < 1) return;
    last = height;
    since = clock.now();
    report(height);
  };
  const tick = () => {
    timer = undefined;
    check();
    if (clock.now() - since < settle) timer = clock.setTimeout(tick, interval);
  };
  const poll = () => {
    since = clock.now();
    if (timer === undefined && !stopped) timer = clock.setTimeout(tick, interval);
  };

  const watch: HeightWatch = {
    trigger() {
      if (stopped) return;
      check();
      poll();
    },
    wake: poll,
    stop() {
      stopped = true;
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
    },
  };
  watch.trigger();
  return watch;
}
