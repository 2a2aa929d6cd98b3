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
