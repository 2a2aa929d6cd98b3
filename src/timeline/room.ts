/**
 * The room the page keeps for the timeline from its first paint: what the build
 * worked out (timeline/height.ts, written into the data index) and the page's pick
 * of it for its width. Small on purpose: it is in the page's first chunk, the rest of
 * the timeline's code is not.
 */

/**
 * The timeline's drawing area (axis and rows), px: vis-timeline's bounds. The least
 * is about an axis and one short row: the German set's binned statements alone take
 * 107 px (a least of 160 left 53 px blank under them).
 */
export const STAGE_MIN = 100;
export const STAGE_MAX = 420;

/**
 * The page widths (the viewport's, CSS px) the build works the first height out
 * for; the page takes the one for the widest of them it is at least as wide as
 * (a narrower timeline stacks deeper, so that errs towards room). 641 and up is
 * the wide layout (group labels beside the rows, a smaller toolbar).
 */
export const STAGE_WIDTHS: readonly number[] = [320, 360, 390, 480, 641, 768, 1024, 1280, 1440];

/** What the build says of a data set's timeline in the data index (vite/parley-data.ts). */
export interface TimelineRoom {
  /** The first height of the drawing area at each of STAGE_WIDTHS. */
  readonly stages: readonly number[];
  /** Its items have times: a note under the timeline says they are shown in UTC. */
  readonly timed?: true;
}

/**
 * An index entry's `timeline`, checked (a stale or hand-made index must not give the
 * page a height it cannot use): undefined unless it is one.
 */
export function readTimelineRoom(value: unknown): TimelineRoom | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { stages, timed } = value as { stages?: unknown; timed?: unknown };
  const ok =
    Array.isArray(stages) &&
    stages.length === STAGE_WIDTHS.length &&
    stages.every((n) => typeof n === 'number' && n >= STAGE_MIN && n <= STAGE_MAX);
  return ok ? { stages, ...(timed === true ? { timed } : {}) } : undefined;
}

/** The first height for a page `width` wide, from the build's `stages` (one per STAGE_WIDTHS). */
export function stageFor(stages: readonly number[], width: number): number {
  let chosen = stages[0] ?? STAGE_MIN;
  STAGE_WIDTHS.forEach((w, i) => {
    if (width >= w) chosen = stages[i] ?? chosen;
  });
  return chosen;
}
