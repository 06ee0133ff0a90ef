import { useEffect } from 'react';
import { parseViewState, serializeViewState } from '../../embed/urlState';
import { formatBlocs, parseBlocs } from '../../model/blocs';
import type { MapStore } from '../../store/createMapStore';
import { writeUrl } from './history';

/**
 * Keeps the address bar in step with the view, so any view can be shared: a new selection is a
 * new history entry (Back undoes it), a filter change replaces the current one.
 */
export function useUrlSync(store: MapStore) {
  useEffect(() => {
    let applyingHistory = false;
    const unsubscribe = store.subscribe((state, previous) => {
      if (applyingHistory) return;
      const selectionChanged = state.selection !== previous.selection;
      if (!selectionChanged && state.filters === previous.filters && state.lineMode === previous.lineMode && state.closedBlocs === previous.closedBlocs) return;
      const blocs = state.closedBlocs.size ? formatBlocs(state.closedBlocs, state.blocs) : null;
      const query = serializeViewState({ selection: state.selection, filters: state.filters, lines: state.lineMode, blocs }, window.location.search);
      const url = `${window.location.pathname}${query}${window.location.hash}`;
      if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
      writeUrl(url, selectionChanged ? 'push' : 'replace');
    });
    const handlePopState = () => {
      const view = parseViewState(window.location.search);
      applyingHistory = true;
      store.getState().select(view.selection);
      store.getState().setFilters(view.filters);
      store.getState().setLineMode(view.lines ?? 'grouped');
      store.getState().setClosedBlocs(parseBlocs(view.blocs ?? null, store.getState().blocs) ?? []);
      applyingHistory = false;
    };
    window.addEventListener('popstate', handlePopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', handlePopState);
    };
  }, [store]);
}
