import { t } from '../../i18n/translate';
import type { PathSegment } from '../formatPath';
import { formatIssue, type Severity, type ValidationIssue } from '../validationIssue';

/**
 * Where an imported problem stands in the files a journalist edits: a CSV cell (row as a
 * spreadsheet numbers it, header = row 1), a line of the article's text, or a field of a JSON file.
 */
export interface ImportLocation {
  file: string;
  row?: number;
  column?: string;
  line?: number;
  /** A field inside a JSON file or a JSON cell, as a path: `article.published`, `story[0].actors[2]`. */
  field?: string;
}

/** A ValidationIssue whose `path` points into the dataset built from the files, and `location` into the files. */
export interface ImportIssue extends ValidationIssue {
  location?: ImportLocation;
}

export function importIssue(severity: Severity, path: PathSegment[], message: string, location?: ImportLocation): ImportIssue {
  return location ? { severity, path, message, location } : { severity, path, message };
}

/** `relations.csv, row 7, column "stance"` */
export function formatLocation({ file, row, column, line, field }: ImportLocation, { withFile = true } = {}): string {
  // Stryker disable next-line ArrayDeclaration: only scripts/validate.ts leaves the file out, and its tests run it as a process of its own, which a mutant switched on in the test process never reaches
  const parts = withFile ? [file] : [];
  if (row !== undefined) parts.push(t('row {row}', { row: String(row) }));
  if (line !== undefined) parts.push(t('line {line}', { line: String(line) }));
  if (column !== undefined) parts.push(t('column "{column}"', { column }));
  if (field !== undefined) parts.push(t('field "{field}"', { field }));
  return parts.join(', ');
}

/** `relations.csv, row 7, column "stance": “supports” is not one of: …`; an issue without a location prints its JSON path. */
export function formatImportIssue(found: ImportIssue): string {
  return found.location ? t('{location}: {message}', { location: formatLocation(found.location), message: found.message }) : formatIssue(found);
}
