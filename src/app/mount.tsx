import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { applyPageFlags, parseEmbedOptions } from '../embed/embedOptions';
import type { AppProps } from './App';
import { BUNDLED_DATASET, BUNDLED_DATASET_NAME } from './bundledDataset';
import './styles.css';

/** Starts a page: the explorer (index.html, with App) or the embed view (embed.html, with EmbedApp). */
export function mount(Root: ComponentType<AppProps>, { embedPage }: { embedPage: boolean }) {
  const search = window.location.search;
  applyPageFlags(document.documentElement, parseEmbedOptions(search, { embedPage }));
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Root data={BUNDLED_DATASET} sourceName={BUNDLED_DATASET_NAME} dataUrl={new URLSearchParams(search).get('data')} search={search} embedPage={embedPage} explorerBase={new URL('./', window.location.href).href} />
    </StrictMode>,
  );
}
