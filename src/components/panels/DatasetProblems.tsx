import { formatPath } from '../../model/formatPath';
import type { ValidationIssue } from '../../model/validationIssue';
import { formatLocation, type ImportIssue } from '../../model/formats/importIssue';
import { useDatasetOpener } from '../DatasetOpener';
import { plural } from '../../model/plural';

const MOST_SHOWN = 100;

/** Where a problem is: file, row and column for a spreadsheet import, else the JSON path. */
const placeOf = (found: ValidationIssue | ImportIssue) => ('location' in found && found.location ? formatLocation(found.location) : formatPath(found.path));

/** The problems of a dataset that cannot be shown, as a list a journalist can work through. */
interface DatasetProblemsProps {
  source: string;
  /** The dataset could not even be read (a network or file error). */
  loadError?: string;
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
}

export function DatasetProblems({ source, loadError, errors, warnings }: DatasetProblemsProps) {
  const all = [...errors, ...warnings];
  const opener = useDatasetOpener();
  return (
    <main className="dataset-problems">
      <h1>{loadError ? 'This dataset could not be opened' : 'This dataset cannot be shown yet'}</h1>
      {loadError ? (
        <p>
          {source} {loadError}
        </p>
      ) : (
        <p>
          {source} has {plural(errors.length, 'error')}
          {warnings.length > 0 && ` and ${plural(warnings.length, 'warning')}`}. Each names the place in the file and what
          to change.
        </p>
      )}
      <ol>
        {all.slice(0, MOST_SHOWN).map((found, position) => (
          <li key={position} data-severity={found.severity}>
            <span className="severity">{found.severity}</span> <code>{placeOf(found)}</code> {found.message}
          </li>
        ))}
      </ol>
      {all.length > MOST_SHOWN && <p>…and {all.length - MOST_SHOWN} more.</p>}
      {opener && (
        <p className="problem-actions">
          <label className="file-button">
            Open another file…
            <input type="file" accept=".json,.csv,.tsv,.txt,application/json,text/csv,text/plain"
              multiple onChange={(event) => opener.openFiles([...(event.target.files ?? [])])} />
          </label>{' '}
          <a href="./">Open the bundled map</a>
        </p>
      )}
    </main>
  );
}
