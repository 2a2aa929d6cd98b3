/**
 * Leaves out of vis-timeline's "esnext" build the code a Timeline never runs, which
 * the bundler cannot drop by itself (it keeps `X.prototype = …` statements):
 * Graph2d with its line and bar charts, axes and legend; its options tables; the
 * options configurator and its colour picker (only for the `configure` option,
 * which Parley never sets); and the `timeline` object of internals. About 20 KB
 * gzipped of a ~95 KB chunk.
 *
 * Each cut is found by exact text and must be found exactly once, and afterwards no
 * removed name may still be used: a vis-timeline update that changes any of this
 * fails the build here, loudly, instead of shipping a broken timeline.
 */
import type { Plugin } from 'vite';

/** The build the app imports (`vis-timeline/esnext`), the only file trimmed. */
export const TRIMMED_FILE = /[\\/]vis-timeline[\\/]esnext[\\/]esm[\\/]vis-timeline-graph2d\.mjs$/;

/** [from, to): the text from `from` up to, not including, `to`. */
const CUTS: readonly (readonly [string, string])[] = [
  // DataScale, DataAxis, Points, Bargraph, Line, GraphGroup.
  ['class DataScale {', '/**\n * Item\n */\nclass Item {'],
  // Legend and LineGraph.
  [
    'function Legend(body, options, side, linegraphOptions) {',
    '/** A horizontal time axis */\nclass TimeAxis extends Component {',
  ],
  // Graph2d's options tables.
  ['const string$1 = "string";', 'class Range extends Component {'],
  // Graph2d.
  ['function Graph2d(container, items, groups, options) {', 'const string = "string";'],
  // The configurator and its colour picker.
  ['class ColorPicker {', 'let errorFound = false;'],
  // The object of internals (exported for Graph2d-era plugins).
  ['const timeline = {', 'export { Graph2d, Timeline, timeline };'],
];

const REPLACEMENTS: readonly (readonly [string, string])[] = [
  // A fix, not a cut: Group.add drew each added item at once, each drawing reading
  // the layout the previous one had just changed. Adding the German set's 1,164
  // statements back (a topic filter, then "All") took 5 s, all of it in those reads.
  // The item set redraws after every add anyway (ItemSet._onUpdate ends by queueing
  // one), and that redraw shows the visible items in one batch: reads, then writes.
  [
    '    if (!this.visibleItems.includes(item)) {\n      const range = this.itemSet.body.range; // TODO: not nice accessing the range like this\n      this._checkIfVisible(item, this.visibleItems, range);\n    }\n',
    '',
  ],
  ['export { Graph2d, Timeline, timeline };', 'export { Timeline };'],
  [
    '  _createConfigurator() {\n    return new Configurator(this, this.dom.container, configureOptions);\n  }',
    '  _createConfigurator() {\n    throw new Error("This build of vis-timeline has no configurator.");\n  }',
  ],
];

const REMOVED = [
  'DataScale',
  'DataAxis',
  'Points',
  'Bargraph',
  'GraphGroup',
  'Legend',
  'LineGraph',
  'Graph2d',
  'ColorPicker',
  'Configurator',
  'allOptions$1',
  'configureOptions$1',
  'getGroupTemplate',
  'getCallback',
];

function once(code: string, text: string): number {
  const at = code.indexOf(text);
  if (at < 0 || code.indexOf(text, at + 1) >= 0)
    throw new Error(`vis-timeline-trim: expected exactly one ${JSON.stringify(text.slice(0, 60))}`);
  return at;
}

const escape = (s: string) => s.replace(/[$.*+?^()[\]{}|\\]/g, '\\$&');

/** The code without comments and string contents, for checking identifiers. */
function codeOnly(code: string): string {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');
}

export function trimVisTimeline(code: string): string {
  let out = code;
  for (const [from, to] of CUTS) {
    const start = once(out, from);
    const end = once(out, to);
    if (end <= start) throw new Error(`vis-timeline-trim: ${from} does not come before ${to}`);
    out = out.slice(0, start) + out.slice(end);
  }
  for (const [from, to] of REPLACEMENTS) {
    const at = once(out, from);
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  const rest = codeOnly(out);
  for (const name of REMOVED) {
    if (new RegExp(`(^|[^\\w$.])${escape(name)}(?![\\w$])`).test(rest))
      throw new Error(`vis-timeline-trim: ${name} was removed but is still used`);
  }
  return out;
}

export function visTimelineTrim(): Plugin {
  return {
    name: 'parley-vis-timeline-trim',
    enforce: 'pre',
    transform(code, id) {
      if (!TRIMMED_FILE.test(id)) return null;
      return { code: trimVisTimeline(code), map: null };
    },
  };
}
