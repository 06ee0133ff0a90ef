/**
 * CSV as spreadsheets write it, read into rows of named cells and written back. Reading accepts
 * any column order, header case and spacing, `,` `;` or tab as separator, a byte-order mark, CRLF,
 * and quoted cells with line breaks; writing produces what Excel, LibreOffice and Google Sheets
 * open unchanged. Parsing itself is papaparse's.
 */
import Papa from 'papaparse';
import { t } from '../../i18n/translate';
import { closestMatch } from '../closestMatch';
import { didYouMean } from '../validationIssue';
import { importIssue, type ImportIssue } from './importIssue';

/** Separates the items of a cell that holds several aliases or quotes: `Moscow | the Kremlin`. */
export const LIST_SEPARATOR = ' | ';
const LIST_SPLITTER = /\s+\|\s+/;

export function splitList(cell: string | undefined): string[] {
  if (!cell) return [];
  return cell.split(LIST_SPLITTER).map((item) => item.trim()).filter(Boolean);
}

export function joinList(items: readonly string[]): string {
  return items.join(LIST_SEPARATOR);
}

// A cell that starts like a formula is run by a spreadsheet that opens the file ("CSV injection"),
// so it is written behind an apostrophe, as the spreadsheets themselves do, and read back without it.
// One more apostrophe on text that already starts with apostrophes keeps the mapping reversible.
const NEEDS_FORMULA_GUARD = /^'*[=+\-@\t\r]/;
const HAS_FORMULA_GUARD = /^'+[=+\-@\t\r]/;

export function encodeCell(value: string): string {
  return NEEDS_FORMULA_GUARD.test(value) ? `'${value}` : value;
}

/** What the importer makes of a cell as the file holds it: line breaks as \n, no surrounding space, no formula guard. */
export function decodeCell(raw: string): string {
  const trimmed = raw.replace(/\r\n?/g, '\n').trim();
  return HAS_FORMULA_GUARD.test(trimmed) ? trimmed.slice(1) : trimmed;
}

/** Writes a header and rows as CSV, with a byte-order mark so that Excel reads curly quotes right. */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const body = Papa.unparse({ fields: [...header], data: rows.map((row) => row.map(encodeCell)) }, { newline: '\n', quotes: false });
  return `\uFEFF${body}\n`;
}

export interface CsvRow<C extends string> {
  /** The row as a spreadsheet numbers it: the header is row 1 when it is the first line. */
  row: number;
  cells: Partial<Record<C, string>>;
}

export interface CsvTable<C extends string> {
  rows: CsvRow<C>[];
  /** For each known column the file has, its name as the header writes it. */
  headers: Partial<Record<C, string>>;
  /** Known columns in the order the file has them. */
  columnOrder: C[];
  issues: ImportIssue[];
}

type CellCounts = { cells: string; columns: string };

// What a row with more cells than the header has is told, one sentence per separator.
const SEPARATORS = [
  { char: ',', tooManyCells: (counts: CellCounts) => t('has {cells} cells, but the header names {columns} columns: a cell that holds a comma must be in double quotes.', counts) },
  { char: ';', tooManyCells: (counts: CellCounts) => t('has {cells} cells, but the header names {columns} columns: a cell that holds a semicolon must be in double quotes.', counts) },
  { char: '\t', tooManyCells: (counts: CellCounts) => t('has {cells} cells, but the header names {columns} columns: a cell that holds a tab must be in double quotes.', counts) },
] as const;

/** The separator the header row uses most, outside quotes; a comma when it uses none. */
function detectSeparator(text: string): (typeof SEPARATORS)[number] {
  // Stryker disable next-line StringLiteral: a file of blank lines is refused as empty; its separator is never used
  const headerLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  // Stryker disable next-line StringLiteral: any filler without a separator counts none, as nothing does
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  let best: (typeof SEPARATORS)[number] = SEPARATORS[0];
  let bestCount = 0;
  for (const separator of SEPARATORS) {
    // Stryker disable next-line ArithmeticOperator: the same shift for every separator keeps the same winner, a comma on a tie
    const count = unquoted.split(separator.char).length - 1;
    if (count > bestCount) {
      best = separator;
      bestCount = count;
    }
  }
  return best;
}

// Stryker disable next-line MethodExpression,Regex: the header and the known columns pass through the same key, and the replace drops every space
const headerKey = (name: string) => name.trim().toLowerCase().replace(/[\s_-]+/g, '');

/** Spreadsheet letters for a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function readCsvTable<C extends string>(text: string, file: string, columns: readonly C[], required: readonly C[]): CsvTable<C> {
  const issues: ImportIssue[] = [];
  const error = (message: string, row?: number, column?: string) =>
    // Stryker disable next-line ConditionalExpression: a location with row: undefined reads and formats as one without
    issues.push(importIssue('error', [], message, { file, ...(row !== undefined ? { row } : {}), ...(column !== undefined ? { column } : {}) }));
  const warn = (message: string, row?: number, column?: string) =>
    // Stryker disable next-line ConditionalExpression: as above
    issues.push(importIssue('warning', [], message, { file, ...(row !== undefined ? { row } : {}), ...(column !== undefined ? { column } : {}) }));
  const table: CsvTable<C> = { rows: [], headers: {}, columnOrder: [], issues };

  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const separator = detectSeparator(normalized);
  const parsed = Papa.parse<string[]>(normalized, { delimiter: separator.char, newline: '\n', header: false, skipEmptyLines: false });
  const records = parsed.data;
  const isBlank = (record: string[]) => record.every((cell) => cell.trim() === '');

  const headerIndex = records.findIndex((record) => !isBlank(record));
  if (headerIndex === -1) {
    error(t('is empty; its first row should name the columns, at least {columns}.', { columns: required.join(', ') }));
    return table;
  }

  const quoteProblems = new Map<number, string>();
  for (const problem of parsed.errors) {
    // Stryker disable next-line ConditionalExpression,StringLiteral,EqualityOperator: with the separator given and no header mode Papa reports only quote problems, one a row in every file tried
    if (problem.type !== 'Quotes' || problem.row === undefined || quoteProblems.has(problem.row)) continue;
    quoteProblems.set(
      problem.row,
      problem.code === 'MissingQuotes'
        ? t('a double quote " opens a cell that never closes, so everything after it is read as one cell: close it, or write "" for a quote mark inside a quoted cell.')
        : t('a quoted cell does not end where it should: each " that opens a cell needs one that closes it, and a quote mark inside a quoted cell is written "".'),
    );
  }
  for (const [index, message] of quoteProblems) error(message, index + 1);

  const headerRow = headerIndex + 1;
  const header = records[headerIndex]!;
  const columnAt = new Map<number, C>();
  const byKey = new Map(columns.map((column) => [headerKey(column), column]));
  // Stryker disable next-line MethodExpression: the header's own cell here is empty, and the lines before it blank
  const hasData = (index: number) => records.slice(headerIndex + 1).some((record) => (record[index] ?? '').trim() !== '');
  header.forEach((rawName, index) => {
    const name = rawName.trim();
    if (name === '') {
      if (hasData(index)) warn(t('column {column} has no name in the header, so its cells are ignored.', { column: columnLetter(index) }), headerRow);
      return;
    }
    const column = byKey.get(headerKey(name));
    if (column === undefined) {
      warn(t('is not a column stancemap reads, so its cells are ignored{suggestion}.', { suggestion: didYouMean(closestMatch(name, columns)) }), undefined, name);
      return;
    }
    const first = [...columnAt].find(([, known]) => known === column);
    if (first) {
      error(t('appears twice in the header (columns {first} and {second}); keep one.', { first: columnLetter(first[0]), second: columnLetter(index) }), undefined, name);
      return;
    }
    columnAt.set(index, column);
    table.headers[column] = name;
    table.columnOrder.push(column);
  });
  for (const column of required) {
    if (!(column in table.headers)) error(t('is missing from the header (row {row}); the required columns are {columns}.', { row: String(headerRow), columns: required.join(', ') }), undefined, column);
  }

  records.slice(headerIndex + 1).forEach((record, offset) => {
    const index = headerIndex + 1 + offset;
    if (isBlank(record) || quoteProblems.has(index)) return;
    const lastFilled = record.findLastIndex((cell) => cell.trim() !== '');
    if (lastFilled >= header.length) {
      error(separator.tooManyCells({ cells: String(lastFilled + 1), columns: String(header.length) }), index + 1);
      return;
    }
    const cells: Partial<Record<C, string>> = {};
    for (const [position, column] of columnAt) cells[column] = decodeCell(record[position] ?? '');
    table.rows.push({ row: index + 1, cells });
  });
  return table;
}
