// The build's cut of vis-timeline (src/vendor/vis-timeline/trim-plugin.ts) on the installed
// vis-timeline: Graph2d and the configurator go, the Timeline stays, and a file
// that no longer matches fails loudly instead of shipping half a library.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { trimVisTimeline } from '../../src/vendor/vis-timeline/trim-plugin';

const require = createRequire(import.meta.url);
const path = require
  .resolve('vis-timeline/package.json')
  .replace(/package\.json$/, 'esnext/esm/vis-timeline-graph2d.mjs');
const original = readFileSync(path, 'utf8');

describe('trimVisTimeline', () => {
  const trimmed = trimVisTimeline(original);

  it('removes Graph2d, its parts and the configurator', () => {
    for (const gone of [
      'function Graph2d(',
      'class DataAxis extends Component',
      'function LineGraph(',
      'function Legend(',
      'function Bargraph()',
      'class ColorPicker {',
      'class Configurator {',
      'const timeline = {',
    ]) {
      expect(original).toContain(gone);
      expect(trimmed).not.toContain(gone);
    }
    expect(trimmed.length).toBeLessThan(original.length * 0.8);
  });

  it('keeps the Timeline and everything it is built from', () => {
    for (const kept of [
      'class Timeline extends Core {',
      'class Core {',
      'class ItemSet extends Component {',
      'class TimeAxis extends Component {',
      'class Range extends Component {',
      'class ClusterGenerator {',
      'class Validator {',
      'function validateDirection(',
      'export { Timeline };',
    ]) {
      expect(trimmed).toContain(kept);
    }
  });

  it('no longer draws each added item on its own in Group.add (the queued redraw does, in one batch)', () => {
    const add = (code: string) =>
      code.slice(code.indexOf('  add(item) {'), code.indexOf('  _addToSubgroup('));
    expect(add(original)).toContain('this._checkIfVisible(item, this.visibleItems, range);');
    expect(add(trimmed)).not.toContain('_checkIfVisible');
    expect(add(trimmed)).toContain('this.stackDirty = true;');
    // What makes the cut safe: adding items queues a redraw of the item set.
    const onUpdate = trimmed.slice(trimmed.indexOf('  _onUpdate(ids) {'));
    expect(onUpdate.slice(0, onUpdate.indexOf('\n  }\n'))).toContain(
      'this.body.emitter.emit("_change", { queue: true });',
    );
  });

  it('fails when a cut no longer matches the file', () => {
    expect(() =>
      trimVisTimeline(original.replace('class DataScale {', 'class DataScale2 {')),
    ).toThrow(/expected exactly one "class DataScale \{"/);
  });

  it('fails when a removed name is still used by what remains', () => {
    const still = original.replace(
      'class Timeline extends Core {',
      'const leftover = () => new DataAxis();\nclass Timeline extends Core {',
    );
    expect(() => trimVisTimeline(still)).toThrow(/DataAxis was removed but is still used/);
  });
});
