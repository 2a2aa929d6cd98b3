/**
 * Requests that fail, in words a reader can act on. The loader (load.ts) and the
 * lazy parts of the page (lazy.svelte.ts) say what happened to a request; these
 * functions turn that into a kind and one short sentence, shown with a Retry button
 * (views/chrome/LoadError.svelte). No status text or error object from the browser
 * reaches the reader. The words are the interface's (src/i18n: `m.failure`).
 */
import { m } from '../i18n';
import type { LoadErrorReason } from './load';

/** How long a request may take, headers and body together, before it counts as failed. */
export const REQUEST_TIMEOUT_MS = 15_000;

/** What the reader is told happened. */
export type FailureKind =
  'offline' | 'unreachable' | 'not-found' | 'server' | 'refused' | 'timeout' | 'not-json';

/** What happened to one request, as the loader saw it. */
export type RequestOutcome =
  /** The server answered with a status that is not 2xx. */
  | { readonly type: 'status'; readonly status: number }
  /** The request never got an answer; `online` is `navigator.onLine` at that moment. */
  | { readonly type: 'network'; readonly online: boolean }
  /** No complete answer within `ms` milliseconds: the request was given up. */
  | { readonly type: 'timeout'; readonly ms: number }
  /** An answer that cannot be the data: `html` when it is a web page (an error page, a login page). */
  | { readonly type: 'not-json'; readonly html: boolean };

export interface Failure {
  readonly kind: FailureKind;
  /** One sentence, for the reader. */
  readonly message: string;
}

/** Why the request failed, after "The data could not be loaded: ". */
function reason(outcome: RequestOutcome): [FailureKind, string] {
  switch (outcome.type) {
    case 'status': {
      const { status } = outcome;
      const words = m.failure.statusWords[status >= 500 && status <= 599 ? 500 : status];
      const said = m.failure.status(status, words);
      if (status === 404 || status === 410) return ['not-found', said];
      return [status >= 500 ? 'server' : 'refused', said];
    }
    case 'network':
      return outcome.online
        ? ['unreachable', m.failure.unreachable]
        : ['offline', m.failure.offline];
    case 'timeout':
      return ['timeout', m.failure.timeout(Number((outcome.ms / 1000).toFixed(1)))];
    case 'not-json':
      return ['not-json', outcome.html ? m.failure.webPage : m.failure.notData];
  }
}

/** The kind of failure and the sentence that says it, e.g. "The data could not be loaded: the server answered 404 (not found)." */
export function describeFailure(outcome: RequestOutcome): Failure {
  const [kind, why] = reason(outcome);
  return { kind, message: m.failure.loaded(why) };
}

/**
 * True when a body cannot be JSON because it is markup: its first character (after
 * a byte-order mark and white space) is "<", which no JSON text starts with. Servers
 * and proxies send their HTML error pages with a 200 status too, under any type.
 */
export function looksLikeMarkup(text: string): boolean {
  return /^\uFEFF?\s*</.test(text);
}

/** A part of the page that is loaded when it is first shown. */
export type LazyPartName = 'timeline' | 'table' | 'share' | 'download' | 'stances' | 'details';

/**
 * The sentence for a part of the page whose code did not arrive, e.g. "The timeline
 * could not be loaded: this device seems to be offline." (browsers say nothing else
 * about a failed module, so only being offline is worth telling).
 */
export function partFailure(part: LazyPartName, online: boolean): string {
  return m.failure.part(m.failure.parts[part], online);
}

/**
 * Why a data set cannot be shown, in one sentence of the interface's language, e.g.
 * 'There is no data set "alaska-sumit-2025". Did you mean "alaska-summit-2025"? …'.
 */
export function errorMessage(reason: LoadErrorReason): string {
  switch (reason.type) {
    case 'bad-id':
      return m.errors.badId(reason.id, reason.example);
    case 'unknown':
      return m.errors.unknown(reason.id, reason.hint, reason.known);
    case 'invalid':
      return m.errors.invalid(reason.id, reason.errors);
  }
}
