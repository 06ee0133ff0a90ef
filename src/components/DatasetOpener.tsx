import { createContext, useContext } from 'react';

/** How any part of the page opens another dataset: files from a picker or a drop, or a remembered one. */
export interface DatasetOpener {
  openFiles(files: readonly File[]): void;
  openText(name: string, text: string): void;
  /** Opens one of "Your maps", kept in this browser, by its local id (the address's `?map=`). */
  openMap(mapId: string): void;
  /** The local id of the map of one's own on screen, or null when the page shows another dataset. */
  currentMapId: string | null;
}

export const DatasetOpenerContext = createContext<DatasetOpener | null>(null);

export function useDatasetOpener(): DatasetOpener | null {
  return useContext(DatasetOpenerContext);
}
