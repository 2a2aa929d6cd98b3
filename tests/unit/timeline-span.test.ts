/** "Covers …" in the overview: the data's span at the precision each end was written. */
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/model/dates';
import { formatSpan } from '../../src/model/span';
import type { PDate } from '../../src/model/types';

function parsed(text: string): PDate {
  const result = parseDate(text);
  if (!result.ok) throw new Error(result.message);
  return result.date;
}

describe('the span a data set covers', () => {
  it.each([
    ['1872', '1918-11-11', 'en-GB', '1872 – 11 November 1918'],
    ['1948-08', '2048', 'en', 'August 1948 – 2048'],
    ['2025-08-15', '2025-08-18', 'en', 'August 15 – 18, 2025'],
    ['2025-08-15', '2025-08-18', 'en-GB', '15 – 18 August 2025'],
    ['2011-03-11', '2011-06-30', 'de', '11. März – 30. Juni 2011'],
    ['1957', '1989', 'en', '1957 – 1989'],
    ['2025-08', '2025-08', 'en', 'August 2025'],
    // Times count as the day they were written on (here the 4th, not the 3rd in UTC).
    ['2024-03-04T00:30+01:00', '2024-03-10', 'en-GB', '4 – 10 March 2024'],
    ['0044-03-15', '0100', 'en', 'March 15, 44 – 100'],
  ])('%s to %s in %s reads "%s"', (first, last, locale, text) => {
    expect(formatSpan(parsed(first), parsed(last), locale).replace(/\u2009/g, ' ')).toBe(text);
  });
});
