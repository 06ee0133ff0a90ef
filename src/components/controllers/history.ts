/**
 * The address bar, where it can be written. A sandboxed frame (opaque origin) and a page opened
 * from disk may refuse: the view still changes, only the address does not follow.
 */
export function writeUrl(url: string, how: 'push' | 'replace'): boolean {
  try {
    if (how === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    return true;
  } catch {
    return false;
  }
}
