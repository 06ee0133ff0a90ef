import { useEffect } from 'react';
import type { MapStore } from '../../store/createMapStore';

/** Escape clears the selection from anywhere on the page, except while typing in a field. */
export function useGlobalKeys(store: MapStore) {
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest?.('input, textarea, select, [contenteditable="true"], dialog')) return;
      if (store.getState().selection) store.getState().clearSelection();
    };
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, [store]);
}
