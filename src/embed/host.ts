/**
 * dist/embed.js — the host-page script (dependency-free, async-safe). Sizes every
 * iframe[data-parley] on the page, including ones added later, from the
 * `parley:height` messages that iframe sends; re-dispatches `parley:selection` as a
 * DOM CustomEvent on the iframe; and exposes `Parley.select`, `Parley.clear` and
 * `Parley.window` for scrollytelling. Messages are trusted only when their source
 * is that iframe's own window.
 */
import {
  frameOrigin,
  guessHeight,
  messageType,
  reportedHeight,
  selectionOf,
  selectMessage,
  type Target,
  type Unchecked,
} from './host-rules';

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

  // An embed that has not spoken yet may still be loading and would miss a
  // message: keep what the host asked for until its first message arrives.
  const ready = new WeakSet<Window>();
  const queued = new WeakMap<HTMLIFrameElement, object[]>();

  const post = (iframe: HTMLIFrameElement, message: object) => {
    const target = frameOrigin(iframe.src, location.href);
    if (iframe.contentWindow && target) iframe.contentWindow.postMessage(message, target);
  };

  const send = (iframe: HTMLIFrameElement, message: object) => {
    if (iframe.contentWindow && ready.has(iframe.contentWindow)) post(iframe, message);
    else queued.set(iframe, [...(queued.get(iframe) ?? []), message]);
  };

  const guessed = new WeakSet<HTMLIFrameElement>();

  const guess = (iframe: HTMLIFrameElement) => {
    guessed.add(iframe);
    const height = guessHeight(iframe.src, location.href, iframe.getBoundingClientRect().width);
    if (height !== undefined) iframe.style.height = `${height}px`;
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
    const type = messageType(event.data);
    if (type === undefined) return;
    const data = event.data as Unchecked;
    for (const iframe of frames()) {
      if (!iframe.contentWindow || event.source !== iframe.contentWindow) continue;
      if (!ready.has(iframe.contentWindow)) {
        ready.add(iframe.contentWindow);
        const waiting = queued.get(iframe) ?? [];
        queued.delete(iframe);
        waiting.forEach((message) => post(iframe, message));
      }
      if (type === 'parley:height') {
        const height = reportedHeight(data);
        if (height !== undefined) iframe.style.height = `${height}px`;
      } else if (type === 'parley:selection') {
        const detail = selectionOf(data);
        iframe.dispatchEvent(new CustomEvent('parley:selection', { detail, bubbles: true }));
      }
    }
  });

  const scan = () => frames().forEach(prepare);
  scan();
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });

  window.Parley = {
    // The embed checks the ids and their combination.
    select: (iframe, target) => send(iframe, selectMessage(target)),
    clear: (iframe) => send(iframe, { type: 'parley:clear' }),
    window: (iframe, range) =>
      send(iframe, { type: 'parley:window', from: range.from, to: range.to }),
  };
})();

export {};
