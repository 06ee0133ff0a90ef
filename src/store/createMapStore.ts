/**
 * One store per mounted map (see MapStoreProvider): the dataset, and every choice the reader
 * makes — selection, hover, filters, the keyboard's place in the map. Never per-tick positions:
 * the simulation owns those and writes them straight to the DOM.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { computeVisibility, focusOn, NO_FILTERS, toggleKind, toggleStance, type Filters, type Visibility } from '../model/filters';
import type { DatasetIndex } from '../model/indexDataset';
import type { MapCursor } from '../interaction/keyboardNavigation';
import { sameSelection, type Selection } from '../model/selection';
import type { ActorKind, Stance } from '../model/vocabulary';
import type { LineMode } from '../model/relationLines';
import type { AppliedView } from '../model/stepView';
import { actorsOf, blocMembers, blocView, parseBlocs, type BlocView } from '../model/blocs';

export interface PassageRef {
  relationId: string;
  evidenceIndex: number;
}

export type PanelTab = 'map' | 'article';
export type SidePanel = 'story' | 'suggestions' | null;

export type StepMotion = 'glide' | 'cut';

/** A set of actors and relations, as a step of a story or of read-along brings forward or reveals. */
export interface ElementSet {
  actorIds: ReadonlySet<string>;
  relationIds: ReadonlySet<string>;
}

export interface MapState extends BlocView {
  index: DatasetIndex;
  selection: Selection;
  hover: Selection;
  filters: Filters;
  /** Derived from index and filters; kept beside them so that no render recomputes it. */
  visibility: Visibility;
  /** The one map element that holds the map's tab stop. */
  keyboardCursor: MapCursor | null;
  /** The passage the article reader has scrolled to and marks as current. */
  currentPassage: PassageRef | null;
  /** On narrow screens, which of map and article is in view. */
  panelTab: PanelTab;
  /** What the current presentation step brings forward (the rest fades); null outside presentations. */
  spotlight: ElementSet | null;
  /** What read-along has revealed so far (nothing else is drawn); null for everything. */
  revealed: ElementSet | null;
  /** The actors a story step's camera fits (its view's frame); null to fit the spotlight or the whole map. */
  frame: ReadonlySet<string> | null;
  /**
   * A step's call for the camera: a new object each time a step is shown (or shown again, as
   * "Back to step N" does), which the map obeys even after the reader moved it. `glide` between
   * neighbouring steps, `cut` on a jump; under reduced motion the map never glides.
   */
  stepCamera: { motion: StepMotion } | null;
  /** Relations that share ends, direction and stance drawn as one line (`grouped`), or each apart (`all`). */
  lineMode: LineMode;
  /** Something the reader should know about the view, e.g. a link to an actor the dataset lacks. */
  notice: string | null;
  /** What takes the details' place in Edit mode: the story editor, or the suggestions from the text. */
  sidePanel: SidePanel;
  /** Each actor that has members, with every actor it holds (blocs.ts). */
  blocs: ReadonlyMap<string, readonly string[]>;

  selectActor(id: string): void;
  selectRelation(id: string, passage?: PassageRef): void;
  select(selection: Selection): void;
  clearSelection(): void;
  setHover(hover: Selection): void;
  toggleStance(stance: Stance): void;
  toggleKind(kind: ActorKind): void;
  focusActor(id: string | null): void;
  setFilters(filters: Filters): void;
  moveKeyboardCursor(cursor: MapCursor | null): void;
  showPassage(passage: PassageRef): void;
  setPanelTab(tab: PanelTab): void;
  /** Shows a step: its spotlight and, when it has a view, that view's selection, filters and camera. */
  showStep(step: { spotlight: ElementSet; revealed: ElementSet | null; view?: AppliedView }, motion?: StepMotion): void;
  /** Back to the whole map after a step was shown: no spotlight, nothing hidden by a step. */
  leaveStep(): void;
  setSidePanel(panel: SidePanel): void;
  /** Opens a closed bloc, or closes an open one. */
  toggleBloc(id: string): void;
  setClosedBlocs(ids: Iterable<string>): void;
  /** After an edit: the new dataset, keeping the selection and filters where they still apply. */
  replaceIndex(index: DatasetIndex): void;
  dismissNotice(): void;
  setLineMode(mode: LineMode): void;
  /** Selects an actor or relation that an edit is adding: now if it exists, else when it arrives. */
  selectAfterEdit(selection: NonNullable<Selection>): void;
}

export interface InitialMapState {
  selection?: Selection;
  filters?: Filters;
  lines?: LineMode;
  /** `?blocs=`: `all`, `none`, or the ids of the blocs drawn closed. */
  blocs?: string | null;
}

export type MapStore = StoreApi<MapState>;

export function createMapStore(firstIndex: DatasetIndex, initial: InitialMapState = {}): MapStore {
  let index = firstIndex;
  let pendingSelection: Selection = null;
  const exists = (selection: Selection) =>
    selection === null || (selection.kind === 'actor' ? index.actorsById.has(selection.id) : index.relationsById.has(selection.id));
  const startSelection = initial.selection && exists(initial.selection) ? initial.selection : null;
  const startFilters = initial.filters ?? NO_FILTERS;
  const startBlocs = blocMembers(firstIndex);
  // A deep link to what a closed bloc holds opens that bloc.
  // Stryker disable next-line ArrayDeclaration: blocView drops any id that is not a bloc
  const startView = blocView(firstIndex, startBlocs, parseBlocs(initial.blocs ?? null, startBlocs) ?? [], actorsOf(firstIndex, startSelection));
  return createStore<MapState>()((set, get) => {
    const visibilityOf = (filters: Filters, revealed: Visibility | null, drawn = get().drawn) => computeVisibility(index, filters, revealed, drawn);
    const setFilters = (filters: Filters) => set({ filters, visibility: visibilityOf(filters, get().revealed) });
    const closeBlocs = (ids: Iterable<string>, shown: Selection = null) => {
      const view = blocView(index, get().blocs, ids, actorsOf(index, shown));
      const { closedBlocs, selection } = get();
      if (view.closedBlocs.size === closedBlocs.size && [...closedBlocs].every((id) => view.closedBlocs.has(id))) return;
      // An actor folded into a bloc is chosen as the bloc.
      const heldIn = selection?.kind === 'actor' ? view.drawn.get(selection.id) : undefined;
      set({ ...view, visibility: visibilityOf(get().filters, get().revealed, view.drawn), ...(heldIn && heldIn !== selection!.id ? { selection: { kind: 'actor', id: heldIn } } : {}) });
    };
    const select = (selection: Selection, passage: PassageRef | null = null) => {
      if (!exists(selection)) return;
      // What is chosen is never folded away: choosing a closed bloc, or what it holds, opens it.
      // Stryker disable next-line ConditionalExpression: only spares the work when no bloc is closed; closing none again changes nothing
      if (get().closedBlocs.size) closeBlocs(get().closedBlocs, selection);
      if (sameSelection(selection, get().selection) && passage === get().currentPassage) return;
      set({ selection, currentPassage: passage, ...(selection ? { keyboardCursor: cursorFor(index, selection, get().keyboardCursor) } : {}) });
    };
    return {
      index,
      selection: startSelection,
      hover: null,
      filters: startFilters,
      visibility: computeVisibility(index, startFilters, null, startView.drawn),
      blocs: startBlocs,
      ...startView,
      keyboardCursor: startSelection ? cursorFor(index, startSelection, null) : null,
      currentPassage: null,
      panelTab: 'map',
      spotlight: null,
      revealed: null,
      frame: null,
      stepCamera: null,
      sidePanel: null,
      lineMode: initial.lines ?? 'grouped',
      notice:
        initial.selection && !startSelection
          ? `This map has no ${initial.selection.kind} “${initial.selection.id.slice(0, 80)}”: the link may be old, or meant for another dataset.`
          : null,

      selectActor: (id) => select({ kind: 'actor', id }),
      selectRelation: (id, passage) => select({ kind: 'relation', id }, passage ?? null),
      select: (selection) => select(selection),
      clearSelection: () => select(null),
      setHover: (hover) => {
        if (!sameSelection(hover, get().hover)) set({ hover });
      },
      toggleStance: (stance) => setFilters(toggleStance(get().filters, stance)),
      toggleKind: (kind) => setFilters(toggleKind(get().filters, kind)),
      focusActor: (id) => setFilters(focusOn(get().filters, id)),
      setFilters,
      moveKeyboardCursor: (cursor) => {
        const current = get().keyboardCursor;
        if (cursor?.kind !== current?.kind || cursor?.id !== current?.id) set({ keyboardCursor: cursor });
      },
      showPassage: (passage) => set({ currentPassage: passage, selection: { kind: 'relation', id: passage.relationId }, panelTab: 'article' }),
      setPanelTab: (panelTab) => set({ panelTab }),
      replaceIndex: (next) => {
        index = next;
        const { selection, filters, revealed } = get();
        const wanted = pendingSelection && exists(pendingSelection) ? pendingSelection : exists(selection) ? selection : null;
        pendingSelection = null;
        const blocs = blocMembers(index);
        const view = blocView(index, blocs, get().closedBlocs);
        set({ index, selection: wanted, hover: null, blocs, ...view, visibility: visibilityOf(filters, revealed, view.drawn) });
      },
      dismissNotice: () => set({ notice: null }),
      setLineMode: (lineMode) => set({ lineMode }),
      selectAfterEdit: (selection) => {
        if (exists(selection)) select(selection);
        else pendingSelection = selection;
      },
      showStep: ({ spotlight, revealed, view }, motion = 'glide') => {
        const filters = view ? view.filters : get().filters;
        const selection = view?.selection ?? null;
        // The step's blocs first: the visibility below is drawn with them.
        if (view?.blocs) closeBlocs(view.blocs, selection);
        set({
          spotlight,
          revealed,
          filters,
          visibility: visibilityOf(filters, revealed),
          selection,
          ...(selection ? { keyboardCursor: cursorFor(index, selection, get().keyboardCursor) } : {}),
          hover: null,
          frame: view?.frame ? new Set(view.frame) : null,
          stepCamera: { motion },
        });
      },
      leaveStep: () => set({ spotlight: null, revealed: null, frame: null, stepCamera: null, visibility: visibilityOf(get().filters, null) }),
      setSidePanel: (sidePanel) => set({ sidePanel }),
      toggleBloc: (id) => {
        const { closedBlocs } = get();
        closeBlocs(closedBlocs.has(id) ? [...closedBlocs].filter((bloc) => bloc !== id) : [...closedBlocs, id]);
      },
      setClosedBlocs: (ids) => closeBlocs(ids),
    };
  });
}

/** The keyboard follows a selection made with the pointer; a relation is entered from its source. */
function cursorFor(index: DatasetIndex, selection: NonNullable<Selection>, current: MapCursor | null): MapCursor {
  if (selection.kind === 'actor') return selection;
  if (current?.kind === 'relation' && current.id === selection.id) return current;
  const relation = index.relationsById.get(selection.id)!;
  const fromTarget = current?.kind === 'actor' && current.id === relation.target;
  return { kind: 'relation', id: selection.id, from: fromTarget ? relation.target : relation.source };
}
