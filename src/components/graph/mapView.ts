import type { RefObject } from 'react';
import type { Bounds } from '../../layout/edgeGeometry';
import type { Rect } from '../../interaction/revealTransform';
import type { StanceSimulation } from '../../layout/createSimulation';
import type { SimulationGraph } from '../../layout/simulationGraph';

/** The laid-out graph a renderer draws; `settled` false means a worker is to run its layout. */
export interface MapLayout {
  graph: SimulationGraph;
  simulation: StanceSimulation;
  settled: boolean;
  tints: ReadonlyMap<string, string>;
}

/** What the map's buttons ask of whichever renderer is drawing. */
export interface MapView {
  zoomBy(factor: number): void;
  fitToView(): void;
  rest(): void;
  /**
   * Pans (animated unless the reader asked for less motion) so that `bounds`, in map units, lies
   * inside `visible`, the part of the map a reader sees (pixels from the map's top left corner);
   * zooms out only if it is larger than that part.
   */
  reveal(bounds: Bounds, visible: Rect): void;
  /** The visible actors whose centres are in view now: what a story step keeps as its camera (not in embed.html). */
  actorsInView?(): string[];
}

// Which map view draws each store's map, for tools beside the map (the story editor) that ask
// what is in view. A WeakMap: a store and its map go together.
const viewsByStore = new WeakMap<object, RefObject<MapView | null>>();

export function registerMapView(store: object, view: RefObject<MapView | null>): void {
  viewsByStore.set(store, view);
}

export function mapViewOf(store: object): MapView | null {
  return viewsByStore.get(store)?.current ?? null;
}

/** A click on a line that draws several relations: the chooser lists them at that point. */
export interface LineChoice {
  lineId: string;
  relationIds: string[];
  clientX: number;
  clientY: number;
}

export interface RendererProps {
  layout: MapLayout;
  interactive: boolean;
  /** A presentation's map: pictures, not buttons, but the pointer may still pan and zoom it. */
  pannable?: boolean;
  viewRef: RefObject<MapView | null>;
  tooltipRef: RefObject<HTMLDivElement | null>;
  /** Where an embedded map says how to move it (gestureHint.ts). */
  hintRef: RefObject<HTMLParagraphElement | null>;
  frozen: boolean;
  onChooseLine(choice: LineChoice): void;
}
