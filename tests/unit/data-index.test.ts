// The build's data index (vite/parley-data.ts): a SHA-256 only for files without any
// problem, and for those the page's fast path (parse and resolve, no second
// validation; src/state/load.ts) gives exactly the validated data set.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/model/load';
import { resolve } from '../../src/model/resolve';
import type { RawDataset } from '../../src/model/types';
import { validate } from '../../src/model/validate';
import { readTimelineRoom } from '../../src/timeline/room';
import { dataIndex, readDataSets, timelineRoom } from '../../vite/parley-data';

const root = process.cwd();

describe('the data index', () => {
  const { files, errors } = readDataSets(root);

  it('lists every data set in data/, with the SHA-256 of clean files', () => {
    expect(errors).toEqual([]);
    const index = dataIndex(files);
    expect(index.map((e) => e.id).sort()).toEqual(['alaska-summit-2025', 'german-nuclear-2011']);
    for (const entry of index) {
      const file = files.find((f) => f.id === entry.id)!;
      const bytes = readFileSync(file.file);
      const clean = validate(bytes.toString('utf8')).problems.length === 0;
      expect(entry.sha256).toBe(
        clean ? createHash('sha256').update(bytes).digest('hex') : undefined,
      );
    }
  });

  it('leaves the SHA-256 out when the build found a warning', () => {
    const [file] = files;
    const index = dataIndex([{ ...file!, clean: false }]);
    expect(file!.id).toBe('alaska-summit-2025');
    expect(index[0]).toEqual({ id: file!.id, title: file!.title, language: 'en' });
  });

  it("says each data set's language, so the page fetches its catalogue alongside the data", () => {
    const languages = Object.fromEntries(dataIndex(files).map((e) => [e.id, e.language]));
    expect(languages).toEqual({ 'alaska-summit-2025': 'en', 'german-nuclear-2011': 'de' });
    const withoutLanguage = { ...files[0]!.data };
    delete withoutLanguage.language;
    expect(dataIndex([{ ...files[0]!, data: withoutLanguage }])[0]!.language).toBeUndefined();
  });

  it("carries each data set's timeline heights, as the page reads them back", () => {
    const seed = resolve(files[0]!.data);
    const room = timelineRoom(seed);
    expect(room.stages).toHaveLength(9);
    expect(room.timed).toBeUndefined();
    const [entry] = dataIndex([files[0]!], new Map(), new Map([[seed.id, room]]));
    const read = readTimelineRoom(JSON.parse(JSON.stringify(entry)).timeline);
    expect(read).toEqual(room);
    // The basin talks have events at a time of day: the timeline says its axis is UTC.
    const basin = validate(readFileSync('tests/fixtures/valid/basin-talks.json', 'utf8')).data!;
    expect(timelineRoom(resolve(basin)).timed).toBe(true);
  });

  for (const path of [
    'data/alaska-summit-2025.json',
    'data/german-nuclear-2011.json',
    'tests/fixtures/valid/antarctic-treaty.json',
    'tests/fixtures/valid/minimal.json',
  ]) {
    it(`${path}: parsing and resolving gives the validated data set`, () => {
      const text = readFileSync(path, 'utf8');
      const validated = loadDataset(text).dataset;
      expect(validated).toBeDefined();
      expect(resolve(JSON.parse(text) as RawDataset)).toEqual(validated);
    });
  }
});
