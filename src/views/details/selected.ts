/**
 * The panel's views of a selected actor, event or topic: one lazy chunk, fetched
 * when something is selected or once the graph has painted (Details.svelte), so the
 * graph's first paint (and the embed's first load, whose panel opens only on a
 * selection) waits for none of it.
 */
export { default as ActorDetails } from './ActorDetails.svelte';
export { default as EventDetails } from './EventDetails.svelte';
export { default as TopicDetails } from './TopicDetails.svelte';
