import { createContext, useContext } from 'react';
import type { EditResult, RawDataset } from '../model/edits';

/** Authoring, as the app offers it to the panels: one undoable edit at a time, saved as it happens. */
export interface DatasetEditor {
  /** Applies an edit once it has been checked; resolves to the reason when it was refused, or null. */
  edit(change: (dataset: RawDataset) => EditResult): Promise<string | null>;
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
  /** When the work was last kept in this browser; null before the first edit. */
  savedAt: number | null;
  /** Why work cannot be kept in this browser, when it cannot: the work is then offered as a download. */
  storageProblem: string | null;
  /** A map of one's own with nothing on it yet: Edit mode comes on by itself, the first step being to map words. */
  invitesEditing: boolean;
  /** The edits restored from an earlier visit, with the way to drop them. */
  restored: { savedAt: number; discard(): void } | null;
}

export const DatasetEditorContext = createContext<DatasetEditor | null>(null);

export function useDatasetEditor(): DatasetEditor | null {
  return useContext(DatasetEditorContext);
}
