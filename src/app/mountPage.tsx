import { StrictMode, useLayoutEffect, type ComponentType, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyPageFlags, parseEmbedOptions } from '../embed/embedOptions';
import { startInterfaceLanguage } from '../i18n/interfaceLanguage';
import type { ParseResult } from '../model/parseDataset';
import type { AppProps } from './App';
import { firstFrameReplaced, showsFirstFrame } from './firstFrame/replaceFirstFrame';
import './styles.css';

/**
 * Starts a page with the dataset it carries: the explorer's through mount.tsx, embed.html's own
 * (embedDataset.ts) directly, so that each bundle holds only the copy it shows.
 */
export function mountPage(
  Root: ComponentType<AppProps>,
  { embedPage, data, checked, sourceName, withExplorer = true }: { embedPage: boolean; data: unknown; checked?: ParseResult; sourceName: string; withExplorer?: boolean },
) {
  const search = window.location.search;
  const container = document.getElementById('root')!;
  applyPageFlags(document.documentElement, parseEmbedOptions(search, { embedPage }));
  const language = startInterfaceLanguage(search, document.documentElement);
  const render = () => (language ? void language.then(renderApp) : renderApp());
  const renderApp = () =>
    createRoot(container).render(
      <StrictMode>
        <ReplacesFirstFrame container={container}>
          <Root data={data} checked={checked} sourceName={sourceName} dataUrl={new URLSearchParams(search).get('data')} search={search} embedPage={embedPage} explorerBase={withExplorer ? new URL('./', window.location.href).href : null} />
        </ReplacesFirstFrame>
      </StrictMode>,
    );
  // A prerendered first frame is on screen only once the browser has painted it: rendering the
  // app first would keep the main thread busy until the app's own first frame. A page that is
  // not drawn (an iframe in a hidden container) gets no animation frame, and starts anyway.
  if (showsFirstFrame(container)) {
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      render();
    };
    requestAnimationFrame(() => setTimeout(start, 0));
    setTimeout(start, UNPAINTED_START_MS);
  } else render();
}

/** How long the app waits for the first frame to be painted before it renders regardless. */
const UNPAINTED_START_MS = 100;

/** React clears the container when it first commits; from then on the page is live. */
function ReplacesFirstFrame({ container, children }: { container: HTMLElement; children: ReactNode }) {
  useLayoutEffect(() => firstFrameReplaced(container), [container]);
  return children;
}
