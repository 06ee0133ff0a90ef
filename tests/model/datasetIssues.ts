/** A dataset's problems as a journalist reads them in the error list: `path: message`, in order. */
import { parseDataset } from '../../src/model/parseDataset';
import { formatIssue } from '../../src/model/validationIssue';

export const errorsOf = (dataset: unknown): string[] => {
  const result = parseDataset(dataset);
  return result.ok ? [] : result.errors.map(formatIssue);
};

export const warningsOf = (dataset: unknown): string[] => parseDataset(dataset).warnings.map(formatIssue);
