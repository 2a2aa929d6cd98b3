/**
 * dist/embed.js — the host-page script (dependency-free, async-safe). Sizes every
 * iframe[data-parley] on the page, including ones added later, from the
 * `parley:height` messages that iframe sends; re-dispatches `parley:selection` as a
 * DOM CustomEvent on the iframe; and exposes `Parley.select`, `Parley.clear` and
 * `Parley.window` for scrollytelling. Messages are trusted only when their source
 * is that iframe's own window.
 */
/** An actor, an event, an actor's edge (`about` an actor or `on` a topic), or a topic (`on`). */
interface Target {
  actor?: string;
  about?: string;
  on?: string;
  event?: string;
}

const FIELDS = ['actor', 'about', 'on', 'event'] as const;

interface ParleyApi {
  select(iframe: HTMLIFrameElement, target: Target): void;
  clear(iframe: HTMLIFrameElement): void;
  window(iframe: HTMLIFrameElement, range: { from?: string; to?: string }): void;
}

declare global {
  interface Window {
    Parley?: ParleyApi;
  }
}

(() => {
  if (window.Parley) return; // loaded twice: the first copy already listens

  const frames = () => document.querySelectorAll<HTMLIFrameElement>('iframe[data-parley]');

  const origin = (iframe: HTMLIFrameElement) => {
    try {
      return new URL(iframe.src, location.href).origin;
    } catch {
      return undefined;
    }
  };

  // An embed that has not spoken yet may still be loading and would miss a
  // message: keep what the host asked for until its first message arrives.
  const ready = new WeakSet<Window>();
  const queued = new WeakMap<HTMLIFrameElement, object[]>();

  const post = (iframe: HTMLIFrameElement, message: object) => {
    const target = origin(iframe);
    if (iframe.contentWindow && target && target !== 'null')
      iframe.contentWindow.postMessage(message, target);
  };

  const send = (iframe: HTMLIFrameElement, message: object) => {
    if (iframe.contentWindow && ready.has(iframe.contentWindow)) post(iframe, message);
    else queued.set(iframe, [...(queued.get(iframe) ?? []), message]);
  };

  // Heights the embed reaches with nothing selected (seed data set), by view, for
  // phones (under 560 px), stacked views (to 720 px, the explorer's breakpoint) and
  // side by side: a first guess, so the article barely moves when the embed reports
  // its own height.
  const GUESS: Record<string, number[]> = {
    both: [3000, 2400, 1450],
    graph: [2700, 2100, 1150],
    timeline: [2600, 1950, 1400],
    table: [3200, 3000, 2500],
  };
  const guessed = new WeakSet<HTMLIFrameElement>();

  const guess = (iframe: HTMLIFrameElement) => {
    guessed.add(iframe);
    let params: URLSearchParams;
    try {
      params = new URL(iframe.src, location.href).searchParams;
    } catch {
      return;
    }
    const width = iframe.getBoundingClientRect().width;
    const band = width < 560 ? 0 : width <= 720 ? 1 : 2;
    const row = GUESS[params.get('view') ?? 'both'] ?? GUESS.both!;
    const header = params.get('header') === '0' ? [650, 370, 360][band]! : 0;
    if (width > 0) iframe.style.height = `${row[band]! - header}px`;
  };

  const prepare = (iframe: HTMLIFrameElement) => {
    const style = iframe.style;
    if (!style.width) style.width = '100%';
    style.border = style.border || '0';
    style.display = style.display || 'block';
    if (!iframe.hasAttribute('scrolling')) iframe.setAttribute('scrolling', 'no');
    if (!guessed.has(iframe) && !(iframe.contentWindow && ready.has(iframe.contentWindow)))
      guess(iframe);
  };

  addEventListener('message', (event: MessageEvent) => {
    const data = event.data as
      | ({ type?: unknown; height?: unknown } & Partial<Record<(typeof FIELDS)[number], unknown>>)
      | null;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string') return;
    for (const iframe of frames()) {
      if (!iframe.contentWindow || event.source !== iframe.contentWindow) continue;
      if (!ready.has(iframe.contentWindow)) {
        ready.add(iframe.contentWindow);
        const waiting = queued.get(iframe) ?? [];
        queued.delete(iframe);
        waiting.forEach((message) => post(iframe, message));
      }
      if (data.type === 'parley:height') {
        const height = Number(data.height);
        if (Number.isFinite(height) && height > 0 && height < 100000)
          iframe.style.height = `${Math.ceil(height)}px`;
      } else if (data.type === 'parley:selection') {
        const detail: Target = {};
        for (const field of FIELDS) {
          const value = data[field];
          if (typeof value === 'string') detail[field] = value;
        }
        iframe.dispatchEvent(new CustomEvent('parley:selection', { detail, bubbles: true }));
      }
    }
  });

  const scan = () => frames().forEach(prepare);
  scan();
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });

  window.Parley = {
    // The embed checks the ids and their combination.
    select: (iframe, target) => {
      const message: Target & { type: string } = { type: 'parley:select' };
      for (const field of FIELDS) if (target[field] !== undefined) message[field] = target[field];
      send(iframe, message);
    },
    clear: (iframe) => send(iframe, { type: 'parley:clear' }),
    window: (iframe, range) =>
      send(iframe, { type: 'parley:window', from: range.from, to: range.to }),
  };
})();

export {};
