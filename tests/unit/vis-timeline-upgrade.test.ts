// What Parley's patches assume about the installed vis-timeline, checked on the very
// file the app imports (after the build's trim, as it ships): every Moment method it
// calls exists on the UTC stand-in, the stand-in carries nothing it does not call,
// `moment` comes in as one default import the build can swap, and the private
// `initialFitDone` field is still there. An upgrade that breaks one fails here
// (see src/vendor/vis-timeline/README.md).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import moment from 'moment';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { markInitialFitDone } from '../../src/vendor/vis-timeline/initial-fit';
import { swapMoment } from '../../src/vendor/vis-timeline/swap-moment-plugin';
import { TRIMMED_FILE, trimVisTimeline } from '../../src/vendor/vis-timeline/trim-plugin';
import { UtcMoment, utcMoment } from '../../src/vendor/vis-timeline/utc-moment';

const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

/** The specifier the app loads the Timeline from, read from the one module that does. */
const lib = readFileSync(join(root, 'src/timeline/vis-timeline-lib.ts'), 'utf8');
const specifier = /export \{ Timeline \} from '(vis-timeline[^']*)'/.exec(lib)?.[1];

/** That specifier resolved as the bundler does: the package's "import" export. */
function bundlePath(spec: string): string {
  const pkgJson = require.resolve('vis-timeline/package.json');
  const pkg = JSON.parse(readFileSync(pkgJson, 'utf8')) as {
    exports: Record<string, { import?: string }>;
  };
  const entry = pkg.exports[`.${spec.slice('vis-timeline'.length)}`]?.import;
  if (!entry) throw new Error(`vis-timeline exports no "import" for ${spec}`);
  return join(dirname(pkgJson), entry);
}

const path = bundlePath(specifier ?? 'vis-timeline/esnext');
const shipped = trimVisTimeline(readFileSync(path, 'utf8'));

/**
 * Names that Moment shares with other APIs the bundle calls, never on a moment in
 * vis-timeline 8.5.4 (checked by reading each call): left out of the scan, with why.
 * Receivers that are never moments are removed before scanning instead.
 */
const NOT_ON_MOMENTS: Readonly<Record<string, string>> = {
  get: "vis-data's DataSet.get, Hammer's get(recognizer)",
  set: "Hammer recognizers' set(options)",
  to: "vis-data's createNewDataPipeFrom(…).to(dataSet)",
};
const NOT_MOMENT_RECEIVERS = /\b(?:Math\.(?:max|min)|Date\.now|availableUtils\.toArray)\(/g;

const ownFunctions = (o: object): string[] =>
  Object.getOwnPropertyNames(o).filter(
    (name) =>
      name !== 'constructor' &&
      typeof Object.getOwnPropertyDescriptor(o, name)?.value === 'function',
  );

/** Moment's own API, from the real package: methods of a moment, and of `moment`. */
const MOMENT_METHODS = new Set(ownFunctions(moment.prototype));
const MOMENT_STATICS = new Set(ownFunctions(moment));

/** Every `.name(` in `code` whose name is a method of a moment. */
function momentMethodCalls(code: string): string[] {
  const names = new Set<string>();
  for (const [, name] of code.replace(NOT_MOMENT_RECEIVERS, '(').matchAll(/\.([\w$]+)\s*\(/g))
    if (MOMENT_METHODS.has(name!) && !Object.hasOwn(NOT_ON_MOMENTS, name!)) names.add(name!);
  return [...names].sort();
}

/** Every `moment.name` (or `moment$2.name`, as the bundler renames it) of Moment's own. */
function momentStaticUses(code: string): string[] {
  const names = new Set<string>();
  for (const [, name] of code.matchAll(/\bmoment(?:\$\d+)?\.([\w$]+)/g))
    if (MOMENT_STATICS.has(name!)) names.add(name!);
  return [...names].sort();
}

const lacking = (target: object, names: readonly string[]): string[] =>
  names.filter((name) => typeof (target as Record<string, unknown>)[name] !== 'function');

describe('the vis-timeline file the app imports', () => {
  it('is of the one version package.json pins (an upgrade is a deliberate step)', () => {
    const app = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const installed = JSON.parse(
      readFileSync(require.resolve('vis-timeline/package.json'), 'utf8'),
    ) as { version: string };
    expect(app.dependencies['vis-timeline']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed.version).toBe(app.dependencies['vis-timeline']);
  });

  it('is the esnext build, the one the build trims and swaps Moment in', () => {
    expect(specifier).toBe('vis-timeline/esnext');
    expect(path).toMatch(TRIMMED_FILE);
  });

  it('imports moment once, as a default import the build can redirect', () => {
    const imports = [...shipped.matchAll(/^import .* from ['"]moment['"];?$/gm)].map((m) => m[0]);
    expect(imports).toEqual([expect.stringMatching(/^import [\w$]+ from 'moment';$/)]);
    const plugin = swapMoment() as Plugin & { resolveId: (s: string, i?: string) => unknown };
    expect(plugin.resolveId('moment', path)).toBe(
      join(root, 'src/vendor/vis-timeline/utc-moment.ts'),
    );
    expect(plugin.resolveId('moment', join(root, 'tests/unit/x.test.ts'))).toBeNull();
  });
});

describe('the Moment stand-in covers what vis-timeline calls', () => {
  const calls = momentMethodCalls(shipped);
  const statics = momentStaticUses(shipped);

  it('finds the calls it is known to make (the scan itself works)', () => {
    for (const name of ['add', 'clone', 'format', 'isSame', 'startOf', 'weekday', 'diff'])
      expect(calls).toContain(name);
    expect(statics).toEqual(expect.arrayContaining(['isMoment', 'locale']));
  });

  it('has every Moment method the bundle calls', () => {
    expect(lacking(UtcMoment.prototype, calls), 'missing from UtcMoment').toEqual([]);
    expect(lacking(utcMoment, statics), 'missing from utcMoment').toEqual([]);
  });

  it('has nothing the bundle does not call', () => {
    const extra = ownFunctions(UtcMoment.prototype).filter((name) => !calls.includes(name));
    expect(extra, 'UtcMoment methods vis-timeline no longer calls').toEqual([]);
  });

  it('reports a call the stand-in lacks, by name', () => {
    const more = `${shipped}\nnow.endOf("day").isBefore(other);`;
    expect(lacking(UtcMoment.prototype, momentMethodCalls(more))).toEqual(['endOf', 'isBefore']);
  });

  it('leaves out only names that are not Moment methods elsewhere in the bundle', () => {
    // An entry that stops being a Moment name, or is no longer called, should go.
    for (const name of Object.keys(NOT_ON_MOMENTS)) {
      expect(MOMENT_METHODS.has(name), name).toBe(true);
      expect(shipped, name).toContain(`.${name}(`);
    }
  });
});

describe('the private field markInitialFitDone sets', () => {
  const start = shipped.indexOf('class Timeline extends Core {');
  const timeline = shipped.slice(start, shipped.indexOf('\n}\n', start));

  it('is set to false by the Timeline and read before its first fit', () => {
    expect(start).toBeGreaterThan(0);
    const why = 'the Timeline class no longer uses initialFitDone as it did';
    expect(timeline, why).toContain('this.initialFitDone = false;');
    expect(timeline, why).toMatch(
      /if \(!me\.initialFitDone && [^)]*\) \{\s*me\.initialFitDone = true;/,
    );
  });

  it('is the field markInitialFitDone sets', () => {
    const fake = { initialFitDone: false };
    markInitialFitDone(fake);
    expect(fake).toEqual({ initialFitDone: true });
  });
});
