import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { t } from '../../../i18n/translate';
import { createActorDrag } from '../../../interaction/createActorDrag';
import { createZoom } from '../../../interaction/createZoom';
import { firstCursor, type MapCursor } from '../../../interaction/keyboardNavigation';
import { nodesInView } from '../../../layout/edgeGeometry';
import { touchLineReach } from '../../../layout/nearestRelation';
import { createSpatialIndex, type Hit, type SpatialIndex } from '../../../layout/spatialIndex';
import type { Selection } from '../../../model/selection';
import { useMapStoreApi } from '../../../store/MapStoreProvider';
import { selectNeighbourhood } from '../../../store/selectors';
import { prefersReducedMotion } from '../../prefersReducedMotion';
import { kindLabel } from '../../theme';
import { createGestureHint, isEmbeddedPage } from '../gestureHint';
import { startLayoutEngine } from '../startLayoutEngine';
import { boundsToFit, createDrawingShaper, createLayoutDriver, fitOnChange, followSelection, markOnce } from '../mapBehaviour';
import { describeElement, handleMapKey, leaveMap, precisePoint, showTooltip } from '../mapInput';
import type { RendererProps } from '../mapView';
import { groupName } from '../RelationEdge';
import type { PaintKind, SceneParts } from './canvasPainter';
import type { MapColours } from './paintMap';
import { canPaintInWorker, createPageSurface, createWorkerSurface } from './paintSurface';

/** Half the width of a line's hit area, and the least reach around an actor, in CSS pixels. */
const LINE_HIT_PX = 12;
const ACTOR_HIT_PX = 6;
/** A relation's drawn width in map units, as paintMap strokes it. */
const RELATION_LINE_WIDTH = 2.2;
/** While the layout runs, the hit index is rebuilt at most this often. */
const REINDEX_WHILE_MOVING_MS = 400;

function readColours(element: Element): MapColours {
  const style = getComputedStyle(element);
  const value = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: value('--map-background', '#ffffff'),
    text: value('--text', '#1b1b1f'),
    nodeStroke: value('--node-stroke', '#2b2b33'),
    focus: value('--focus', '#1a56db'),
    muted: value('--muted', '#5f6368'),
    fontFamily: style.fontFamily || 'system-ui, sans-serif',
  };
}

/** The paint worker's surface, or null where no worker starts (the page draws then). */
function startPaintWorker(canvas: HTMLCanvasElement, input: Parameters<typeof createPageSurface>[1]) {
  try {
    return createWorkerSurface(canvas, input, () => {
      if (import.meta.env.SINGLE_FILE) throw new Error('no worker in a one-file page');
      return new Worker(new URL('./paintWorker.ts', import.meta.url), { type: 'module' });
    });
  } catch {
    return null;
  }
}

/**
 * What a pointer is on: an actor, or a drawn line with the relations on it that the filters show
 * (one, or a group's). What hovering or the tooltip speaks of is the actor or the line's first relation.
 */
type Picked = { target: Selection; line: { id: string; relationIds: string[] } | null };
function picked(hit: Hit, visibleRelations: ReadonlySet<string>): Picked {
  if (!hit) return { target: null, line: null };
  if (hit.kind === 'actor') return { target: { kind: 'actor', id: hit.node.id }, line: null };
  const relationIds = hit.link.relationIds.filter((id) => visibleRelations.has(id));
  return { target: relationIds[0] === undefined ? null : { kind: 'relation', id: relationIds[0] }, line: { id: hit.link.id, relationIds } };
}
const sameTarget = (a: Selection, b: Selection) => a?.kind === b?.kind && a?.id === b?.id;

/**
 * The map on a canvas, for maps too large for SVG to stay fluid. One element, repainted at most
 * once a frame when the layout moves, the view pans or the store's emphasis changes; what is under
 * the pointer is found in a spatial index. The keyboard moves the same cursor as in SVG, drawn as a
 * focus ring and announced in a live region.
 */
export function CanvasMap({ layout, interactive, pannable = false, viewRef, tooltipRef, hintRef, frozen, onChooseLine }: RendererProps) {
  const store = useMapStoreApi();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const frozenRef = useRef(frozen);
  const controller = useRef<{ hitAt(clientX: number, clientY: number, touch?: boolean): Hit; repaint(): void; reveal(target: Selection): void } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // A large map is drawn in a worker where the browser can; if the worker fails, here, on a fresh canvas.
  const [paintWhere, setPaintWhere] = useState<'worker' | 'page'>(() => (canPaintInWorker() ? 'worker' : 'page'));

  useEffect(() => {
    frozenRef.current = frozen;
  }, [frozen]);

  useEffect(() => {
    const canvas = canvasRef.current!;
    const { graph } = layout;
    const engine = startLayoutEngine(layout);
    let transform = { x: 0, y: 0, k: 1 };
    let focused = false;
    let userMoved = false;

    const sceneOf = (): SceneParts => {
      const state = store.getState();
      return {
        visibility: state.visibility,
        neighbourhood: selectNeighbourhood(state),
        selection: state.selection,
        cursor: focused && state.keyboardCursor ? { kind: state.keyboardCursor.kind, id: state.keyboardCursor.id } : null,
        colours: readColours(canvas),
        layoutMoving: engine.moving,
      };
    };
    let scene = sceneOf();
    const surfaceInput = { graph, index: store.getState().index, tints: layout.tints, scene };
    const surface = (paintWhere === 'worker' && startPaintWorker(canvas, surfaceInput)) || createPageSurface(canvas, surfaceInput);
    surface.onFailed(() => setPaintWhere('page'));
    let paintedFrames = 0;
    surface.onPainted((kind) => {
      // Counted on the element, for the bench and for anyone profiling: in the worker, frames are not the page's.
      canvas.dataset.paintedFrames = String(++paintedFrames);
      if (kind === 'full') markOnce('stancemap:first-frame');
    });
    // Only what changed crosses to the worker: the visibility's sets are cloned when filters change, not every frame.
    const syncScene = () => {
      const next = sceneOf();
      const changed = (Object.keys(next) as (keyof SceneParts)[]).filter((key) => (key === 'colours' ? JSON.stringify(next.colours) !== JSON.stringify(scene.colours) : next[key] !== scene[key]));
      if (changed.length > 0) surface.setScene(Object.fromEntries(changed.map((key) => [key, next[key]])));
      scene = next;
    };

    // A drawing is asked for at most once a frame: in full when anything but the view changed,
    // as a move of the last drawing while a gesture pans or zooms (redrawn in full when it pauses).
    let frame = 0;
    let due: PaintKind | null = null;
    let fullPaintTimer: ReturnType<typeof setTimeout> | undefined;
    // While the first layout spreads out, the view keeps it all in sight until the reader takes
    // over: fitted once per frame, just before it is drawn, however many positions came meanwhile.
    let followLayout = false;
    const paintNow = () => {
      if (followLayout) {
        followLayout = false;
        if (!userMoved && engine.moving) fitAll();
      }
      // Drawn now: a frame asked for meanwhile would only draw the same again.
      if (frame !== 0) cancelAnimationFrame(frame);
      frame = 0;
      const kind = due ?? 'full';
      due = null;
      if (kind === 'full') syncScene();
      surface.paint(transform, kind);
    };
    const schedule = (kind: PaintKind) => {
      if (due !== 'full') due = kind;
      if (frame === 0) frame = requestAnimationFrame(paintNow);
    };
    const repaint = () => schedule('full');
    const moveView = () => {
      schedule('moved');
      clearTimeout(fullPaintTimer);
      fullPaintTimer = setTimeout(repaint, 120);
    };

    let size = { width: canvas.clientWidth || 800, height: canvas.clientHeight || 600, pixelRatio: window.devicePixelRatio || 1 };
    const resize = () => {
      const rect = canvas.getBoundingClientRect();
      size = { width: rect.width || 800, height: rect.height || 600, pixelRatio: window.devicePixelRatio || 1 };
      surface.resize(size);
      due = 'full';
    };

    // A fit without animation is drawn in full at once, not moved like a gesture's frames.
    let fitting = false;

    const hint = createGestureHint(() => hintRef.current);
    const zoom = createZoom({
      surface: canvas,
      cooperative: isEmbeddedPage(),
      onGestureHint: hint.show,
      reducedMotion: prefersReducedMotion,
      interactive: interactive || pannable,
      isOverActor: (event) => hitAt(event.clientX, event.clientY)?.kind === 'actor',
      onTransform: (next) => {
        transform = next;
        if (fitting) repaint();
        else moveView();
      },
    });
    const fitAll = (animate = false, duration?: number) => {
      const { visibility, spotlight, frame } = store.getState();
      fitting = !animate;
      try {
        zoom.fitTo(boundsToFit(graph, visibility, spotlight, frame), { animate, duration });
      } finally {
        fitting = false;
      }
    };

    // The hit index follows the layout: rebuilt when positions or filters changed since it was built.
    let spatial: SpatialIndex | null = null;
    let spatialBuiltAt = -Infinity;
    let positionsChanged = true;
    let indexedVisibility = store.getState().visibility;
    const spatialIndex = () => {
      const { visibility } = store.getState();
      const stale = positionsChanged && (!engine.moving || performance.now() - spatialBuiltAt > REINDEX_WHILE_MOVING_MS);
      if (!spatial || stale || visibility !== indexedVisibility) {
        spatial = createSpatialIndex(
          graph.nodes.filter((node) => visibility.actorIds.has(node.id)),
          graph.links.filter((link) => link.role === 'relation' && link.relationIds.some((id) => visibility.relationIds.has(id))),
        );
        spatialBuiltAt = performance.now();
        positionsChanged = false;
        indexedVisibility = visibility;
      }
      return spatial;
    };
    // Every pick goes through the last pointer event's point (precisePoint): a click, a press that
    // may start a drag and a double-click all name what the hover under the same pointer named.
    let lastPointer: { clientX: number; clientY: number } | null = null;
    const trackPointer = (event: globalThis.PointerEvent) => (lastPointer = { clientX: event.clientX, clientY: event.clientY });
    for (const type of ['pointermove', 'pointerdown', 'pointerup'] as const) canvas.addEventListener(type, trackPointer, true);
    const hitAt = (eventX: number, eventY: number, touch = false): Hit => {
      const { clientX, clientY } = precisePoint({ clientX: eventX, clientY: eventY }, lastPointer);
      const box = canvas.getBoundingClientRect();
      const point = { x: (clientX - box.left - transform.x) / transform.k, y: (clientY - box.top - transform.y) / transform.k };
      // A finger is wide: lines within 24 px of a tap, as Cytoscape picks them; the nearest wins.
      return spatialIndex().hit(point, { actor: ACTOR_HIT_PX / transform.k, line: touch ? touchLineReach(RELATION_LINE_WIDTH, transform.k) : LINE_HIT_PX / transform.k });
    };
    // Brings a keyboard target into view when it is off screen.
    const reveal = (target: Selection) => {
      if (!target) return;
      const relation = target.kind === 'relation' ? graph.lineByRelation.get(target.id) : undefined;
      const nodes = relation ? [relation.source, relation.target] : [graph.nodeById.get(target.id)].filter((node) => node !== undefined);
      if (nodes.length === 0) return;
      const x = nodes.reduce((sum, node) => sum + node.x!, 0) / nodes.length;
      const y = nodes.reduce((sum, node) => sum + node.y!, 0) / nodes.length;
      const screenX = transform.x + transform.k * x;
      const screenY = transform.y + transform.k * y;
      if (screenX < 40 || screenY < 40 || screenX > size.width - 40 || screenY > size.height - 40) {
        const k = Math.max(transform.k, 0.6);
        zoom.fitTo({ minX: x - size.width / 2 / k, maxX: x + size.width / 2 / k, minY: y - size.height / 2 / k, maxY: y + size.height / 2 / k }, { animate: true });
      }
    };
    controller.current = { hitAt, repaint, reveal };

    const fitForPrint = () => fitAll();
    window.addEventListener('beforeprint', fitForPrint);
    canvas.addEventListener('wheel', () => (userMoved = true), { passive: true });
    canvas.addEventListener('pointerdown', () => (userMoved = true));
    const onFocusChange = () => {
      focused = document.activeElement === canvas;
      repaint();
    };
    canvas.addEventListener('focus', onFocusChange);
    canvas.addEventListener('blur', onFocusChange);
    // Sized, fitted, then drawn at once: a canvas cleared by resizing must not wait a frame, and
    // a drawing before the fit would draw the map at the wrong scale (every label of a big map).
    // The settled drawing is shaped to the box when its size is known and when it changes, as in SVG.
    const shaper = createDrawingShaper(graph);
    const shapeAndFit = () => {
      if (userMoved) return;
      if (!engine.moving) {
        shaper.shapeTo(size.width, size.height);
        engine.placed();
        positionsChanged = true;
      }
      fitAll();
    };
    const resizeObserver = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => {
      resize();
      shapeAndFit();
      paintNow();
    });
    // As in SVG: sized and fitted from the observer's first call, after the page's layout, rather
    // than by measuring here, which would force a layout of its own.
    if (resizeObserver) resizeObserver.observe(canvas);
    else {
      resize();
      fitAll();
      paintNow();
    }
    const unsubscribe = store.subscribe((state, previous) => {
      userMoved = fitOnChange(state, previous, userMoved, fitAll);
      if (state.hover !== previous.hover || state.selection !== previous.selection || state.visibility !== previous.visibility || state.spotlight !== previous.spotlight || state.keyboardCursor !== previous.keyboardCursor) repaint();
    });
    // The theme can change under the map (dark mode, a host page's flag).
    const themeObserver = new MutationObserver(repaint);
    themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'data-transparent'] });

    const driver = createLayoutDriver(engine, canvas, { reducedMotion: prefersReducedMotion, frozen: () => frozenRef.current });
    engine.onMove(() => {
      positionsChanged = true;
      // A reader who asked for less motion sees the map once it has settled, not on its way there.
      if (prefersReducedMotion() && engine.moving) return;
      followLayout = true;
      repaint();
    });
    engine.onRest(() => {
      positionsChanged = true;
      if (!userMoved) {
        shaper.takePositions();
        shapeAndFit();
      }
      repaint();
    });
    const actorsInView = import.meta.env.EMBED_PAGE ? undefined : () => {
      const { x, y, k, width, height } = zoom.view();
      const { actorIds } = store.getState().visibility;
      return nodesInView(graph.nodes.filter((node) => actorIds.has(node.id)).map((node) => ({ id: node.id, x: node.x ?? 0, y: node.y ?? 0 })), { x, y, k }, width, height);
    };
    viewRef.current = { zoomBy: zoom.zoomBy, fitToView: () => fitAll(true), rest: driver.rest, reveal: zoom.reveal, actorsInView };
    const unfollowSelection = followSelection(store, () => viewRef.current, graph, canvas);
    const drag = interactive
      ? createActorDrag({
          container: canvas,
          actorAt: (event) => {
            if (!zoom.takesTouch(event)) return undefined;
            const hit = hitAt(event.clientX, event.clientY);
            return hit?.kind === 'actor' ? hit.node : undefined;
          },
          toMap: (point) => ({ x: (point.x - transform.x) / transform.k, y: (point.y - transform.y) / transform.k }),
          engine,
          wake: driver.wake,
          onMove: () => {
            positionsChanged = true;
            repaint();
          },
          onPinChange: repaint,
        })
      : null;
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      clearTimeout(fullPaintTimer);
      resizeObserver?.disconnect();
      themeObserver.disconnect();
      window.removeEventListener('beforeprint', fitForPrint);
      canvas.removeEventListener('focus', onFocusChange);
      canvas.removeEventListener('blur', onFocusChange);
      for (const type of ['pointermove', 'pointerdown', 'pointerup'] as const) canvas.removeEventListener(type, trackPointer, true);
      unsubscribe();
      unfollowSelection();
      drag?.destroy();
      driver.destroy();
      zoom.destroy();
      hint.destroy();
      engine.destroy();
      surface.destroy();
      controller.current = null;
      viewRef.current = null;
    };
  }, [layout, store, interactive, pannable, viewRef, hintRef, paintWhere]);

  const pickAt = (event: { clientX: number; clientY: number }, touch = false): Picked => picked(controller.current?.hitAt(event.clientX, event.clientY, touch) ?? null, store.getState().visibility.relationIds);

  // A click on a line of several relations lists them in the chooser, as in SVG; any other selects what it is on.
  const handleClick = (event: MouseEvent) => {
    const { target, line } = pickAt(event, (event.nativeEvent as Partial<globalThis.PointerEvent>).pointerType === 'touch');
    if (line && line.relationIds.length > 1) return onChooseLine({ lineId: line.id, relationIds: line.relationIds, clientX: event.clientX, clientY: event.clientY });
    if (target) store.getState().select(target);
    else store.getState().clearSelection();
  };

  const handlePointer = (event: PointerEvent) => {
    // While a button is down the map is being panned or an actor dragged: no hover to track.
    if (event.buttons !== 0) {
      if (tooltipRef.current) tooltipRef.current.hidden = true;
      return;
    }
    const { target, line } = pickAt(event);
    const state = store.getState();
    if (event.pointerType !== 'touch' && !sameTarget(state.hover, target)) state.setHover(target);
    canvasRef.current!.style.cursor = target ? 'pointer' : '';
    const grouped = line && line.relationIds.length > 1 ? groupName(state.index, line.relationIds, line.relationIds.length, null, state.drawn) : undefined;
    showTooltip(tooltipRef.current, canvasRef.current, state.index, target, event, grouped);
  };
  const handlePointerLeave = () => leaveMap(store, tooltipRef.current);

  const focusCursor = (cursor: MapCursor | null, reveal = true) => {
    if (!cursor) return;
    store.getState().moveKeyboardCursor(cursor);
    const target = { kind: cursor.kind, id: cursor.id } as const;
    if (reveal) controller.current?.reveal(target);
    const { index, visibility, drawn } = store.getState();
    // On a grouped line, which of its relations, as the SVG line's name says it.
    const group = cursor.kind === 'relation' ? layout.graph.lineByRelation.get(cursor.id)?.relationIds.filter((id) => visibility.relationIds.has(id)) : undefined;
    const name = group && group.length > 1 ? groupName(index, group, group.length, cursor.id, drawn) : describeElement(index, target);
    const kind = cursor.kind === 'actor' ? index.actorsById.get(cursor.id)?.kind : undefined;
    setAnnouncement(cursor.kind === 'actor' ? t('{name}, {kind}', { name, kind: kind ? kindLabel(kind) : t('actor') }) : name);
  };

  const handleKeyDown = (event: KeyboardEvent) => {
    const cursor = store.getState().keyboardCursor;
    handleMapKey(event, { store, view: viewRef.current, surface: canvasRef.current, focusCursor, activated: cursor ? { kind: cursor.kind, id: cursor.id } : null });
  };

  const handleFocus = (event: FocusEvent) => {
    if (event.target !== canvasRef.current) return;
    const state = store.getState();
    const cursor = state.keyboardCursor;
    const shown = cursor && (cursor.kind === 'actor' ? state.visibility.actorIds.has(cursor.id) : state.visibility.relationIds.has(cursor.id));
    // Focus that a pointer press gives the canvas must not pan the map under the pointer before its
    // click lands (the click would then pick whatever moved there); keyboard focus brings its place into view.
    focusCursor(shown ? cursor : firstCursor(state.index, state.visibility), canvasRef.current?.matches(':focus-visible') ?? true);
  };

  return (
    <>
      <canvas
        key={paintWhere}
        ref={canvasRef}
        className="stance-map-canvas"
        role="group"
        aria-label={t('Map of actors and their stances')}
        aria-roledescription={t('map')}
        data-layout="settling"
        {...(interactive
          ? {
              'aria-describedby': 'stancemap-keyboard-help',
              tabIndex: 0,
              onClick: handleClick,
              onPointerMove: handlePointer,
              onPointerLeave: handlePointerLeave,
              onKeyDown: handleKeyDown,
              onFocus: handleFocus,
            }
          : {})}
      />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
