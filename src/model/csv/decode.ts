/**
 * Bytes to text: CSV files must be UTF-8 (with or without a BOM). A file saved in
 * a legacy encoding (Windows-1252 / Latin-1 from older Excel, or UTF-16 from
 * Excel's "Unicode text") is refused with the row and column of its first
 * non-UTF-8 byte, rather than read with its umlauts silently garbled.
 */
import { positionAfter } from './parse';
import type { CsvProblem } from './problem';

export type Decoded = { readonly text: string } | { readonly problem: CsvProblem };

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need =
      b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0 || i + need >= bytes.length) return i;
    const second = bytes[i + 1]!;
    if (
      (b === 0xe0 && second < 0xa0) ||
      (b === 0xed && second > 0x9f) ||
      (b === 0xf0 && second < 0x90) ||
      (b === 0xf4 && second > 0x8f)
    ) {
      return i;
    }
    for (let k = 1; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/** What the byte is in Windows-1252, the usual culprit: `is "ö" in Windows-1252 (Latin-1)…`. */
function explainByte(byte: number): string {
  try {
    const char = new TextDecoder('windows-1252').decode(new Uint8Array([byte]));
    return `is "${char}" in Windows-1252 (Latin-1), the encoding older Excel versions save`;
  } catch {
    return 'is not valid UTF-8';
  }
}

export function decodeCsv(file: string, input: Uint8Array | string): Decoded {
  if (typeof input === 'string') return { text: input.replace(/^\uFEFF/, '') };
  const bytes = input;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      problem: {
        severity: 'error',
        file,
        row: 1,
        column: 1,
        message:
          'the file is UTF-16 text (Excel\'s "Unicode text"), not UTF-8; save it as "CSV UTF-8 (comma delimited)" and import again',
      },
    };
  }
  try {
    // fatal: refuse bad bytes instead of replacing them; a BOM is consumed.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const { row, column, line, header } = positionAfter(prefix);
    const byte = bytes[bad] ?? 0;
    const hex = byte.toString(16).toUpperCase().padStart(2, '0');
    return {
      problem: {
        severity: 'error',
        file,
        row,
        column,
        line,
        ...(header ? { header } : {}),
        message: `the file is not UTF-8: the byte 0x${hex} here ${explainByte(byte)}; save the file as "CSV UTF-8" (Excel) or choose the character set "Unicode (UTF-8)" (LibreOffice), then import again`,
      },
    };
  }
}
