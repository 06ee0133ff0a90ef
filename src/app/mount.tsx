import type { ComponentType } from 'react';
import type { AppProps } from './App';
import { BUNDLED_DATASET, BUNDLED_DATASET_CHECKED, BUNDLED_DATASET_NAME } from './bundledDataset';
import { mountPage } from './mountPage';

/** Starts the explorer's page (index.html, with App) on the bundled dataset. */
export function mount(Root: ComponentType<AppProps>, { embedPage }: { embedPage: boolean }) {
  mountPage(Root, { embedPage, data: BUNDLED_DATASET, checked: BUNDLED_DATASET_CHECKED, sourceName: BUNDLED_DATASET_NAME });
}
