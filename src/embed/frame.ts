/**
 * The iframe side of the embed: posts `parley:height` whenever the content's
 * height changes and `parley:selection` when the reader selects something, and
 * accepts `parley:select`, `parley:clear` and `parley:window` from the parent
 * window only. A factory returning { postSelection, destroy }.
 */
import {
  heightMessage,
  parseInbound,
  selectionMessage,
  type Inbound,
  type SelectionIds,
} from './protocol';

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

  let lastHeight = -1;
  const measure = () => {
    const height = target.document.documentElement.getBoundingClientRect().height;
    if (Math.abs(height - lastHeight) < 1) return;
    lastHeight = height;
    post(heightMessage(height));
  };
  const observer = new ResizeObserver(measure);
  observer.observe(target.document.documentElement);
  observer.observe(target.document.body);
  measure();

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
      observer.disconnect();
      target.removeEventListener('message', onmessage);
    },
  };
}
