/**
 * `?data=`'s download, started by the first-frame script as soon as the page's HTML has arrived,
 * instead of after the app and its reader have loaded (0.6 s later on this machine). The app's
 * fetchDataset takes the response when it asks for the same address (takePrefetchedDataset).
 *
 * Part of the first-frame script, which imports nothing: the address rule is datasetAddress.ts's,
 * written again here (http or https on this site, https elsewhere), so that nothing is fetched
 * that the app would refuse.
 */
import type { DatasetPrefetch } from '../../io/fetchDataset';

const PREFETCH_KEY = '__stancemapDatasetPrefetch';

export function prefetchDataset(window: Window): void {
  const address = new URLSearchParams(window.location.search).get('data');
  if (!address || typeof window.fetch !== 'function') return;
  let url: URL;
  try {
    url = new URL(address, window.location.href);
  } catch {
    return;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && url.origin === window.location.origin)) return;
  const controller = new AbortController();
  const response = window.fetch(url.href, { signal: controller.signal, mode: 'cors', credentials: 'omit' });
  // A failure is the app's to report, when it takes the response.
  response.catch(() => {});
  const prefetch: DatasetPrefetch = { href: url.href, response, controller };
  (window as unknown as Record<string, DatasetPrefetch>)[PREFETCH_KEY] = prefetch;
}
