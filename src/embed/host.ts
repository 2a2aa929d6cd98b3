/**
 * dist/embed.js — the host-page script (dependency-free, async-safe). Sizes every
 * iframe[data-parley] on the page, including ones added later, from the
 * `parley:height` messages that iframe sends; re-dispatches `parley:selection` as a
 * DOM CustomEvent on the iframe; and exposes `Parley.select`, `Parley.clear` and
 * `Parley.window` for scrollytelling. Messages are trusted only when their source
 * is that iframe's own window.
 */
interface ParleyApi {
  select(iframe: HTMLIFrameElement, target: { actor?: string; event?: string }): void;
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

  const prepare = (iframe: HTMLIFrameElement) => {
    const style = iframe.style;
    if (!style.width) style.width = '100%';
    style.border = style.border || '0';
    style.display = style.display || 'block';
    if (!iframe.hasAttribute('scrolling')) iframe.setAttribute('scrolling', 'no');
  };

  addEventListener('message', (event: MessageEvent) => {
    const data = event.data as {
      type?: unknown;
      height?: unknown;
      actor?: unknown;
      event?: unknown;
    } | null;
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
        const detail: { actor?: string; event?: string } = {};
        if (typeof data.actor === 'string') detail.actor = data.actor;
        if (typeof data.event === 'string') detail.event = data.event;
        iframe.dispatchEvent(new CustomEvent('parley:selection', { detail, bubbles: true }));
      }
    }
  });

  const scan = () => frames().forEach(prepare);
  scan();
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });

  window.Parley = {
    select: (iframe, target) =>
      send(
        iframe,
        target.actor
          ? { type: 'parley:select', actor: target.actor }
          : { type: 'parley:select', event: target.event },
      ),
    clear: (iframe) => send(iframe, { type: 'parley:clear' }),
    window: (iframe, range) =>
      send(iframe, { type: 'parley:window', from: range.from, to: range.to }),
  };
})();

export {};
