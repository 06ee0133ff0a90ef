import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { preloadable } from '../preloadable';

const RelationsForPaper = preloadable(() => import('./RelationsForPaper').then((module) => module.RelationsForPaper));

/**
 * Only on paper: after the map, every relation with its passages, grouped by stance, and the
 * article's credit, so a printout keeps the promise of no line without its passage.
 *
 * Rendered only while printing: for a map of thousands of relations it is tens of thousands of
 * elements that the screen never shows. Its module is fetched in idle time, out of the first load.
 */
export function PrintRelations() {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    RelationsForPaper.preload();
    // The list must be in the page before the browser lays it out for paper: render it at once.
    const start = () => flushSync(() => setPrinting(true));
    const end = () => setPrinting(false);
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
    };
  }, []);
  return printing ? <RelationsForPaper /> : null;
}
