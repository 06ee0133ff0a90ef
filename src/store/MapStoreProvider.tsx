import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { DatasetIndex } from '../model/indexDataset';
import { createMapStore, type InitialMapState, type MapState, type MapStore } from './createMapStore';

const MapStoreContext = createContext<MapStore | null>(null);

/** Creates one store for each mounted map, so two embeds on a page, and every test, start clean. */
export function MapStoreProvider({ index, initial, children }: { index: DatasetIndex; initial?: InitialMapState; children: ReactNode }) {
  const [store] = useState(() => createMapStore(index, initial));
  // An edit brings a new dataset: the same store takes it, so selection and filters survive.
  useEffect(() => {
    if (store.getState().index !== index) store.getState().replaceIndex(index);
  }, [store, index]);
  return <MapStoreContext.Provider value={store}>{children}</MapStoreContext.Provider>;
}

export function useMapStoreApi(): MapStore {
  const store = useContext(MapStoreContext);
  if (!store) throw new Error('useMapStore needs a MapStoreProvider above it');
  return store;
}

export function useMapStore<T>(selector: (state: MapState) => T): T {
  return useStore(useMapStoreApi(), selector);
}
