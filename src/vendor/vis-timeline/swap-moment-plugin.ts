/**
 * Gives vis-timeline Parley's UTC-only Moment stand-in (utc-moment.ts, next to this
 * file) where it imports `moment`: the same behaviour for everything the timeline
 * calls, at a twentieth of the size. Only imports from vis-timeline are redirected,
 * so the unit tests can still compare the stand-in with the real Moment.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export function swapMoment(): Plugin {
  const standIn = resolve(import.meta.dirname, 'utc-moment.ts');
  return {
    name: 'parley-vis-timeline-swap-moment',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'moment' && importer && /[\\/]vis-timeline[\\/]/.test(importer))
        return standIn;
      return null;
    },
  };
}
