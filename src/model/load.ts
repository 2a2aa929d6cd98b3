/** From the text of a parley/1 file to a resolved Dataset, or located problems. */
import { resolve } from './resolve';
import type { Dataset, Problem } from './types';
import { validate } from './validate';

export interface LoadResult {
  readonly problems: readonly Problem[];
  /** Present when the file has no errors (warnings allowed). */
  readonly dataset?: Dataset;
}

export function loadDataset(text: string): LoadResult {
  const { problems, data } = validate(text);
  return data ? { problems, dataset: resolve(data) } : { problems };
}
