import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { applyPageFlags, parseEmbedOptions } from '../embed/embedOptions';
import type { AppProps } from './App';
import './styles.css';

/**
 * Starts a page with the dataset it carries: the explorer's through mount.tsx, embed.html's own
 * (embedDataset.ts) directly, so that each bundle holds only the copy it shows.
 */
export function mountPage(Root: ComponentType<AppProps>, { embedPage, data, sourceName }: { embedPage: boolean; data: unknown; sourceName: string }) {
  const search = window.location.search;
  applyPageFlags(document.documentElement, parseEmbedOptions(search, { embedPage }));
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Root data={data} sourceName={sourceName} dataUrl={new URLSearchParams(search).get('data')} search={search} embedPage={embedPage} explorerBase={new URL('./', window.location.href).href} />
    </StrictMode>,
  );
}
