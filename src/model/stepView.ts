/**
 * A story step's view of the map: what is selected, what the filters hide, the actor in focus,
 * and the camera, kept as the actors in view so that it fits any screen and any layout of the
 * same map. Captured from the live map in the editor; one function turns it back into the map's
 * state for the editor, presentation, the presenter window, the embed and read-along alike.
 */
import type { StepView } from './datasetSchema';
import { NO_FILTERS, type Filters } from './filters';
import type { DatasetIndex } from './indexDataset';
import { formatSelection, parseSelection, type Selection } from './selection';
import { ACTOR_KINDS, STANCES } from './vocabulary';

/** What the live map shows: the store's choices, and the actors whose centres are in view. */
export interface LiveView {
  selection: Selection;
  filters: Filters;
  inView: Iterable<string>;
  /** The blocs drawn closed, on a map that has blocs. */
  closedBlocs?: Iterable<string>;
}

/** The map's state a step view asks for; `frame` is null when the step keeps the whole map in view. */
export interface AppliedView {
  selection: Selection;
  filters: Filters;
  frame: string[] | null;
  /** The blocs to draw closed; null keeps the map's. */
  blocs: string[] | null;
}

/** Records a view; only what differs from the plain map is written, in the vocabulary's order. */
export function captureStepView({ selection, filters, inView, closedBlocs }: LiveView, index: DatasetIndex): StepView {
  const frame = index.dataset.actors.map((actor) => actor.id).filter((id) => new Set(inView).has(id));
  return {
    ...(selection ? { select: formatSelection(selection) } : {}),
    ...(filters.hiddenStances.length ? { hiddenStances: STANCES.filter((stance) => filters.hiddenStances.includes(stance)) } : {}),
    ...(filters.hiddenKinds.length ? { hiddenKinds: ACTOR_KINDS.filter((kind) => filters.hiddenKinds.includes(kind)) } : {}),
    ...(filters.focusActorId ? { focus: filters.focusActorId } : {}),
    // Every actor in view is the whole map: no camera to keep.
    ...(frame.length > 0 && frame.length < index.dataset.actors.length ? { frame } : {}),
    // On a map with blocs, which are closed, none included: a lesson may open in blocs and end with every actor.
    ...(closedBlocs ? { blocs: index.dataset.actors.map((actor) => actor.id).filter((id) => new Set(closedBlocs).has(id)) } : {}),
  };
}

/** The state a step view asks for, with whatever the dataset no longer has left out. */
export function applyStepView(view: StepView | undefined, index: DatasetIndex): AppliedView {
  if (!view) return { selection: null, filters: NO_FILTERS, frame: null, blocs: null };
  const selection = parseSelection(view.select);
  const exists = selection && (selection.kind === 'actor' ? index.actorsById.has(selection.id) : index.relationsById.has(selection.id));
  // Stryker disable next-line ArrayDeclaration: any default the dataset has no actor for is filtered out the same.
  const frame = (view.frame ?? []).filter((id) => index.actorsById.has(id));
  return {
    selection: exists ? selection : null,
    filters: {
      hiddenStances: view.hiddenStances ?? [],
      hiddenKinds: view.hiddenKinds ?? [],
      focusActorId: view.focus && index.actorsById.has(view.focus) ? view.focus : null,
    },
    frame: frame.length ? frame : null,
    blocs: view.blocs ? view.blocs.filter((id) => (index.memberIdsByActor.get(id)?.length ?? 0) > 0) : null,
  };
}
