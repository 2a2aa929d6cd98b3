/**
 * The one place Parley touches a private field of vis-timeline. After its first draw
 * a Timeline fits its window to the items unless its own `initialFitDone` is true;
 * to fit it draws and measures every item, clustered or off screen (0.3 s for 1,200
 * statements), for a window Parley replaces anyway with its own fit. There is no
 * option for this, so the field is set by hand, right after construction.
 *
 * tests/unit/vis-timeline-upgrade.test.ts checks that the installed vis-timeline
 * still has the field and still reads it before fitting: an upgrade that renames it
 * fails there, not silently in the reader's browser.
 */

/** Tells `timeline` (a vis-timeline Timeline) that its first fit has been done. */
export function markInitialFitDone(timeline: object): void {
  (timeline as { initialFitDone: boolean }).initialFitDone = true;
}
