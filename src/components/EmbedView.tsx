import { useEffect, useRef } from 'react';
import { createHeightReporter } from '../embed/createHeightReporter';
import type { EmbedOptions } from '../embed/embedOptions';
import { serializeViewState } from '../embed/urlState';
import type { DatasetIndex } from '../model/indexDataset';
import { isSafeHttpUrl } from '../model/textFragmentUrl';
import type { InitialMapState } from '../store/createMapStore';
import { MapStoreProvider, useMapStore, useMapStoreApi } from '../store/MapStoreProvider';
import { useGlobalKeys } from './controllers/useGlobalKeys';
import { StanceMap } from './graph/StanceMap';
import { formatPublished } from './panels/formatPublished';
import { DetailsPanel } from './panels/DetailsPanel';
import { LegendFilters } from './panels/LegendFilters';
import { MapKey } from './panels/MapKey';

interface EmbedViewProps {
  index: DatasetIndex;
  initial?: InitialMapState;
  options: EmbedOptions;
  /** Where the full explorer lives, e.g. `new URL('./', location.href)`; null for a page with no explorer beside it (a self-contained embed page). */
  explorerBase: string | null;
  /** The `?data=` address the embed opened, which the link to the explorer carries on. */
  dataUrl?: string | null;
}

/**
 * The map for an iframe in someone else's page: the title, the map with its key folded in a
 * corner and the passage over it, and a one-line source. It tells its parent its height, and opens every link in a new tab.
 */
export function EmbedView({ index, initial, options, explorerBase, dataUrl = null }: EmbedViewProps) {
  return (
    <MapStoreProvider index={index} initial={initial}>
      <EmbedLayout options={options} explorerBase={explorerBase} dataUrl={dataUrl} />
    </MapStoreProvider>
  );
}

function EmbedLayout({ options, explorerBase, dataUrl }: { options: EmbedOptions; explorerBase: string | null; dataUrl: string | null }) {
  const store = useMapStoreApi();
  const rootRef = useRef<HTMLDivElement>(null);
  const { dataset } = useMapStore((state) => state.index);
  const explorerHref = useMapStore((state) => (explorerBase === null ? null : explorerLink(explorerBase, serializeViewState({ selection: state.selection, filters: state.filters, lines: state.lineMode }), dataUrl)));
  useGlobalKeys(store);
  useEffect(() => createHeightReporter(window, rootRef.current!).destroy, []);
  const { article } = dataset;
  return (
    <div ref={rootRef} className="embed" data-static={options.static || undefined}>
      {!options.plain && (
        <header className="embed-header">
          <h1>{dataset.title}</h1>
        </header>
      )}
      <div className="embed-stage">
        <StanceMap interactive={!options.static} />
        {!options.static && (
          <div className="map-overlay" data-covers-map>
            <MapKey initiallyOpen={false} />
          </div>
        )}
        <DetailsPanel embedded={{ explorerHref }} />
      </div>
      {/* A static map is a picture: its key is printed under it, whole. */}
      {options.static && <LegendFilters interactive={false} />}
      {!options.plain && (
        <footer className="embed-source" title={`Source: ${article.title}, ${article.author}, ${article.outlet}, ${formatPublished(article.published)}. ${article.rights}`}>
          <span className="embed-credit">
            Source:{' '}
            {isSafeHttpUrl(article.url) ? (
              <a href={article.url} target="_blank" rel="noopener noreferrer">
                {article.title}
              </a>
            ) : (
              article.title
            )}
            , {article.author}, {article.outlet}, {formatPublished(article.published)}. {article.rights}
          </span>
          {explorerHref !== null && (
            <>
              {' '}
              <a href={explorerHref} target="_blank" rel="noopener">
                Explore the full map ↗
              </a>
            </>
          )}
        </footer>
      )}
    </div>
  );
}

/** The explorer's address for the view, with the embed's `?data=` carried on so it opens the same dataset. */
function explorerLink(explorerBase: string, viewQuery: string, dataUrl: string | null): string {
  if (!dataUrl) return `${explorerBase}${viewQuery}`;
  const params = new URLSearchParams(viewQuery);
  params.delete('data');
  return `${explorerBase}?data=${encodeURIComponent(dataUrl)}${params.size > 0 ? `&${params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',')}` : ''}`;
}
