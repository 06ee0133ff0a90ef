import { t } from '../../i18n/translate';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createLayoutMemory } from '../../layout/layoutDataset';
import { withLineMode } from '../../layout/simulationGraph';
import { useMapStore, useMapStoreApi } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { groupTints } from '../theme';
import { chooseRenderer, rendererPreference, WORKER_LAYOUT_ABOVE_ACTORS } from './chooseRenderer';
import { isEmbeddedPage } from './gestureHint';
import { registerMapView, type LineChoice, type MapLayout, type MapView } from './mapView';
import { SvgMap } from './SvgMap';
import { preloadable } from '../preloadable';

// Most maps are small: the canvas renderer is fetched only for a large one (one-file builds carry it inline).
// embed.html, one file that must stay small, leaves the canvas renderer out and draws every map in SVG.
// Preloadable, not React.lazy: a lazy component suspends on its first render even when its chunk
// has arrived, and React reveals it up to 300 ms later; a large map's first drawing waited for that.
const CanvasMap = import.meta.env.EMBED_PAGE ? null : preloadable(() => import('./canvas/CanvasMap').then((module) => module.CanvasMap));
/**
 * Fetches the canvas renderer ahead of the map that will need it: a dataset of a megabyte or more
 * is being opened, so it will likely be drawn on a canvas, and the map need not wait for the chunk.
 */
export function preloadCanvasMap(): void {
  CanvasMap?.preload();
}
// The chooser is needed at the first click on a grouped line, never in the first frame: fetched in idle time after it.
const LineChooser = preloadable(() => import('./LineChooser').then((module) => module.LineChooser));

/**
 * The force-directed map. Small maps are laid out and settled before the first paint, so they
 * appear still and the same on every load, and drawn in SVG, where every actor and relation is an
 * element a screen reader can reach. Large maps are laid out in a worker while they are shown, and
 * drawn on a canvas, which keeps them fluid; both behave the same to the pointer and the keyboard.
 */
export function StanceMap({ interactive = true, pannable = false, labelScale = 1 }: { interactive?: boolean; pannable?: boolean; labelScale?: number }) {
  const index = useMapStore(selectIndex);
  const viewRef = useRef<MapView | null>(null);
  const store = useMapStoreApi();
  // Tools beside the map ask it what is in view (the story editor); embed.html has none.
  useEffect(() => {
    if (!import.meta.env.EMBED_PAGE) registerMapView(store, viewRef);
  }, [store]);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const hintRef = useRef<HTMLParagraphElement>(null);
  const [isFrozen, setFrozen] = useState(false);
  const renderer = CanvasMap ? chooseRenderer(index.dataset.actors.length, rendererPreference()) : 'svg';

  // After an edit the map starts from where its actors were, so it does not rearrange itself.
  const [memory] = useState(createLayoutMemory);
  const laidOut = useMemo<MapLayout>(() => {
    const { graph, simulation, settled } = memory.layout(index, { labelScale, settleUpTo: WORKER_LAYOUT_ABOVE_ACTORS });
    const groupsWithMembers = index.dataset.actors.filter((actor) => (index.memberIdsByActor.get(actor.id)?.length ?? 0) > 0).map((actor) => actor.id);
    return { graph, simulation, settled, tints: groupTints(groupsWithMembers) };
  }, [index, labelScale, memory]);
  // Grouping lines moves no actor: the same layout, drawn with other lines.
  const lineMode = useMapStore((state) => state.lineMode);
  const setLineMode = useMapStore((state) => state.setLineMode);
  // Closed blocs draw their members' relations on their own lines.
  const closedBlocs = useMapStore((state) => state.closedBlocs);
  const blocCount = useMapStore((state) => state.blocs.size);
  const setClosedBlocs = useMapStore((state) => state.setClosedBlocs);
  const blocIds = () => store.getState().blocs.keys();
  const drawn = useMapStore((state) => state.drawn);
  const layout = useMemo<MapLayout>(() => ({ ...laidOut, graph: withLineMode(laidOut.graph, index, lineMode, closedBlocs.size ? drawn : null) }), [laidOut, index, lineMode, closedBlocs, drawn]);

  // A chooser lists what was on the line when it opened: a new layout or filter closes it.
  const visibility = useMapStore((state) => state.visibility);
  const [opened, setOpened] = useState<{ choice: LineChoice; layout: MapLayout; visibility: typeof visibility } | null>(null);
  const choice = opened?.layout === layout && opened.visibility === visibility ? opened.choice : null;
  const chooseLine = useCallback((next: LineChoice) => setOpened({ choice: next, layout, visibility }), [layout, visibility]);
  const closeChooser = useCallback((restoreFocus: boolean) => {
    setOpened(null);
    if (restoreFocus) document.querySelector<HTMLElement>('.stance-map [data-relation-ids][tabindex="0"], .stance-map-svg, .stance-map-canvas')?.focus();
  }, []);

  // A map with grouped lines fetches their chooser in idle time, so the first click on one opens it at once.
  useEffect(() => {
    if (interactive && layout.graph.links.some((link) => link.relationIds.length > 1)) LineChooser.preload();
  }, [interactive, layout]);

  const props = { layout, interactive, pannable, viewRef, tooltipRef, hintRef, frozen: isFrozen, onChooseLine: chooseLine };
  return (
    <div className="stance-map" data-renderer={renderer}>
      {renderer === 'canvas' && CanvasMap ? (
        <Suspense fallback={null}>
          <CanvasMap {...props} />
        </Suspense>
      ) : (
        <SvgMap {...props} />
      )}
      <div ref={tooltipRef} className="map-tooltip" role="presentation" hidden />
      {choice && (
        <Suspense fallback={null}>
          <LineChooser choice={choice} onClose={closeChooser} />
        </Suspense>
      )}
      {interactive && (
        <>
          {/* role="status" is a polite live region; only an embed's map has gestures to explain. */}
          {isEmbeddedPage() && <p ref={hintRef} className="map-gesture-hint" role="status" />}
          <p id="stancemap-keyboard-help" className="visually-hidden">
            {t('Arrow keys move between actors and along their relations; Enter shows the passage; Escape clears the selection.')}
          </p>
          <div className="map-controls" data-covers-map>
            <button type="button" aria-label={t('Zoom in')} title={t('Zoom in (+)')} onClick={() => viewRef.current?.zoomBy(1.3)}>
              +
            </button>
            <button type="button" aria-label={t('Zoom out')} title={t('Zoom out (−)')} onClick={() => viewRef.current?.zoomBy(1 / 1.3)}>
              −
            </button>
            <button type="button" aria-label={t('Fit map to view')} title={t('Fit map to view (0)')} onClick={() => viewRef.current?.fitToView()}>
              <FitIcon />
            </button>
            <button
              type="button"
              aria-label={t('Freeze the layout')}
              title={t('Freeze the layout: dragging moves one actor only')}
              aria-pressed={isFrozen}
              onClick={() => {
                if (!isFrozen) viewRef.current?.rest();
                setFrozen(!isFrozen);
              }}
            >
              ❄
            </button>
            {renderer === 'svg' && blocCount > 0 && (
              <button type="button" aria-label={t('Show blocs')} title={t('Show blocs: each group one shape, its members inside')} aria-pressed={closedBlocs.size === blocCount} onClick={() => setClosedBlocs(closedBlocs.size === blocCount ? [] : blocIds())}>
                ◎
              </button>
            )}
            {renderer === 'svg' && (
              <button
                type="button"
                aria-label={t('Draw every relation apart')}
                title={t('Draw every relation apart (otherwise relations with the same ends and stance share one line)')}
                aria-pressed={lineMode === 'all'}
                onClick={() => setLineMode(lineMode === 'all' ? 'grouped' : 'all')}
              >
                <LinesIcon />
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}

/** Three curves fanned between two points: every relation drawn apart. */
function LinesIcon() {
  return (
    <svg className="map-control-icon" viewBox="0 0 16 16" aria-hidden="true">
      <path d="M2 13Q8 1 14 3M2 13Q8 8 14 3M2 13Q4 5 14 3" />
    </svg>
  );
}

/**
 * Two arrows apart, drawn rather than typed: ⤢ is in few fonts. Where the page's font lacks it,
 * the browser searches the installed fonts for one that has it, on the main thread, in the first
 * frame's layout (~6 ms with Debian's fonts), or draws an empty box.
 */
function FitIcon() {
  return (
    <svg className="map-control-icon" viewBox="0 0 16 16" aria-hidden="true">
      <path d="M4 12L12 4M8.5 4H12v3.5M4 8.5V12h3.5" />
    </svg>
  );
}
