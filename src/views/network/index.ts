/**
 * The page's network parts, one lazy chunk loaded with src/network/ when a network
 * mode is chosen (views/graph/Graph.svelte, views/details/Details.svelte and
 * Overview.svelte import it dynamically), so the first load carries none of them.
 */
export { default as NetworkControls } from './NetworkControls.svelte';
export { default as ActorTies } from './ActorTies.svelte';
