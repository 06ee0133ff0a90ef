import { Fragment, Suspense, type ComponentType, type ReactNode } from 'react';
import type { Actor, Relation } from '../../model/datasetSchema';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectIndex, selectSelection } from '../../store/selectors';
import { t, tn } from '../../i18n/translate';
import { tElements } from '../../i18n/tElements';
import type { SelectedDetailsProps } from './SelectedDetails';


interface DetailsPanelProps {
  /** In an embed: no article beside the map, and a link to the full explorer at this view instead. */
  embedded?: { explorerHref: string | null };
  /**
   * What goes under the selected item besides its passages: the explorer's Edit and Delete. Passed
   * in rather than imported, so that the embed's one-file bundle carries no authoring code.
   */
  actions?: (item: SelectedItem) => ReactNode;
  /**
   * How the details are drawn: the explorer loads them after the first frame (Explorer.tsx);
   * embed.html, one file, holds them anyway.
   */
  details: ComponentType<SelectedDetailsProps>;
}

export type SelectedItem = { kind: 'actor'; actor: Actor } | { kind: 'relation'; relation: Relation };

/** What is selected, with the passages behind it: the product's promise, one click away. */
export function DetailsPanel({ embedded, actions, details: SelectedDetails }: DetailsPanelProps) {
  const selection = useMapStore(selectSelection);
  const index = useMapStore(selectIndex);
  const clearSelection = useMapStore((state) => state.clearSelection);
  const relation = selection?.kind === 'relation' ? index.relationsById.get(selection.id) : undefined;
  const actor = selection?.kind === 'actor' ? index.actorsById.get(selection.id) : undefined;
  return (
    <aside className="details-panel" aria-label={t('Details')} data-empty={!relation && !actor ? 'true' : undefined}>
      {/* First, so that it stays in view at the panel's top however far the panel is scrolled. */}
      {(relation || actor) && (
        <button type="button" className="close-button" aria-label={t('Close details')} onClick={(event) => closeAndReturnFocus(event.currentTarget, clearSelection)}>
          ×
        </button>
      )}
      <Suspense fallback={null}>{(relation || actor) && <SelectedDetails relation={relation} actor={actor} embedded={Boolean(embedded)} />}</Suspense>
      {actions && relation && <Fragment key={relation.id}>{actions({ kind: 'relation', relation })}</Fragment>}
      {actions && actor && <Fragment key={actor.id}>{actions({ kind: 'actor', actor })}</Fragment>}
      {embedded?.explorerHref && (relation || actor) && (
        <p className="open-explorer">
          <a href={embedded.explorerHref} target="_blank" rel="noopener">
            {t('Open in the full map with the article ↗')}
          </a>
        </p>
      )}
      {!relation && !actor && !embedded && (
        <div className="details-empty">
          <p>
            {tElements('{select} on the map to see who is involved and the passage of the article behind it.', { select: <strong>{t('Select an actor or a line')}</strong> })}
          </p>
          <p className="muted">
            {t('{actors} and {stances}, each traced to the article’s own words.', {
              actors: tn(index.dataset.actors.length, '{count} actor', '{count} actors'),
              stances: tn(index.dataset.relations.length, '{count} stance', '{count} stances'),
            })}
          </p>
        </div>
      )}
    </aside>
  );
}

/** Closing the details puts the keyboard back on the map element they were about. */
function closeAndReturnFocus(button: HTMLElement, clearSelection: () => void) {
  const map = button.closest('.explorer')?.querySelector<SVGSVGElement | HTMLCanvasElement>('svg.stance-map-svg, canvas.stance-map-canvas');
  const target = map?.querySelector<SVGGElement>('[tabindex="0"]') ?? map;
  clearSelection();
  target?.focus();
}
