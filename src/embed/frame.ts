/**
 * The iframe side of the embed: posts `parley:height` whenever the content's
 * height changes, on screen or off (see height-watch.ts), and `parley:selection`
 * when the reader selects something, and accepts `parley:select`, `parley:clear`,
 * `parley:window` and `parley:inset` from the parent window only. A factory returning { postSelection, destroy }.
 */
import {
  heightMessage,
  parseInbound,
  selectionMessage,
  type Inbound,
  type SelectionIds,
} from './protocol';
import { watchHeight } from './height-watch';

export interface FrameHandlers {
  onmessage: (message: Inbound) => void;
}

export interface FrameConnection {
  postSelection(selection: SelectionIds): void;
  destroy(): void;
}

export function connectFrame(handlers: FrameHandlers, target: Window = window): FrameConnection {
  const parent = target.parent;
  const framed = parent !== target;
  // The host's origin is unknown to a cross-origin iframe, and height and
  // selection ids are not secrets, so "*" is the target; inbound messages are
  // trusted only from the parent window.
  const post = (message: object) => {
    if (framed) parent.postMessage(message, '*');
  };

  // The height: on a resize, a readiness token (data-ready, see state/ready.ts), the
  // fonts, and polled after any of them and any change to the DOM until it settles,
  // for the ResizeObserver is silent while the embed is off screen (height-watch.ts).
  const doc = target.document;
  const watch = watchHeight(
    () => doc.documentElement.getBoundingClientRect().height,
    (height) => post(heightMessage(height)),
    {
      now: () => target.performance.now(),
      setTimeout: (run, ms) => target.setTimeout(run, ms),
      clearTimeout: (id) => target.clearTimeout(id),
    },
  );
  const trigger = () => watch.trigger();
  const resizes = new ResizeObserver(trigger);
  resizes.observe(doc.documentElement);
  resizes.observe(doc.body);
  const mutations = new MutationObserver((records) =>
    records.some((record) => record.type === 'attributes') ? watch.trigger() : watch.wake(),
  );
  mutations.observe(doc.getElementById('app') ?? doc.body, {
    attributeFilter: ['data-ready'],
    childList: true,
    subtree: true,
  });
  target.addEventListener('resize', trigger);
  void doc.fonts?.ready.then(trigger);

  const onmessage = (event: MessageEvent) => {
    if (!framed || event.source !== parent) return;
    const message = parseInbound(event.data);
    if (message) handlers.onmessage(message);
  };
  target.addEventListener('message', onmessage);

  return {
    postSelection(selection) {
      post(selectionMessage(selection));
    },
    destroy() {
      watch.stop();
      resizes.disconnect();
      mutations.disconnect();
      target.removeEventListener('resize', trigger);
      target.removeEventListener('message', onmessage);
    },
  };
}
