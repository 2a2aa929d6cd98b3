/**
 * vis-timeline's module (./vis-timeline-lib), asked for once: the page asks as it
 * fetches the timeline's component, so both arrive together, and the component's
 * first `createTimeline` takes that same request, failed or not. A retry imports
 * anew (state/reimport.ts).
 */
let first: Promise<typeof import('./vis-timeline-lib')> | undefined;

export const timelineLib = () => (first ??= import('./vis-timeline-lib'));
