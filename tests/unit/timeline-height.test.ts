// The timeline's first height, worked out by the build from the data alone
// (src/timeline/height.ts) and picked by the page for its width (src/timeline/room.ts).
// The expected heights were measured in Chromium 156 on this machine, on the build
// before the page kept any room (the timeline at its own height, `.timeline-area
// .stage`), at each page width. The browser side (the graph does not move) is in
// tests/e2e/load.spec.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/model/resolve';
import type { Dataset, RawDataset } from '../../src/model/types';
import { validate } from '../../src/model/validate';
import {
  AGGREGATE_OVER,
  EVENT_BOUND,
  firstStages,
  STAGE_WIDTHS,
  timelineShape,
} from '../../src/timeline/height';
import { readTimelineRoom, STAGE_MAX, STAGE_MIN, stageFor } from '../../src/timeline/room';
import { pageFontWidths } from '../../vite/font-metrics';

function load(path: string): Dataset {
  const { data } = validate(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
  if (!data) throw new Error(`${path} is not valid`);
  return resolve(data);
}

/** The build's figures for a page `width` wide, in the page's font on this machine. */
function stageAt(dataset: Dataset, width: number): number {
  const stages = firstStages(dataset, pageFontWidths());
  return stageFor(stages, width);
}

/** A data set with `events` events and `dateOnly` statements of their own date. */
function made(events: number, dateOnly: number, atEvents = 0): Dataset {
  const raw = {
    format: 'parley/1',
    id: 'heights',
    title: 'Heights',
    actors: [{ id: 'a', name: 'A', kind: 'person' }],
    events: Array.from({ length: events }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      start: '2020-01-01',
    })),
    statements: [
      ...Array.from({ length: dateOnly }, (_, i) => ({
        id: `s${i}`,
        speaker: 'a',
        date: '2020-01-02',
        summary: 'Said so.',
      })),
      ...Array.from({ length: atEvents }, (_, i) => ({
        id: `t${i}`,
        speaker: 'a',
        event: 'e0',
        summary: 'Said so there.',
      })),
    ],
  } as RawDataset;
  return resolve(raw);
}

describe('timelineShape', () => {
  it('windows events above EVENT_BOUND and bins statements above AGGREGATE_OVER', () => {
    expect(EVENT_BOUND).toBe(150);
    expect(AGGREGATE_OVER).toBe(500);
    expect(timelineShape(made(150, 0))).toEqual({ windowed: false, aggregate: false });
    expect(timelineShape(made(151, 0))).toEqual({ windowed: true, aggregate: false });
    expect(timelineShape(made(1, 500))).toEqual({ windowed: false, aggregate: false });
    expect(timelineShape(made(1, 501))).toEqual({ windowed: false, aggregate: true });
    // Statements at an event are drawn with it, not in the Statements row.
    expect(timelineShape(made(1, 0, 600)).aggregate).toBe(false);
  });
});

describe('firstStages: the first height as Chromium draws it', () => {
  // [data set, page width, height measured in Chromium]
  const measured: [string, number, number][] = [
    ['data/alaska-summit-2025.json', 1440, 374],
    ['data/alaska-summit-2025.json', 1024, 374],
    ['data/alaska-summit-2025.json', 768, 419],
    ['data/alaska-summit-2025.json', 375, 420],
    ['data/german-nuclear-2011.json', 1440, 107],
    ['data/german-nuclear-2011.json', 375, 144],
    ['tests/fixtures/valid/antarctic-treaty.json', 1440, 420],
    ['tests/fixtures/valid/antarctic-treaty.json', 375, 420],
    ['tests/fixtures/valid/basin-talks.json', 1440, 257],
    ['tests/fixtures/valid/basin-talks.json', 1024, 256],
    ['tests/fixtures/valid/basin-talks.json', 375, 420],
    ['tests/fixtures/valid/arabic-rtl.json', 1440, 123],
    ['tests/fixtures/valid/hebrew-rtl.json', 1440, 115],
    ['tests/fixtures/valid/network-small.json', 375, 144],
  ];
  it.each(measured)('%s at %i px: %i px, never less, at most 16 px more', (path, width, drawn) => {
    const stage = stageAt(load(path), width);
    // Short of it, the graph below would move when the timeline draws; over it, the
    // timeline has room to spare at its foot.
    expect(stage).toBeGreaterThanOrEqual(drawn - 1);
    expect(stage).toBeLessThanOrEqual(drawn + 16);
  });

  it('keeps the counts of a windowed Events row and one band of bins (the synthetic 10,000: 243 px)', () => {
    const big = made(2000, 10_000);
    const stages = firstStages(big, pageFontWidths());
    STAGE_WIDTHS.forEach((width, i) => {
      const stage = stages[i]!;
      if (width < 481) {
        // On a phone the row's label stands on end (101 px): Chromium draws 248 px
        // (its Events counts take 104 px there, not 136), so 32 px to spare.
        expect(stage).toBe(42 + 136 + 101 + 1);
      } else {
        expect(stage).toBeGreaterThanOrEqual(242);
        expect(stage).toBeLessThanOrEqual(250);
      }
    });
  });

  it('stays within the timeline’s bounds, one figure per page width', () => {
    for (const dataset of [made(0, 0), made(1, 0), made(140, 0), made(0, 400)]) {
      const stages = firstStages(dataset);
      expect(stages).toHaveLength(STAGE_WIDTHS.length);
      for (const s of stages) {
        expect(s).toBeGreaterThanOrEqual(STAGE_MIN);
        expect(s).toBeLessThanOrEqual(STAGE_MAX);
      }
    }
    // 140 events on one day stack past the most it may grow to.
    expect(firstStages(made(140, 0))).toEqual(STAGE_WIDTHS.map(() => 420));
  });
});

describe('the page’s side (room.ts)', () => {
  const stages = [400, 390, 380, 370, 360, 350, 340, 330, 320];

  it('takes the figure of the widest width it is at least as wide as', () => {
    expect(STAGE_WIDTHS).toEqual([320, 360, 390, 480, 641, 768, 1024, 1280, 1440]);
    expect(stageFor(stages, 300)).toBe(400);
    expect(stageFor(stages, 375)).toBe(390);
    expect(stageFor(stages, 640)).toBe(370);
    expect(stageFor(stages, 641)).toBe(360);
    expect(stageFor(stages, 1439)).toBe(330);
    expect(stageFor(stages, 2560)).toBe(320);
  });

  it('reads only a well-formed index entry', () => {
    expect(readTimelineRoom({ stages })).toEqual({ stages });
    expect(readTimelineRoom({ stages, timed: true })).toEqual({ stages, timed: true });
    expect(readTimelineRoom({ stages, timed: 'yes' })).toEqual({ stages });
    expect(readTimelineRoom(undefined)).toBeUndefined();
    expect(readTimelineRoom({ stages: stages.slice(1) })).toBeUndefined();
    expect(readTimelineRoom({ stages: [...stages.slice(1), 421] })).toBeUndefined();
    expect(readTimelineRoom({ stages: [...stages.slice(1), 'tall'] })).toBeUndefined();
  });
});
