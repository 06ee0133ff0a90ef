import { useEffect, useMemo, useState } from 'react';
import { EmbedView } from '../components/EmbedView';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { DatasetProblems } from '../components/panels/DatasetProblems';
import { parseEmbedOptions } from '../embed/embedOptions';
import { parseViewState } from '../embed/urlState';
import { fetchDataset, type LoadResult } from '../io/fetchDataset';
import { indexDataset } from '../model/indexDataset';
import { parseDataset } from '../model/parseDataset';
import type { AppProps } from './App';
import { t } from '../i18n/translate';

type Loaded = { status: 'loading'; name: string } | LoadResult;

/**
 * embed.html: the dataset (bundled, or fetched from `?data=`), validated once, and the embed view;
 * or the list of its problems. Nothing of the explorer (authoring, other formats, the browser's
 * storage, presentation) is imported here, so the one-file page stays small. The explorer shows
 * the same view at `index.html?embed=1`.
 */
export function EmbedApp({ data, checked, sourceName, dataUrl = null, search = '', explorerBase = './' }: AppProps) {
  const [loaded, setLoaded] = useState<Loaded>(() =>
    dataUrl ? { status: 'loading', name: dataUrl } : { ok: true, name: sourceName, text: '', result: checked ?? parseDataset(data) },
  );
  useEffect(() => {
    if (!dataUrl) return;
    let current = true;
    void fetchDataset(dataUrl).then((result) => current && setLoaded(result));
    return () => {
      current = false;
    };
  }, [dataUrl]);
  const options = useMemo(() => parseEmbedOptions(search, { embedPage: true }), [search]);
  const initial = useMemo(() => parseViewState(search), [search]);
  const parsed = 'result' in loaded ? loaded.result : null;
  const index = useMemo(() => (parsed?.ok ? indexDataset(parsed.dataset, parsed.anchors) : null), [parsed]);

  if ('status' in loaded) {
    return (
      <main className="dataset-problems" role="status">
        <p>{t('Opening {name}…', { name: loaded.name })}</p>
      </main>
    );
  }
  if (!loaded.ok) return <DatasetProblems source={loaded.name} loadError={loaded.message} errors={[]} warnings={[]} />;
  if (!loaded.result.ok || !index) return <DatasetProblems source={loaded.name} errors={loaded.result.ok ? [] : loaded.result.errors} warnings={loaded.result.warnings} />;
  return (
    <ErrorBoundary>
      <EmbedView index={index} initial={initial} options={options} explorerBase={explorerBase} explorerQuery={dataUrl ? new URLSearchParams({ data: dataUrl }).toString() : ''} />
    </ErrorBoundary>
  );
}
