/** Pointer and keyboard handling the SVG and canvas maps share. */
import type { KeyboardEvent } from 'react';
import { isNavigationKey, nextCursor, type MapCursor } from '../../interaction/keyboardNavigation';
import type { DatasetIndex } from '../../model/indexDataset';
import type { Selection } from '../../model/selection';
import type { MapStore } from '../../store/createMapStore';
import { relationName } from '../theme';
import type { MapView } from './mapView';

/** What an actor or relation is called, as the tooltip and announcements say it. */
export function describeElement(index: DatasetIndex, target: NonNullable<Selection>): string {
  const relation = target.kind === 'relation' ? index.relationsById.get(target.id) : undefined;
  return relation ? relationName(index, relation) : (index.actorsById.get(target.id)?.name ?? '');
}

/** `text`, when given, is said instead of the target's own name (a grouped line's). */
export function showTooltip(tooltip: HTMLElement | null, surface: Element | null, index: DatasetIndex, target: Selection, event: { clientX: number; clientY: number }, text?: string) {
  const box = surface?.getBoundingClientRect();
  if (!tooltip || !box) return;
  tooltip.hidden = target === null;
  if (!target) return;
  tooltip.textContent = text ?? describeElement(index, target);
  tooltip.style.transform = `translate(${Math.round(event.clientX - box.left + 14)}px, ${Math.round(event.clientY - box.top + 14)}px)`;
}

/** The pointer left the map: nothing is hovered, and the tooltip goes. */
export function leaveMap(store: MapStore, tooltip: HTMLElement | null) {
  store.getState().setHover(null);
  if (tooltip) tooltip.hidden = true;
}

interface KeyContext {
  store: MapStore;
  view: MapView | null;
  surface: Element | null;
  focusCursor(cursor: MapCursor | null): void;
  /** What Enter or Space acts on. */
  activated: Selection;
}

/** The map's keys: arrows move the cursor, Enter selects, Escape clears then leaves, + − 0 zoom. */
export function handleMapKey(event: KeyboardEvent, { store, view, surface, focusCursor, activated }: KeyContext) {
  const state = store.getState();
  if (isNavigationKey(event.key)) {
    event.preventDefault();
    focusCursor(nextCursor(state.index, state.visibility, state.keyboardCursor, event.key));
  } else if (event.key === 'Enter' || event.key === ' ') {
    if (activated) {
      event.preventDefault();
      state.select(activated);
    }
  } else if (event.key === 'Escape') {
    event.stopPropagation();
    // The first Escape closes the details; the next leaves the map for the search box before it.
    if (state.selection) state.clearSelection();
    else surface?.closest('.explorer')?.querySelector<HTMLElement>('.search-box input')?.focus();
  } else if (event.key === '+' || event.key === '=') view?.zoomBy(1.3);
  else if (event.key === '-') view?.zoomBy(1 / 1.3);
  else if (event.key === '0') view?.fitToView();
}

/**
 * A mouse event's point to the fraction of a pixel. Chromium gives pointer events fractional
 * coordinates but mouse events (mousedown, click, dblclick) whole CSS pixels, cut down: on a
 * dense canvas map the pixel between them can be a neighbouring actor's, so a click would pick
 * another actor than the hover under the same pointer. Within a pixel of the last pointer event,
 * that event's point is the one meant.
 */
export function precisePoint(event: { clientX: number; clientY: number }, lastPointer: { clientX: number; clientY: number } | null): { clientX: number; clientY: number } {
  if (!lastPointer || Math.abs(lastPointer.clientX - event.clientX) >= 1 || Math.abs(lastPointer.clientY - event.clientY) >= 1) return event;
  return lastPointer;
}
