/**
 * Work that can wait until the reader has seen the answer to their input. A click's
 * handlers run, the page paints, and only then does `task` run: queued as a task from
 * the next animation frame, which runs after that frame is painted. What the reader
 * asked for shows first (the interaction's latency, as Event Timing and INP count it,
 * ends at that paint), and the rest follows a frame later.
 *
 * A hidden tab paints no frames, so the task waits until the page is shown again.
 */
export function afterPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

/**
 * `afterPaint`, but run within `ms` even when no frame comes: for state that must
 * not wait for the page to be shown (an embed out of view still reports its height
 * and selection to the host page, and obeys its messages). Runs once.
 */
export function afterPaintOrSoon(task: () => void, ms = 100): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    task();
  };
  const timer = setTimeout(once, ms);
  afterPaint(once);
}

/**
 * `task` when the page is idle (`requestIdleCallback`), or in a task of its own where
 * the browser has no idle callbacks (Safari). Returns what cancels it.
 */
export function whenIdle(task: () => void): () => void {
  const idle = typeof requestIdleCallback === 'function';
  const handle = idle ? requestIdleCallback(task) : setTimeout(task, 1);
  return () => (idle ? cancelIdleCallback(handle as number) : clearTimeout(handle));
}
