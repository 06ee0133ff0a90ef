import { t } from '../i18n/translate';
import { formatPath, type PathSegment } from './formatPath';

export type Severity = 'error' | 'warning';

/** One problem in a dataset, at an exact place, in words a journalist can act on. */
export interface ValidationIssue {
  severity: Severity;
  path: PathSegment[];
  message: string;
}

export function issue(severity: Severity, path: PathSegment[], message: string): ValidationIssue {
  return { severity, path, message };
}

/** `relations[3].stance: “supports” is not one of: …` */
export function formatIssue({ path, message }: ValidationIssue): string {
  return `${formatPath(path)}: ${message}`;
}

/** A value as a message shows it: short, typographic quotes, never the whole of a long text. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return t('“{value}”', { value: value.length > 80 ? `${value.slice(0, 77)}…` : value });
  if (value === null) return 'null';
  if (Array.isArray(value)) return t('a list');
  if (typeof value === 'object') return t('an object');
  return String(value);
}

export function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : t(' (did you mean “{suggestion}”?)', { suggestion });
}
