/**
 * The decisions of the host-page script (host.ts) that need no page: where to post,
 * how tall an embed probably is before it says, which messages to believe and what
 * they carry. Apart from host.ts so they can be tested in Node; like it, they
 * import nothing (the host script stays dependency-free).
 */

/** An actor, an event, an actor's edge (`about` an actor or `on` a topic), or a topic (`on`). */
export interface Target {
  actor?: string;
  about?: string;
  on?: string;
  event?: string;
}

export const FIELDS = ['actor', 'about', 'on', 'event'] as const;

/** A message from an embed, before any of its fields is checked. */
export type Unchecked = { height?: unknown } & Partial<Record<(typeof FIELDS)[number], unknown>>;

/**
 * The origin to post to an iframe at `src` (resolved against the page at `base`),
 * or undefined when there is none to name: an unparsable address, or an opaque
 * origin ("null": data:, about:blank), to which posting would need "*".
 */
export function frameOrigin(src: string, base: string): string | undefined {
  let origin: string;
  try {
    origin = new URL(src, base).origin;
  } catch {
    return undefined;
  }
  return origin === 'null' ? undefined : origin;
}

// Heights the embed reaches with nothing selected (seed data set), by view, for
// phones (under 560 px), stacked views (to 720 px, the explorer's breakpoint) and
// side by side: a first guess, so the article barely moves when the embed reports
// its own height. Measured by scripts/embed-heights.mjs (run it again after the
// embed's layout changes and paste what it prints), at 343, 640 and 760 px.
const GUESS: Record<string, readonly number[]> = {
  both: [1050, 930, 990],
  graph: [700, 570, 640],
  timeline: [680, 610, 600],
  table: [680, 610, 610],
};
/** What the title and description take, by the same bands, when `header=0` drops them. */
const HEADER = [80, 60, 60];

/**
 * A first guess at the height in px of an embed at `src`, `width` px wide, from its
 * `view` and `header` parameters; undefined for an unparsable address or an iframe
 * not laid out yet (no width).
 */
export function guessHeight(src: string, base: string, width: number): number | undefined {
  let params: URLSearchParams;
  try {
    params = new URL(src, base).searchParams;
  } catch {
    return undefined;
  }
  if (!(width > 0)) return undefined;
  const band = width < 560 ? 0 : width <= 720 ? 1 : 2;
  const row = GUESS[params.get('view') ?? 'both'] ?? GUESS.both!;
  const header = params.get('header') === '0' ? HEADER[band]! : 0;
  return fixedHeight(params) ?? row[band]! - header;
}

/**
 * The embed's fixed height (`height=N`, clamped to 200 to 4000 px): the iframe takes it
 * at once, and the embed, fitted into it, reports the same. Any whole positive number
 * (url.ts, stricter, wants digits only; the embed code writes digits).
 */
export function fixedHeight(params: URLSearchParams): number | undefined {
  const n = Number(params.get('height') || NaN);
  return Number.isInteger(n) && n > 0 ? Math.min(4000, Math.max(200, n)) : undefined;
}

/** The `type` of a message that has one (an object with a string `type`). */
export function messageType(data: unknown): string | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const { type } = data as { type?: unknown };
  return typeof type === 'string' ? type : undefined;
}

/** The height in whole px that a `parley:height` message asks for, or undefined when implausible. */
export function reportedHeight(data: Unchecked): number | undefined {
  const height = Number(data.height);
  return Number.isFinite(height) && height > 0 && height < 100000 ? Math.ceil(height) : undefined;
}

/** The selection a `parley:selection` message names: its string fields among FIELDS. */
export function selectionOf(data: Unchecked): Target {
  const detail: Target = {};
  for (const field of FIELDS) {
    const value = data[field];
    if (typeof value === 'string') detail[field] = value;
  }
  return detail;
}

/** The data set an embed shows without a `dataset` parameter (state/load.ts DEFAULT_DATASET). */
export const DEFAULT_DATASET = 'alaska-summit-2025';

/**
 * The address of the still of the graph (`stills/<id>-graph.png`, beside the embed
 * page, on its origin) for an embed at `src`: the placeholder shown until it is
 * ready. Undefined when `src` has no origin to name (see frameOrigin).
 */
export function stillUrl(src: string, base: string): string | undefined {
  if (!frameOrigin(src, base)) return undefined;
  const page = new URL(src, base);
  const id = page.searchParams.get('dataset') || DEFAULT_DATASET;
  // The URL parser escapes quotes, so the address is safe inside CSS url("…").
  return new URL(`stills/${id}-graph.png`, page).href;
}

/** A scrollytelling step's data-* attributes (an element's dataset). */
export type StepData = Partial<
  Record<'actor' | 'about' | 'on' | 'event' | 'from' | 'to' | 'clear', string>
>;

/**
 * The messages that put an embed in the state a step describes, whatever the step
 * before it did: what it selects (`data-actor` alone or with `data-about` or
 * `data-on`, `data-event`, or `data-on` alone), or a clear for `data-clear` or a
 * step that selects nothing; then its time window (open when it names none). The
 * selection goes first, so the Details panel changes on the first message. The
 * embed checks the ids; ones it does not know change nothing.
 */
export function stepMessages(step: StepData): object[] {
  const { actor, about, on, event, from, to } = step;
  return [
    step.clear === undefined && (actor || event || on)
      ? selectMessage({ actor, about, on, event })
      : { type: 'parley:clear' },
    { type: 'parley:window', from, to },
  ];
}

/** A box in page (client) pixels. */
export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * What of an embed's box (`frame`) a step card covers, as px from its top and from
 * its bottom (the `parley:inset` message): the card and everything on its side of
 * the box, leaving the larger part free. Nothing when they do not overlap.
 */
export function coverInset(frame: Rect, card: Rect): { top: number; bottom: number } {
  const overlaps =
    card.bottom > frame.top &&
    card.top < frame.bottom &&
    card.right > frame.left &&
    card.left < frame.right;
  if (!overlaps) return { top: 0, bottom: 0 };
  return card.top - frame.top >= frame.bottom - card.bottom
    ? { top: 0, bottom: Math.round(frame.bottom - Math.max(card.top, frame.top)) }
    : { top: Math.round(Math.min(card.bottom, frame.bottom) - frame.top), bottom: 0 };
}

/** The `parley:select` message for `target`, with the fields it gives (the embed checks them). */
export function selectMessage(target: Target): Target & { type: 'parley:select' } {
  const message: Target & { type: 'parley:select' } = { type: 'parley:select' };
  for (const field of FIELDS) if (target[field] !== undefined) message[field] = target[field];
  return message;
}
