/** Typed context for the explorer state, failing clearly when it is missing. */
import { getContext, setContext } from 'svelte';
import type { Explorer } from './explorer.svelte';

const KEY = Symbol('parley-explorer');

export function setExplorer(explorer: Explorer): Explorer {
  return setContext(KEY, explorer);
}

export function getExplorer(): Explorer {
  const explorer = getContext<Explorer | undefined>(KEY);
  if (!explorer)
    throw new Error('getExplorer() was called outside <App>: no explorer state is provided.');
  return explorer;
}
