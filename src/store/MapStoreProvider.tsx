import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { DatasetIndex } from '../model/indexDataset';
import { usePrerendering } from '../components/prerender';
import { areaOpeningInBlocs, viewArea } from '../layout/roomForLabels';
import { CANVAS_ABOVE_ACTORS } from '../components/graph/chooseRenderer';
import { createMapStore, type InitialMapState, type MapState, type MapStore } from './createMapStore';

const MapStoreContext = createContext<MapStore | null>(null);

/** Creates one store for each mounted map, so two embeds on a page, and every test, start clean. */
export function MapStoreProvider({ index, initial, children }: { index: DatasetIndex; initial?: InitialMapState; children: ReactNode }) {
  const prerendered = usePrerendering();
  const [store] = useState(() => createMapStore(index, { ...initial, blocs: initial?.blocs ?? blocsForView(index, prerendered || { width: window.innerWidth, height: window.innerHeight }) }));
  // An edit brings a new dataset: the same store takes it, so selection and filters survive.
  useEffect(() => {
    if (store.getState().index !== index) store.getState().replaceIndex(index);
  }, [store, index]);
  return <MapStoreContext.Provider value={store}>{children}</MapStoreContext.Provider>;
}

/**
 * With no `?blocs=`: every bloc closed on a view too small for every actor's label
 * (roomForLabels.ts), else none. Maps drawn on a canvas (CANVAS_ABOVE_ACTORS) open with every
 * actor: the canvas draws no bloc's count yet.
 */
export function blocsForView(index: DatasetIndex, { width, height }: { width: number; height: number }): 'all' | null {
  const { actors } = index.dataset;
  return viewArea(width, height) < areaOpeningInBlocs(actors, actors.length > CANVAS_ABOVE_ACTORS) ? 'all' : null;
}

export function useMapStoreApi(): MapStore {
  const store = useContext(MapStoreContext);
  if (!store) throw new Error('useMapStore needs a MapStoreProvider above it');
  return store;
}

export function useMapStore<T>(selector: (state: MapState) => T): T {
  return useStore(useMapStoreApi(), selector);
}
