import { createContext, useContext } from 'react';

/**
 * True while the page's first frame is rendered to static HTML at build time (src/app/firstFrame/).
 * No effect runs there, so what effects would measure and set (the map's fit to its box) is
 * expressed in markup instead.
 */
export const PrerenderContext = createContext(false);

export const usePrerendering = () => useContext(PrerenderContext);
