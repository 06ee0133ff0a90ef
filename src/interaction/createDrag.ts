/**
 * Dragging actors (d3-drag) inside the map's viewport. The subject is found from the pointer
 * event (the DOM target in SVG, a hit test on a canvas), so one behaviour serves every node. A gesture that moves more than
 * a few pixels is a drag, and the click that ends it is swallowed (d3-drag's clickDistance).
 */
import { drag } from 'd3-drag';
import { select } from 'd3-selection';

export interface DragController {
  destroy(): void;
}

export interface DragOptions<Subject> {
  container: HTMLElement | SVGGElement;
  /** The draggable thing under the pointer, or undefined to let the gesture pan instead. */
  subjectAt(event: MouseEvent): Subject | undefined;
  /** Pointer position in the container's coordinates. */
  onStart(subject: Subject, point: { x: number; y: number }): void;
  onDrag(subject: Subject, point: { x: number; y: number }): void;
  onEnd(subject: Subject): void;
}

export const CLICK_DISTANCE = 4;

export function createDrag<Subject>({ container, subjectAt, onStart, onDrag, onEnd }: DragOptions<Subject>): DragController {
  const behaviour = drag<HTMLElement | SVGGElement, unknown, Subject | undefined>()
    .clickDistance(CLICK_DISTANCE)
    // As in createZoom: a synthetic event without a view cannot start a drag.
    .filter((event: MouseEvent) => !event.ctrlKey && !event.button && event.view != null)
    .container(container)
    .subject((event) => subjectAt(event.sourceEvent as MouseEvent))
    .on('start', (event) => event.subject !== undefined && onStart(event.subject, event))
    .on('drag', (event) => event.subject !== undefined && onDrag(event.subject, event))
    .on('end', (event) => event.subject !== undefined && onEnd(event.subject));
  const selection = select(container).call(behaviour);
  return {
    destroy() {
      selection.on('.drag', null);
    },
  };
}
