import { createContext, useContext } from 'react';

/** The view a first frame is drawn for: its size decides, as a reader's window would, whether the map opens in blocs. */
export interface PrerenderedView {
  width: number;
  height: number;
}

/**
 * Set while the page's first frame is rendered to static HTML at build time (src/app/firstFrame/).
 * No effect runs there, so what effects would measure and set (the map's fit to its box) is
 * expressed in markup instead.
 */
export const PrerenderContext = createContext<PrerenderedView | false>(false);

export const usePrerendering = () => useContext(PrerenderContext);
