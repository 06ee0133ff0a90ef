import { readFileSync } from 'node:fs';
import { render } from '@testing-library/react';
import { App } from '../../src/app/App';

export const SMALL_FIXTURE = JSON.parse(readFileSync('data/fixtures/small.json', 'utf8'));

/** Renders the whole app on a dataset, as main.tsx does, with the view a URL would carry. */
export function renderExplorer(search = '', data: unknown = SMALL_FIXTURE) {
  window.history.replaceState(null, '', `/${search}`);
  return render(<App data={data} sourceName="small.json" search={search} />);
}
