/**
 * dist/embed.js — the host-page script (dependency-free, async-safe). Sizes every
 * iframe[data-parley] on the page, including ones added later, from the
 * `parley:height` messages that iframe sends; re-dispatches `parley:selection` as a
 * DOM CustomEvent on the iframe; and exposes `Parley.select`, `Parley.clear` and
 * `Parley.window` for scrollytelling. Messages are trusted only when their source
 * is that iframe's own window. Until an embed speaks, its iframe shows the still
 * of its graph behind it (a CSS background: nothing at all if there is none).
 *
 * Declarative scrollytelling: in each [data-parley-scrolly], the iframe[data-parley]
 * sticks to the viewport at its height, and each [data-parley-step] that crosses the
 * middle of the screen puts the embed in the state its data-* attributes describe
 * (host-rules.ts stepMessages). Steps run beside the graphic in
 * boxes 640 px wide or more and over it in narrower ones, where the embed is told
 * what of it the active step covers (`parley:inset`), to keep the selection clear.
 */
import {
  coverInset,
  frameOrigin,
  guessHeight,
  messageType,
  reportedHeight,
  selectionOf,
  selectMessage,
  stepMessages,
  stillUrl,
  type StepData,
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
    if (!guessed.has(iframe) && !(iframe.contentWindow && ready.has(iframe.contentWindow))) {
      guess(iframe);
      const still = stillUrl(iframe.src, location.href);
      if (still && !style.background) style.background = `url("${still}") top/contain no-repeat`;
    }
  };

  // --- Scrollytelling.
  const stuck = new WeakSet<HTMLIFrameElement>();
  /** The graphic of each step, and the active step of each graphic. */
  const graphic = new WeakMap<Element, HTMLIFrameElement>();
  const active = new Map<HTMLIFrameElement, HTMLElement>();
  const insets = new WeakMap<HTMLIFrameElement, string>();
  const boxes: [HTMLElement, HTMLIFrameElement, HTMLElement[]][] = [];

  // Each graphic is told what of it its active step covers (only once it listens).
  const cover = () =>
    active.forEach((step, iframe) => {
      const inset = coverInset(iframe.getBoundingClientRect(), step.getBoundingClientRect());
      const key = `${inset.top} ${inset.bottom}`;
      if (iframe.contentWindow && ready.has(iframe.contentWindow) && insets.get(iframe) !== key) {
        insets.set(iframe, key);
        post(iframe, { type: 'parley:inset', ...inset });
      }
    });

  const activate = (step: Element) => {
    const iframe = graphic.get(step);
    const was = iframe && active.get(iframe);
    if (!iframe || was === step) return;
    was?.removeAttribute('aria-current');
    step.setAttribute('aria-current', 'step');
    active.set(iframe, step as HTMLElement);
    stepMessages((step as HTMLElement).dataset as StepData).forEach((m) => send(iframe, m));
  };

  // The current step of each graphic is the last whose top has passed the middle of
  // the screen, checked on every scrolled frame: a Page Down that jumps the middle
  // past a short step still stops on it. Then what it covers.
  const update = () => {
    boxes.forEach(([, , steps]) => {
      const step = steps.filter((s) => s.getBoundingClientRect().top < innerHeight / 2).pop();
      if (step) activate(step);
    });
    cover();
  };

  // Beside (wide) or over (narrow) the graphic; a step and the 90vh after it are
  // more than a Page Down (at most a screen), so paging through never skips one.
  const lay = () =>
    boxes.forEach(([box, iframe, steps]) => {
      const wide = box.clientWidth >= 640;
      iframe.style.width = wide ? '60%' : '100%';
      iframe.style.margin = wide ? '0 0 0 40%' : '0';
      steps.forEach((step, i) => {
        step.style.margin = `${i ? 0 : -30}vh ${wide ? '64% 90vh 0' : '5% 90vh'}`;
      });
    });

  const scrolly = (box: HTMLElement) => {
    const iframe = box.querySelector<HTMLIFrameElement>('iframe[data-parley]');
    if (!iframe || stuck.has(iframe)) return;
    stuck.add(iframe);
    const steps = [...box.querySelectorAll<HTMLElement>('[data-parley-step]')];
    boxes.push([box, iframe, steps]);
    // flow-root keeps the last step's margin inside, so the graphic stays until it has crossed.
    box.style.display = 'flow-root';
    const style = iframe.style;
    style.position = 'sticky';
    style.top = '0';
    style.height = '100vh';
    style.height = '100svh'; // where known: the viewport with the browser's bars shown
    for (const step of steps) {
      graphic.set(step, iframe);
      step.style.position = 'relative';
      // A step without a background of its own gets a card's, to read over the graphic.
      if (getComputedStyle(step).backgroundColor === 'rgba(0, 0, 0, 0)')
        step.style.cssText +=
          ';background:Canvas;color:CanvasText;padding:1em;border:1px solid;border-radius:6px';
      // Tabbing into a step brings it to the middle, which makes it current.
      step.addEventListener('focusin', () => step.scrollIntoView({ block: 'center' }));
    }
    lay();
    update(); // a page opened halfway down
  };

  addEventListener('message', (event: MessageEvent) => {
    const type = messageType(event.data);
    if (type === undefined) return;
    const data = event.data as Unchecked;
    for (const iframe of frames()) {
      if (!iframe.contentWindow || event.source !== iframe.contentWindow) continue;
      if (!ready.has(iframe.contentWindow)) {
        ready.add(iframe.contentWindow);
        if (iframe.style.backgroundImage) iframe.style.background = '';
        const waiting = queued.get(iframe) ?? [];
        queued.delete(iframe);
        waiting.forEach((message) => post(iframe, message));
        cover();
      }
      if (type === 'parley:height') {
        const height = reportedHeight(data);
        // A scrollytelling graphic keeps the viewport's height.
        // (One with a fixed height, height=N, is that tall and reports it.)
        if (height !== undefined && !stuck.has(iframe)) iframe.style.height = `${height}px`;
      } else if (type === 'parley:selection') {
        const detail = selectionOf(data);
        iframe.dispatchEvent(new CustomEvent('parley:selection', { detail, bubbles: true }));
      }
    }
  });

  const scan = () => {
    frames().forEach(prepare);
    document.querySelectorAll<HTMLElement>('[data-parley-scrolly]').forEach(scrolly);
  };
  scan();
  // Browsers fire scroll events at most once a frame: one check each.
  addEventListener('scroll', update, { passive: true });
  addEventListener('resize', () => (lay(), update()));
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
