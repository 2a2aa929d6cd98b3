/**
 * Writing CSV text (RFC 4180) that LibreOffice, Excel and Google Sheets open
 * cleanly: comma-separated, CRLF line ends, UTF-8 with a byte order mark.
 *
 * The BOM is what makes Excel (Windows and Mac) read a double-clicked CSV as UTF-8
 * instead of the system's legacy code page, where "Röttgen" would show as
 * "RÃ¶ttgen"; LibreOffice and Google Sheets recognize and drop it, and the importer
 * accepts files with or without it.
 *
 * A cell is quoted when it holds a quote, comma, semicolon, tab or line break, or
 * starts or ends with whitespace; quotes inside are doubled. Semicolons and tabs
 * are quoted too so a spreadsheet set to split on them (LibreOffice remembers the
 * last choice) still sees one cell.
 */

export const BOM = '\uFEFF';

export function csvCell(value: string): string {
  return /[",;\t\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(
  rows: readonly (readonly string[])[],
  options: { bom?: boolean } = {},
): string {
  const body = rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
  return `${options.bom === false ? '' : BOM}${body}\r\n`;
}
