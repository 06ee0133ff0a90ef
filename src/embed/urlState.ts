/**
 * The view a link can carry: what is selected and what is filtered. Parameters are public
 * (readers share links, embeds are built on them), so their names never change:
 *
 *   ?select=actor:russia          ?select=relation:russia-offers-weapons
 *   ?hideStances=offer,payment    ?hideKinds=person     ?focus=russia
 *   ?lines=all (every relation drawn apart; `grouped`, the default, draws one line per ends, direction and stance)
 *   ?blocs=all | none | united-states,russia (the blocs drawn closed; see model/blocs.ts; left out,
 *     as the view's size has it: layout/roomForLabels.ts)
 *   ?map=k3x9q2a7 (a map of one's own, kept in this browser under that local id; see io/savedMaps.ts)
 *
 * Values from a URL are untrusted: unknown stances or kinds are dropped, and ids only take
 * effect if the dataset has them (the store checks).
 */
import { NO_FILTERS, type Filters } from '../model/filters';
import type { LineMode } from '../model/relationLines';
import { formatSelection, parseSelection, type Selection } from '../model/selection';
import { ACTOR_KINDS, STANCES, type ActorKind, type Stance } from '../model/vocabulary';

export interface UrlViewState {
  selection: Selection;
  filters: Filters;
  /** Left out, the default: grouped. */
  lines?: LineMode;
  /** `?blocs=` as written (`all`, `none` or ids): the store keeps the ids that are blocs. */
  blocs?: string | null;
}

const VIEW_PARAMS = ['select', 'hideStances', 'hideKinds', 'focus', 'lines', 'blocs'] as const;

function listParam<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] {
  const raw = params.get(name);
  if (!raw) return [];
  const values = raw.split(',').map((value) => value.trim());
  return allowed.filter((value) => values.includes(value));
}

/** Example: `parseViewState('?select=actor:russia&hideStances=offer')`. */
export function parseViewState(search: string): UrlViewState {
  const params = new URLSearchParams(search);
  const selection = parseSelection(params.get('select'));
  const focus = params.get('focus');
  return {
    selection,
    lines: params.get('lines') === 'all' ? 'all' : 'grouped',
    blocs: params.get('blocs') ?? undefined,
    filters: {
      hiddenStances: listParam<Stance>(params, 'hideStances', STANCES),
      hiddenKinds: listParam<ActorKind>(params, 'hideKinds', ACTOR_KINDS),
      focusActorId: focus ? focus : NO_FILTERS.focusActorId,
    },
  };
}

/** The query string for a view, keeping every other parameter of `search` (embed flags, data…) as it was. */
export function serializeViewState(view: UrlViewState, search = ''): string {
  const params = new URLSearchParams(search);
  for (const name of VIEW_PARAMS) params.delete(name);
  if (view.selection) params.set('select', formatSelection(view.selection));
  if (view.filters.hiddenStances.length) params.set('hideStances', STANCES.filter((s) => view.filters.hiddenStances.includes(s)).join(','));
  if (view.filters.hiddenKinds.length) params.set('hideKinds', ACTOR_KINDS.filter((k) => view.filters.hiddenKinds.includes(k)).join(','));
  if (view.filters.focusActorId) params.set('focus', view.filters.focusActorId);
  if (view.lines === 'all') params.set('lines', 'all');
  if (view.blocs) params.set('blocs', view.blocs);
  const query = params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  return query ? `?${query}` : '';
}

export type StepMode = 'present' | 'read';

/**
 * Presentation (`?present=1`) and read-along (`?read=1`), and the step to open at (`?step=4`,
 * counted from 1 as a teacher would say it; returned counted from 0).
 * The presenter's window of a presentation adds `presenter=1`.
 * @example parseStepParams('?present=1&step=4') // { mode: 'present', step: 3, presenter: false }
 */
export function parseStepParams(search: string): { mode: StepMode | null; step: number; presenter: boolean } {
  const params = new URLSearchParams(search);
  const mode = params.get('present') === '1' ? 'present' : params.get('read') === '1' ? 'read' : null;
  // Stryker disable next-line StringLiteral: no step and any other text that is not a number read alike
  const step = Number.parseInt(params.get('step') ?? '', 10);
  // Stryker disable next-line EqualityOperator: step 1 opens the first step (0) by either branch
  return { mode, step: Number.isFinite(step) && step >= 1 ? step - 1 : 0, presenter: mode === 'present' && params.get('presenter') === '1' };
}

/**
 * The query string with the step mode set, or removed (`mode: null`), other parameters kept.
 * @example stepQuery('?theme=dark', 'present', 0) // '?theme=dark&present=1&step=1'
 */
export function stepQuery(search: string, mode: StepMode | null, step = 0): string {
  const params = new URLSearchParams(search);
  for (const name of ['present', 'read', 'step']) params.delete(name);
  // The presenter's window stays one as it moves through the steps; leaving, it is the map again.
  if (mode !== 'present') params.delete('presenter');
  if (mode) {
    params.set(mode, '1');
    params.set('step', String(step + 1));
  }
  const query = params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  return query ? `?${query}` : '';
}

/**
 * The local id of the map of one's own the address names, or null for the page's own dataset.
 * @example parseMapParam('?map=k3x9q2a7&select=actor:navy') // 'k3x9q2a7'
 */
export function parseMapParam(search: string): string | null {
  const id = new URLSearchParams(search).get('map');
  return id && /^[a-z0-9]{1,40}$/.test(id) ? id : null;
}

/**
 * The address of another map: `map` set (or removed, for the page's own dataset), and with it the
 * view of the map left behind (selection, filters) and any `?data=`; other parameters are kept.
 * @example mapQuery('?select=actor:russia&theme=dark', 'k3x9q2a7') // '?theme=dark&map=k3x9q2a7'
 */
export function mapQuery(search: string, mapId: string | null): string {
  const params = new URLSearchParams(search);
  for (const name of [...VIEW_PARAMS, 'map', 'data']) params.delete(name);
  if (mapId) params.set('map', mapId);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * Only the parameters that choose the dataset (`data`, `map`): what a link to another mode of the
 * same map (presentation, read-along) must keep, and nothing of the current view.
 * @example datasetQuery('?map=k3x9&select=actor:navy') // '?map=k3x9'
 */
export function datasetQuery(search: string): string {
  const params = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const name of ['data', 'map']) {
    const value = params.get(name);
    if (value !== null) kept.set(name, value);
  }
  const query = kept.toString();
  return query ? `?${query}` : '';
}
