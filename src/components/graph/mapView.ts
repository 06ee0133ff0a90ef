import type { RefObject } from 'react';
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
  viewRef: RefObject<MapView | null>;
  tooltipRef: RefObject<HTMLDivElement | null>;
  frozen: boolean;
  onChooseLine(choice: LineChoice): void;
}
