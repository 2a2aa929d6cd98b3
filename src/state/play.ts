/**
 * Windows as the "Stances over time" region sets them: one period of a chart (a
 * brush or a keyboard choice) and the moving window that Play steps through. Plain
 * data: dates as the explorer's `from`/`to` are written (ISO days, both inclusive).
 */
import { floorTo, nextStart } from '../timeline/bins';

const DAY = 86_400_000;

/** A window as the explorer state holds it: first and last day, inclusive. */
export interface DayWindow {
  readonly from: string;
  readonly to: string;
}

/** The width (and step) of Play's moving window. */
export type PlayWidth = 'week' | 'month';

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The window covering [start, end) (UTC instants on day boundaries): its first and last day. */
export function spanWindow(start: number, end: number): DayWindow {
  return { from: isoDay(start), to: isoDay(Math.max(start, end - DAY)) };
}

/**
 * The windows Play steps through: calendar weeks (Monday to Sunday) or months, from
 * the one holding `start` to the one holding the last instant before `end`; each
 * window is one width and the step is its width. None when `end <= start`.
 */
export function playWindows(start: number, end: number, width: PlayWidth): DayWindow[] {
  if (!(end > start)) return [];
  const windows: DayWindow[] = [];
  for (let s = floorTo(start, width); s < end; s = nextStart(s, width)) {
    windows.push(spanWindow(s, nextStart(s, width)));
  }
  return windows;
}
