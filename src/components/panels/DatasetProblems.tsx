import { formatPath } from '../../model/formatPath';
import type { ValidationIssue } from '../../model/validationIssue';

const MOST_SHOWN = 100;

/** The problems of a dataset that cannot be shown, as a list a journalist can work through. */
export function DatasetProblems({ source, errors, warnings }: { source: string; errors: ValidationIssue[]; warnings: ValidationIssue[] }) {
  const all = [...errors, ...warnings];
  return (
    <main className="dataset-problems">
      <h1>This dataset cannot be shown yet</h1>
      <p>
        {source} has {errors.length} {errors.length === 1 ? 'error' : 'errors'}
        {warnings.length > 0 && ` and ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}`}. Each names the place in the file and what
        to change.
      </p>
      <ol>
        {all.slice(0, MOST_SHOWN).map((found, position) => (
          <li key={position} data-severity={found.severity}>
            <span className="severity">{found.severity}</span> <code>{formatPath(found.path)}</code> {found.message}
          </li>
        ))}
      </ol>
      {all.length > MOST_SHOWN && <p>…and {all.length - MOST_SHOWN} more.</p>}
    </main>
  );
}
