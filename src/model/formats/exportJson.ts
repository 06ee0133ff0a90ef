import type { Dataset } from '../datasetSchema';

/** The dataset file: 2-space JSON with a final newline; every field kept, unknown ones included. */
export function exportJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
