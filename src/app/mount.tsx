import type { ComponentType } from 'react';
import { readInlineDataset, INLINE_DATASET_NAME } from '../embed/inlineDataset';
import type { AppProps } from './App';
import { BUNDLED_DATASET, BUNDLED_DATASET_CHECKED, BUNDLED_DATASET_NAME } from './bundledDataset';
import { mountPage } from './mountPage';

/**
 * Starts the explorer's page (index.html, with App) on the bundled dataset, or on the dataset the
 * page carries: only a one-file page (the standalone build, written with someone's own map by
 * selfContainedPage.ts) carries one, so the deployed explorer's first load does without the reader.
 */
export function mount(Root: ComponentType<AppProps>, { embedPage }: { embedPage: boolean }) {
  const inline = import.meta.env.SINGLE_FILE ? readInlineDataset(document) : null;
  if (inline) mountPage(Root, { embedPage, data: inline.data, sourceName: INLINE_DATASET_NAME });
  else mountPage(Root, { embedPage, data: BUNDLED_DATASET, checked: BUNDLED_DATASET_CHECKED, sourceName: BUNDLED_DATASET_NAME });
}
