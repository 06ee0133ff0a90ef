import { createContext, useContext } from 'react';

/** How any part of the page opens another dataset: files from a picker or a drop, or a remembered one. */
export interface DatasetOpener {
  openFiles(files: readonly File[]): void;
  openText(name: string, text: string): void;
}

export const DatasetOpenerContext = createContext<DatasetOpener | null>(null);

export function useDatasetOpener(): DatasetOpener | null {
  return useContext(DatasetOpenerContext);
}
