import type { LayoutEngine } from '../../layout/layoutEngine';
import { createMainThreadEngine, createWorkerEngine } from '../../layout/layoutEngine';
import type { MapLayout } from './mapView';

/**
 * The engine for a layout: settled maps keep their simulation here for drags; the rest run in a
 * worker. One-file builds (embed.html, the standalone page) have no second file to start a worker
 * from, and run the layout here, animated.
 */
export function startLayoutEngine({ graph, simulation, settled }: MapLayout): LayoutEngine {
  if (settled) return createMainThreadEngine(simulation);
  return createWorkerEngine(graph, simulation, () => {
    if (import.meta.env.SINGLE_FILE || typeof Worker === 'undefined') throw new Error('no worker here');
    return new Worker(new URL('../../layout/layoutWorker.ts', import.meta.url), { type: 'module' });
  });
}
