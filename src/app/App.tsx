import { useMemo } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Explorer } from '../components/Explorer';
import { DatasetProblems } from '../components/panels/DatasetProblems';
import { parseViewState } from '../embed/urlState';
import { indexDataset } from '../model/indexDataset';
import { parseDataset } from '../model/parseDataset';

export interface AppProps {
  /** The dataset as loaded, not yet trusted: it is validated here, once. */
  data: unknown;
  sourceName: string;
  /** The page's query string: the view to open with. */
  search?: string;
}

export function App({ data, sourceName, search = '' }: AppProps) {
  const parsed = useMemo(() => parseDataset(data), [data]);
  const index = useMemo(() => (parsed.ok ? indexDataset(parsed.dataset) : null), [parsed]);
  const initial = useMemo(() => parseViewState(search), [search]);
  if (!parsed.ok || !index) {
    return <DatasetProblems source={sourceName} errors={parsed.ok ? [] : parsed.errors} warnings={parsed.warnings} />;
  }
  return (
    <ErrorBoundary>
      <Explorer index={index} initial={initial} />
    </ErrorBoundary>
  );
}
