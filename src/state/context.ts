/**
 * Typed context for the explorer state, failing clearly when it is missing. The
 * shell provides the writable state; views get it typed read-only (`ExplorerView`)
 * and change it only through the callbacks the shell gives them.
 */
import { getContext, setContext } from 'svelte';
import type { Explorer, ExplorerView } from './explorer.svelte';

const KEY = Symbol('parley-explorer');

export function setExplorer(explorer: Explorer): Explorer {
  return setContext(KEY, explorer);
}

export function getExplorer(): ExplorerView {
  const explorer = getContext<ExplorerView | undefined>(KEY);
  if (!explorer)
    throw new Error('getExplorer() was called outside <App>: no explorer state is provided.');
  return explorer;
}
