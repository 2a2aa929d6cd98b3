/**
 * A part of the page whose code is loaded when it is first shown (the timeline, the
 * statements table, the share dialog), and loaded again when the reader asks after
 * a failure. Read `promise` in an `{#await}`: it starts the import on first read,
 * and `retry()` gives it a new one once that has settled, so the failed part's
 * alert (and the focus on its Retry button) stays until there is something to show.
 */
import { importAgain } from './reimport';

export class LazyPart<T> {
  #load: () => Promise<T>;
  #promise: Promise<T> | undefined;
  /** Bumped when `promise` changes: what a template's `{#await}` depends on. */
  #version = $state(0);
  /** How many retries have settled (0: none was asked for). */
  attempts = $state(0);
  /** True while a retry is on its way. */
  retrying = $state(false);

  constructor(load: () => Promise<T>) {
    this.#load = load;
  }

  /** The module; the first read starts the import. */
  get promise(): Promise<T> {
    void this.#version;
    return (this.#promise ??= this.#load());
  }

  /** Imports again (under a new address where the browser remembers the failure). */
  retry = (): void => {
    if (this.retrying) return;
    this.retrying = true;
    const attempt = this.attempts + 1;
    const next = importAgain(this.#load, attempt, window.location.origin);
    const settle = () => {
      this.#promise = next;
      this.retrying = false;
      this.attempts = attempt;
      this.#version += 1;
    };
    next.then(settle, settle);
  };
}
