/**
 * The work as the page is left, kept at once in sessionStorage, which a reload or a restored tab
 * keeps: a write to IndexedDB started in `pagehide` is not always finished before the browser
 * tears the page down (a reload 50 ms after an edit lost it in 2 runs of 16). The copy is
 * cleared once IndexedDB has the work, and read back in its place when it is the newer.
 */

export interface Pending {
  /** When it was kept (ms since the epoch). */
  at: number;
  dataset: unknown;
}

const PREFIX = 'stancemap:pending:';

/** This tab's session storage, or null where a sandbox or a setting refuses it. */
function sessionStore(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** Keeps `dataset` under `key` now; returns when, or null if the browser refused (a full or closed storage). */
export function keepPending(key: string, dataset: unknown, at: number = Date.now(), storage = sessionStore()): number | null {
  try {
    storage?.setItem(PREFIX + key, JSON.stringify({ at, dataset } satisfies Pending));
    return storage ? at : null;
  } catch {
    return null;
  }
}

/** Drops the copy kept at `at` (a later one, from a later leaving, stays). */
export function clearPending(key: string, at: number, storage = sessionStore()): void {
  try {
    if (readPending(key, storage)?.at === at) storage?.removeItem(PREFIX + key);
  } catch {
    // Nothing to clear in a storage that cannot be read.
  }
}

/** The copy kept under `key` if it is newer than `storedAt`, the time of the copy IndexedDB has. */
export function pendingNewerThan(key: string, storedAt: number, storage = sessionStore()): Pending | undefined {
  const pending = readPending(key, storage);
  return pending && pending.at > storedAt ? pending : undefined;
}

function readPending(key: string, storage: Storage | null): Pending | undefined {
  let pending: Partial<Pending> | undefined;
  try {
    const text = storage?.getItem(PREFIX + key);
    pending = text ? (JSON.parse(text) as Partial<Pending>) : undefined;
  } catch {
    // A copy that cannot be read, or a storage that refuses, is no copy.
  }
  return pending && typeof pending.at === 'number' && 'dataset' in pending ? (pending as Pending) : undefined;
}
