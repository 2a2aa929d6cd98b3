/**
 * Offsets in a text to 1-based lines and columns, for located messages about JSON
 * and CSV files. A line ends at LF, CRLF or a lone CR, as JSON and CSV parsers and
 * text editors count them. Columns count UTF-16 code units; a leading BOM is the
 * caller's to strip (both readers do, before parsing).
 */

export interface LineColumn {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, in UTF-16 code units. */
  readonly column: number;
}

/** The offsets where lines start: 0, then just after each line break. */
export function lineStarts(text: string): readonly number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/**
 * The line and column of `offset` (0 to the text's length), given the text's
 * lineStarts. The break itself belongs to the line it ends: the LF of a CRLF is
 * still on the CR's line.
 */
export function locate(starts: readonly number[], offset: number): LineColumn {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}
