/**
 * One store of graph layouts per explorer, keyed by `layoutKey`: seeded with the
 * layouts the build made, filled by the worker for any other graph and box shape,
 * and shared by every Graph that draws the data set (the one on the page and the
 * one a download draws off screen), so each layout is made at most once and the
 * download finds the build's layouts too.
 */
import { layoutGraph } from './async';
import { layoutKey, placesEvery, type PresetLayouts } from './preset';
import type { Layout, LayoutInput, LayoutOptions } from './types';

/** Lays out one graph; the worker by default, a stand-in in tests. */
export type LayoutRunner = (
  input: LayoutInput,
  options: LayoutOptions,
  progress?: (done: number) => void,
) => Promise<Layout>;

export class LayoutCache {
  readonly #ready = new Map<string, Layout>();
  readonly #pending = new Map<string, Promise<Layout>>();
  /** Build-time layouts, each checked against its input on first use. */
  readonly #presets: PresetLayouts | undefined;
  readonly #run: LayoutRunner;
  /** `layoutKey` hashes the whole input: once per input object is enough. */
  readonly #keys = new WeakMap<LayoutInput, Map<string, string>>();

  constructor(presets?: PresetLayouts, run: LayoutRunner = layoutGraph) {
    this.#presets = presets;
    this.#run = run;
  }

  key(input: LayoutInput, options: LayoutOptions): string {
    let byOptions = this.#keys.get(input);
    if (!byOptions) this.#keys.set(input, (byOptions = new Map()));
    const optionsKey = `${options.seed}\u0000${options.aspect ?? ''}\u0000${options.start?.key ?? ''}`;
    let key = byOptions.get(optionsKey);
    if (key === undefined) byOptions.set(optionsKey, (key = layoutKey(input, options)));
    return key;
  }

  /** The layout if it can be had without waiting: made before, or made by the build. */
  peek(input: LayoutInput, options: LayoutOptions): Layout | undefined {
    const key = this.key(input, options);
    const ready = this.#ready.get(key);
    if (ready) return ready;
    const preset = this.#presets?.get(key);
    if (!preset || !placesEvery(preset, input)) return undefined;
    this.#ready.set(key, preset);
    return preset;
  }

  /**
   * The layout, made once however many ask for it at the same time; `progress` hears
   * how far it is (the one who asked first, while it is made).
   */
  get(
    input: LayoutInput,
    options: LayoutOptions,
    progress?: (done: number) => void,
  ): Promise<Layout> {
    const known = this.peek(input, options);
    if (known) return Promise.resolve(known);
    const key = this.key(input, options);
    let pending = this.#pending.get(key);
    if (!pending) {
      pending = this.#run(input, options, progress).then(
        (layout) => {
          this.#ready.set(key, layout);
          this.#pending.delete(key);
          return layout;
        },
        (error: unknown) => {
          // Not kept: a later request may try again.
          this.#pending.delete(key);
          throw error;
        },
      );
      this.#pending.set(key, pending);
    }
    return pending;
  }
}
