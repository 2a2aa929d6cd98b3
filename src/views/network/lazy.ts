/** The network parts' chunk (./index.ts), shared by every view that shows one. */
import { LazyPart } from '../../state/lazy.svelte';

export const networkParts = new LazyPart(() => import('./index'));
