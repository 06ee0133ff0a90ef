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
import { creditAfterTitle, rightsAfter } from './panels/articleCredit';
import { DetailsPanel } from './panels/DetailsPanel';
// embed.html is one file that holds the details anyway: not put behind a load there.
import { SelectedDetails } from './panels/SelectedDetails';
import { LegendFilters } from './panels/LegendFilters';
import { MapKey } from './panels/MapKey';
import { t } from '../i18n/translate';
import { tElements } from '../i18n/tElements';

interface EmbedViewProps {
  index: DatasetIndex;
  initial?: InitialMapState;
  options: EmbedOptions;
  /** Where the full explorer lives, e.g. `new URL('./', location.href)`; null for a page with no explorer beside it (a self-contained embed page). */
  explorerBase: string | null;
  /** Parameters the links to the explorer carry besides the view: the embed's `data=`, so it opens the same dataset. */
  explorerQuery?: string;
}

/**
 * The map for an iframe in someone else's page: the title, the map with its key folded in a
 * corner and the passage over it, and a one-line source. It tells its parent its height, and opens every link in a new tab.
 */
export function EmbedView({ index, initial, options, explorerBase, explorerQuery = '' }: EmbedViewProps) {
  return (
    <MapStoreProvider index={index} initial={initial}>
      <EmbedLayout options={options} explorerBase={explorerBase} explorerQuery={explorerQuery} />
    </MapStoreProvider>
  );
}

function EmbedLayout({ options, explorerBase, explorerQuery }: { options: EmbedOptions; explorerBase: string | null; explorerQuery: string }) {
  const store = useMapStoreApi();
  const rootRef = useRef<HTMLDivElement>(null);
  const { dataset } = useMapStore((state) => state.index);
  const explorerHref = useMapStore((state) => (explorerBase === null ? null : `${explorerBase}${serializeViewState({ selection: state.selection, filters: state.filters, lines: state.lineMode }, explorerQuery)}`));
  useGlobalKeys(store);
  useEffect(() => createHeightReporter(window, rootRef.current!).destroy, []);
  const { article } = dataset;
  return (
    <div ref={rootRef} className="embed" data-static={options.static || undefined}>
      {!options.plain && (
        <header className="embed-header">
          <h1 dir="auto">{dataset.title}</h1>
        </header>
      )}
      <div className="embed-stage">
        <StanceMap interactive={!options.static} />
        {!options.static && (
          <div className="map-overlay" data-covers-map>
            <MapKey initiallyOpen={false} />
          </div>
        )}
        <DetailsPanel embedded={{ explorerHref }} details={SelectedDetails} />
      </div>
      {/* A static map is a picture: its key is printed under it, whole. */}
      {options.static && <LegendFilters interactive={false} />}
      {!options.plain && (
        <footer className="embed-source" title={t('Source: {title}{credit}.', { title: article.title, credit: creditAfterTitle(article, { by: false }) }) + rightsAfter(article)}>
          <span className="embed-credit">
            {tElements('Source: {title}{credit}.', {
              title:
                article.url && isSafeHttpUrl(article.url) ? (
                  <a href={article.url} target="_blank" rel="noopener noreferrer">
                    <bdi lang={article.language}>{article.title}</bdi>
                  </a>
                ) : (
                  <bdi lang={article.language}>{article.title}</bdi>
                ),
              credit: creditAfterTitle(article, { by: false }),
            })}
            {rightsAfter(article)}
          </span>
          {explorerHref !== null && (
            <>
              {' '}
              <a href={explorerHref} target="_blank" rel="noopener">
                {t('Explore the full map ↗')}
              </a>
            </>
          )}
        </footer>
      )}
    </div>
  );
}

