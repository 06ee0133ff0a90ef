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
    // Blocs as the page opened them stay as its address had them: left out, as the view's size has it.
    const opened = formatBlocs(store.getState().closedBlocs, store.getState().blocs);
    const openedParam = parseViewState(window.location.search).blocs;
    const unsubscribe = store.subscribe((state, previous) => {
      if (applyingHistory) return;
      const selectionChanged = state.selection !== previous.selection;
      if (!selectionChanged && state.filters === previous.filters && state.lineMode === previous.lineMode && state.closedBlocs === previous.closedBlocs) return;
      const shown = formatBlocs(state.closedBlocs, state.blocs);
      const blocs = shown === opened ? openedParam : shown;
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
      const closed = parseBlocs(view.blocs ?? null, store.getState().blocs);
      if (closed) store.getState().setClosedBlocs(closed);
      applyingHistory = false;
    };
    window.addEventListener('popstate', handlePopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', handlePopState);
    };
  }, [store]);
}
