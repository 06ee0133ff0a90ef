import { useId, useState } from 'react';
import { usePrerendering } from '../prerender';
import { LegendFilters } from './LegendFilters';
import { t } from '../../i18n/translate';

/** Whether the key opens unfolded: where the map is wide and tall enough that it covers little of the drawing. */
export function keyOpensUnfolded(): boolean {
  // The prerendered first frame (no window) shows it folded, as most screens open it.
  if (typeof window === 'undefined') return false;
  return typeof window.matchMedia === 'function' && window.matchMedia('(min-width: 1680px) and (min-height: 940px)').matches;
}

/**
 * The legend as a key in a corner of the map: stances, actor kinds and status, each stance and
 * kind a filter. A button folds it away, so the drawing has the whole map. Folded, the legend
 * stays in the page (hidden), so that print still shows it.
 */
export function MapKey({ interactive = true, initiallyOpen = keyOpensUnfolded }: { interactive?: boolean; initiallyOpen?: boolean | (() => boolean) }) {
  const [open, setOpen] = useState(initiallyOpen);
  const bodyId = useId();
  // The prerendered first frame leaves a folded key's body empty (a kilobyte of every first load);
  // the app fills it, for print, as soon as it runs.
  const prerendering = usePrerendering();
  return (
    <div className="map-key" data-open={open || undefined}>
      <button type="button" className="map-key-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
        {t('Key')}
      </button>
      <div id={bodyId} className="map-key-body" hidden={!open}>
        {(open || !prerendering) && <LegendFilters interactive={interactive} />}
      </div>
    </div>
  );
}
