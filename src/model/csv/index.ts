/**
 * The spreadsheet round trip of parley/1 data sets (pure TypeScript, runs in Node
 * and the browser). For the explorer's download, import `statementsToCsv` from
 * './statements' directly: it does not pull in the CSV parser.
 */
export { csvToDataset, type CsvInput, type ImportResult } from './from-csv';
export { datasetToCsv, statementFieldsCsv, type CsvText } from './to-csv';
export { formatCsvProblem, type CsvProblem } from './problem';
export { isParleyCsv } from './guard';
export { statementsToCsv, type StatementCsvWords } from './statements';
