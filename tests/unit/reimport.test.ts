// Importing a failed chunk again: the same import first, then under a retry address
// when the browser named the module and it is on the page's own origin.
import { describe, expect, it } from 'vitest';
import { failedModuleUrl, importAgain, retryUrl } from '../../src/state/reimport';

const ORIGIN = 'http://127.0.0.1:4364';

describe('failedModuleUrl', () => {
  const cases: [unknown, string | undefined][] = [
    [
      new TypeError(
        'Failed to fetch dynamically imported module: http://127.0.0.1:4364/assets/Timeline-DpnwTNWV.js',
      ),
      'http://127.0.0.1:4364/assets/Timeline-DpnwTNWV.js',
    ],
    [
      new TypeError(
        'error loading dynamically imported module: http://127.0.0.1:4364/sub/assets/Share-x1.js',
      ),
      'http://127.0.0.1:4364/sub/assets/Share-x1.js',
    ],
    // A retry address names the module with its query: the query is dropped.
    [
      new TypeError(
        'Failed to fetch dynamically imported module: http://127.0.0.1:4364/assets/T.js?retry=1',
      ),
      'http://127.0.0.1:4364/assets/T.js',
    ],
    // Safari names no address.
    [new TypeError('Importing a module script failed.'), undefined],
    // Another origin is never imported.
    [
      new TypeError('Failed to fetch dynamically imported module: https://cdn.example/evil.js'),
      undefined,
    ],
    [
      new Error(
        'Failed to fetch dynamically imported module: http://127.0.0.1:4364/data/index.json',
      ),
      undefined,
    ],
    [{ message: 'http://127.0.0.1:4364/a.js' }, undefined],
    [undefined, undefined],
  ];
  it.each(cases)('%s', (error, expected) => {
    expect(failedModuleUrl(error, ORIGIN)).toBe(expected);
  });
});

describe('retryUrl', () => {
  it.each([
    ['http://127.0.0.1:4364/assets/T.js', 1, 'http://127.0.0.1:4364/assets/T.js?retry=1'],
    ['http://127.0.0.1:4364/assets/T.js?retry=1', 2, 'http://127.0.0.1:4364/assets/T.js?retry=2'],
  ])('%s, attempt %i', (url, attempt, expected) => {
    expect(retryUrl(url, attempt)).toBe(expected);
  });
});

describe('importAgain', () => {
  const failure = new TypeError(
    'Failed to fetch dynamically imported module: http://127.0.0.1:4364/assets/T.js',
  );

  it('returns the module when the same import now works', async () => {
    const imported: string[] = [];
    const module = await importAgain(
      () => Promise.resolve('fresh'),
      1,
      ORIGIN,
      (url) => (imported.push(url), Promise.resolve('busted')),
    );
    expect(module).toBe('fresh');
    expect(imported).toEqual([]);
  });

  it('imports the named module under a retry address when the browser kept the failure', async () => {
    const imported: string[] = [];
    const module = await importAgain(
      () => Promise.reject(failure),
      3,
      ORIGIN,
      (url) => (imported.push(url), Promise.resolve('busted')),
    );
    expect(module).toBe('busted');
    expect(imported).toEqual(['http://127.0.0.1:4364/assets/T.js?retry=3']);
  });

  it('rethrows when the error names no module it may import', async () => {
    const other = new TypeError('Importing a module script failed.');
    await expect(
      importAgain(
        () => Promise.reject(other),
        1,
        ORIGIN,
        () => Promise.resolve('busted'),
      ),
    ).rejects.toBe(other);
  });
});
