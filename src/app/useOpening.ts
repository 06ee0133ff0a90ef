import { useCallback, useRef, useState } from 'react';
import type { OpeningOptions, OpeningProgress } from '../io/openingProgress';

/** A dataset being opened: its name, how far along, when it began, and how to stop it. */
export interface Opening {
  name: string;
  progress: OpeningProgress;
  startedAt: number;
  cancel: () => void;
}

/**
 * The one dataset being opened at a time. `begin` gives the options the readers take (progress
 * and a cancel signal) and `end` to call once the result is shown or dropped; a new opening
 * cancels the one before. The map already shown stays until the new one is ready.
 */
export function useOpening() {
  const [opening, setOpening] = useState<Opening | null>(null);
  const current = useRef<AbortController | null>(null);
  const begin = useCallback((name: string): { options: Required<OpeningOptions>; end: () => void; isCurrent: () => boolean } => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    const isCurrent = () => current.current === controller;
    setOpening({ name, progress: { stage: 'downloading' }, startedAt: performance.now(), cancel: () => controller.abort() });
    return {
      isCurrent,
      options: { signal: controller.signal, onProgress: (progress) => isCurrent() && setOpening((shown) => shown && { ...shown, progress }) },
      end: () => {
        if (!isCurrent()) return;
        current.current = null;
        setOpening(null);
      },
    };
  }, []);
  return { opening, begin };
}

/** After the next paint: "Drawing the map" is shown before the work of drawing it starts. */
export const afterNextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
