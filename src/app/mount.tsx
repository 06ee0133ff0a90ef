import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyPageFlags, parseEmbedOptions } from '../embed/embedOptions';
import { App } from './App';
import { BUNDLED_DATASET, BUNDLED_DATASET_NAME } from './bundledDataset';
import './styles.css';

/** Starts the app in this page: the explorer (index.html) or the embed view (embed.html). */
export function mount({ embedPage }: { embedPage: boolean }) {
  const search = window.location.search;
  applyPageFlags(document.documentElement, parseEmbedOptions(search, { embedPage }));
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App data={BUNDLED_DATASET} sourceName={BUNDLED_DATASET_NAME} dataUrl={new URLSearchParams(search).get('data')} search={search} embedPage={embedPage} explorerBase={new URL('./', window.location.href).href} />
    </StrictMode>,
  );
}
