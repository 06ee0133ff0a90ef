import { createElement, lazy, type ComponentType } from 'react';

/**
 * A component fetched ahead of need (in idle time, after the first frame), which renders at once
 * when the reader needs it. A component made by React.lazy suspends on its first render even when
 * its module has already arrived, and React 19 reveals what a suspended boundary holds in steps of
 * 300 ms: the first click on a 2,000-actor map showed its details 310–330 ms late, later clicks in
 * 12–18 ms. Until the module has loaded it is a lazy component, as before.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> & { preload: () => void } {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  // Once the lazy one has rendered somewhere it keeps rendering (it is then loaded, and swapping
  // component types would remount what it shows).
  let lazyRendered = false;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed fetch is tried again by the next preload or render.
        pending = null;
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Preloadable(props: P) {
    if (loaded && !lazyRendered) return createElement(loaded, props);
    lazyRendered = true;
    return createElement(Lazy, props);
  }
  // Fetched in idle time (where a browser cannot tell, at once). A failed fetch here is not the
  // reader's problem yet: the first render asks again.
  return Object.assign(Preloadable, { preload: () => void (window.requestIdleCallback ?? setTimeout)(() => void preload().catch(() => {})) });
}
