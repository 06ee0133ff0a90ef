import { readFileSync } from 'node:fs';
import { render } from '@testing-library/react';
import { App } from '../../src/app/App';
import { parseDataset } from '../../src/model/parseDataset';

export const SMALL_FIXTURE = JSON.parse(readFileSync('data/fixtures/small.json', 'utf8'));

/**
 * Renders the whole app on a dataset, with the view a URL would carry. It is validated first, as
 * the build does for the bundled dataset (main.tsx), so the app renders it at once.
 */
export function renderExplorer(search = '', data: unknown = SMALL_FIXTURE) {
  window.history.replaceState(null, '', `/${search}`);
  return render(<App data={data} checked={parseDataset(data)} sourceName="small.json" search={search} />);
}
