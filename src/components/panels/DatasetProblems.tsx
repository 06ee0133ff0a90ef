import { formatPath } from '../../model/formatPath';
import type { ValidationIssue } from '../../model/validationIssue';
import { formatLocation, type ImportIssue } from '../../model/formats/importIssue';
import { useDatasetOpener } from '../DatasetOpener';
import { t, tn } from '../../i18n/translate';

const MOST_SHOWN = 100;

/** Where a problem is: file, row and column for a spreadsheet import, else the JSON path. */
const placeOf = (found: ValidationIssue | ImportIssue) => ('location' in found && found.location ? formatLocation(found.location) : formatPath(found.path));

const errorCount = (count: number) => tn(count, '{count} error', '{count} errors');
const warningCount = (count: number) => tn(count, '{count} warning', '{count} warnings');

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
      <h1>{loadError ? t('This dataset could not be opened') : t('This dataset cannot be shown yet')}</h1>
      {loadError ? (
        <p>
          {source} {loadError}
        </p>
      ) : (
        <p>
          {warnings.length > 0
            ? t('{source} has {errors} and {warnings}. Each names the place in the file and what to change.', { source, errors: errorCount(errors.length), warnings: warningCount(warnings.length) })
            : t('{source} has {errors}. Each names the place in the file and what to change.', { source, errors: errorCount(errors.length) })}
        </p>
      )}
      <ol>
        {all.slice(0, MOST_SHOWN).map((found, position) => (
          <li key={position} data-severity={found.severity}>
            <span className="severity">{found.severity === 'error' ? t('error') : t('warning')}</span> <code>{placeOf(found)}</code> {found.message}
          </li>
        ))}
      </ol>
      {all.length > MOST_SHOWN && <p>{tn(all.length - MOST_SHOWN, '…and {count} more.', '…and {count} more.')}</p>}
      {opener && (
        <p className="problem-actions">
          <label className="file-button">
            {t('Open another file…')}
            <input type="file" accept=".json,.csv,.tsv,.txt,application/json,text/csv,text/plain"
              multiple onChange={(event) => opener.openFiles([...(event.target.files ?? [])])} />
          </label>{' '}
          <a href="./">{t('Open the bundled map')}</a>
        </p>
      )}
    </main>
  );
}
