// Download file names (`<dataset>-<view>.<ext>`) and their media types.
import { describe, expect, it } from 'vitest';
import { downloadName, MIME_TYPE } from '../../src/export/names';

describe('downloadName', () => {
  it.each([
    ['alaska-summit-2025', 'both', 'png', 'alaska-summit-2025-graph.png'],
    ['alaska-summit-2025', 'table', 'svg', 'alaska-summit-2025-graph.svg'],
    ['alaska-summit-2025', 'table', 'csv', 'alaska-summit-2025-table.csv'],
    ['alaska-summit-2025', 'both', 'csv', 'alaska-summit-2025-both.csv'],
    // The statements with the format's field names, beside the readable file.
    ['alaska-summit-2025', 'both', 'csv-fields', 'alaska-summit-2025-both-fields.csv'],
    ['alaska-summit-2025', 'table', 'csv-fields', 'alaska-summit-2025-table-fields.csv'],
    ['antarctic-treaty', 'timeline', 'json', 'antarctic-treaty-timeline.json'],
    ['antarctic-treaty', 'graph', 'json', 'antarctic-treaty-graph.json'],
  ] as const)('%s in view %s as %s is %s', (id, view, kind, name) => {
    expect(downloadName(id, view, kind)).toBe(name);
  });

  it('keeps the name a plain file name whatever the id holds', () => {
    expect(downloadName('../etc/pass wd', 'table', 'csv')).toBe('etc-pass-wd-table.csv');
    expect(downloadName('Zürich_2024', 'table', 'csv')).toBe('Zürich_2024-table.csv');
    expect(downloadName('///', 'table', 'csv')).toBe('parley-table.csv');
  });
});

describe('MIME_TYPE', () => {
  it('names the type of each file', () => {
    expect(MIME_TYPE).toEqual({
      png: 'image/png',
      svg: 'image/svg+xml',
      csv: 'text/csv;charset=utf-8',
      'csv-fields': 'text/csv;charset=utf-8',
      json: 'application/json',
      'network-csv': 'text/csv;charset=utf-8',
      // GraphML's usual type (it has no IANA registration); Gephi and visone read the file.
      'network-graphml': 'application/graphml+xml',
    });
  });
});
