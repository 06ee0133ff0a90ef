import { useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { t } from '../../i18n/translate';
import { createActorDrag } from '../../interaction/createActorDrag';
import { createZoom } from '../../interaction/createZoom';
import { firstCursor, type MapCursor } from '../../interaction/keyboardNavigation';
import { recognizeTaps } from '../../interaction/recognizeTaps';
import { FIT_PADDING, nodesInView } from '../../layout/edgeGeometry';
import { bowApartOverlappingLines } from '../../layout/bowApartOverlappingLines';
import { nearestRelation, touchLineReach } from '../../layout/nearestRelation';
import type { Selection } from '../../model/selection';
import { useMapStore, useMapStoreApi } from '../../store/MapStoreProvider';
import type { MapState } from '../../store/createMapStore';
import { selectIndex } from '../../store/selectors';
import { prefersReducedMotion } from '../prefersReducedMotion';
import { usePrerendering } from '../prerender';
import { ActorNode } from './ActorNode';
import { ArrowMarkers } from './ArrowMarkers';
import { boundsToFit, createDrawingShaper, createLayoutDriver, fitOnChange, followSelection, markOnce } from './mapBehaviour';
import { createTickPainter } from './createTickPainter';
import { createGestureHint, isEmbeddedPage } from './gestureHint';
import { createLabelPainter } from './createLabelPainter';
import { startLayoutEngine } from './startLayoutEngine';
import { GraphContext, type GraphContextValue } from './GraphContext';
import { handleMapKey, leaveMap, showTooltip } from './mapInput';
import type { RendererProps } from './mapView';
import { MemberLink } from './MemberLink';
import { groupName, RelationEdge, RelationHitArea } from './RelationEdge';

/** A relation's drawn width in map units (.relation-line in styles.css). */
const RELATION_LINE_WIDTH = 2.2;

/** What a pointer or key event is on: an actor, or a drawn line (one relation, or a group of them). */
export type MapHit = { kind: 'actor'; id: string } | { kind: 'line'; id: string } | null;

function hitAt(target: EventTarget | null, graph: RendererProps['layout']['graph']): MapHit {
  const element = (target as Element | null)?.closest?.('[data-actor-id], [data-relation-id], [data-relation-ids], [data-hit-line]');
  if (!element) return null;
  const actorId = element.getAttribute('data-actor-id');
  if (actorId) return { kind: 'actor', id: actorId };
  const hitLine = element.getAttribute('data-hit-line');
  if (hitLine) return { kind: 'line', id: hitLine };
  const relationId = element.getAttribute('data-relation-id');
  // A group's element names its relations, not its line: the line is found by its first relation.
  const firstId = relationId ?? element.getAttribute('data-relation-ids')!.split(' ')[0]!;
  return { kind: 'line', id: graph.lineByRelation.get(firstId)?.id ?? firstId };
}

/**
 * The fit the zoom would make once the page runs, made by the SVG itself: a view box around the
 * map, so the prerendered first frame fills its box at any size (with the zoom's padding taken
 * at scale 1; the zoom's maximum scale is not applied).
 */
function prerenderedFit(graph: RendererProps['layout']['graph'], { visibility, spotlight, frame }: Pick<MapState, 'visibility' | 'spotlight' | 'frame'>) {
  const { minX, minY, maxX, maxY } = boundsToFit(graph, visibility, spotlight, frame);
  const box = [minX - FIT_PADDING, minY - FIT_PADDING, maxX - minX + 2 * FIT_PADDING, maxY - minY + 2 * FIT_PADDING].map((value) => Math.round(value));
  return { viewBox: box.join(' '), preserveAspectRatio: 'xMidYMid meet' };
}

function elementFor(svg: SVGSVGElement, graph: RendererProps['layout']['graph'], cursor: MapCursor): SVGGElement | null {
  if (cursor.kind === 'actor') return svg.querySelector<SVGGElement>(`[data-actor-id="${CSS.escape(cursor.id)}"]`);
  const line = graph.lineByRelation.get(cursor.id);
  if (!line || line.relationIds.length === 1) return svg.querySelector<SVGGElement>(`[data-relation-id="${CSS.escape(cursor.id)}"]`);
  return svg.querySelector<SVGGElement>(`[data-relation-ids~="${CSS.escape(cursor.id)}"]`);
}

/**
 * The map in SVG: React renders each element once, and the tick painter moves them when the
 * layout runs. Every actor and relation is a button with a name.
 */
export function SvgMap({ layout, interactive, pannable = false, viewRef, tooltipRef, hintRef, frozen, onChooseLine }: RendererProps) {
  const store = useMapStoreApi();
  const index = useMapStore(selectIndex);
  const svgRef = useRef<SVGSVGElement>(null);
  const viewportRef = useRef<SVGGElement>(null);
  const frozenRef = useRef(frozen);
  const cursorShown = useMapStore((state) => {
    const cursor = state.keyboardCursor;
    if (!cursor) return false;
    return cursor.kind === 'actor' ? state.visibility.actorIds.has(cursor.id) : state.visibility.relationIds.has(cursor.id);
  });
  const prerendering = usePrerendering();
  const [taps] = useState(recognizeTaps);
  const tapAnswered = useRef(false);
  // The actors of the last drawing: a new drawing of the same actors (a bloc opened or closed, the
  // lines regrouped) glides to its fit; a first drawing, or one after an edit, is fitted at once.
  const drawnNodes = useRef<unknown>(null);
  // Wider lines (more relations) under narrower ones: where parallel lines crowd, as a bloc's do on
  // a small screen, a single relation's line stays in sight above a group's.
  const linesInDrawingOrder = useMemo(() => layout.graph.links.filter((link) => link.role === 'relation').sort((a, b) => b.relationIds.length - a.relationIds.length), [layout]);
  const context = useMemo<GraphContextValue>(() => ({ graph: layout.graph, painter: createTickPainter(layout.graph), tints: layout.tints, interactive }), [layout, interactive]);

  useEffect(() => {
    frozenRef.current = frozen;
  }, [frozen]);

  useEffect(() => {
    const svg = svgRef.current!;
    const viewport = viewportRef.current!;
    const { graph, painter } = context;
    const engine = startLayoutEngine(layout);
    let userMoved = false;
    const hint = createGestureHint(() => hintRef.current);
    const labels = createLabelPainter({ surface: svg, viewport, graph, store });
    const zoom = createZoom({ surface: svg, viewport, reducedMotion: prefersReducedMotion, interactive: interactive || pannable, onTransform: labels.setTransform, cooperative: isEmbeddedPage(), onGestureHint: hint.show });
    const fitAll = (animate = false, duration?: number) => {
      const { visibility, spotlight, frame } = store.getState();
      zoom.fitTo(boundsToFit(graph, visibility, spotlight, frame), { animate, duration });
    };
    // Paper has its own size: the whole map, fitted to the page.
    const fitForPrint = () => {
      fitAll();
      labels.placeNow();
    };
    window.addEventListener('beforeprint', fitForPrint);
    svg.addEventListener('wheel', () => (userMoved = true), { passive: true });
    svg.addEventListener('pointerdown', () => (userMoved = true));
    // A tap is answered at its pointerup; the click the browser would send after it, moved by touch
    // adjustment, is not sent: it could land on the chooser or the details the tap just opened.
    const cancelClickAfterTap = (event: TouchEvent) => {
      if (tapAnswered.current) event.preventDefault();
      tapAnswered.current = false;
    };
    // Captured: d3-zoom stops the touchend from going further.
    svg.addEventListener('touchend', cancelClickAfterTap, { capture: true });
    // Fit, and refit while the reader has not moved the map: the container's size is known only
    // after layout, and it changes when a phone turns or a panel opens. The observer's first call
    // comes after the page's first layout and before its first paint, so fitting there does not
    // force a layout of its own (measuring the map here did, at ~200 ms of the first frame).
    // The drawing is shaped to the box at the same moments, from the layout's own positions.
    const shaper = createDrawingShaper(graph);
    let box = { width: 0, height: 0 };
    let glide = drawnNodes.current === graph.nodes;
    drawnNodes.current = graph.nodes;
    const shapeAndFit = () => {
      if (userMoved) return;
      if (!engine.moving && box.width > 0) {
        shaper.shapeTo(box.width, box.height);
        bowApartOverlappingLines(graph.links);
        engine.placed();
        painter.flush();
      }
      fitAll(glide);
      glide = false;
    };
    const resizeObserver =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(([entry]) => {
            if (entry) box = { width: entry.contentRect.width, height: entry.contentRect.height };
            shapeAndFit();
            labels.schedule();
          });
    if (resizeObserver) resizeObserver.observe(svg);
    else fitAll();
    const unsubscribeFilters = store.subscribe((state, previous) => {
      userMoved = fitOnChange(state, previous, userMoved, fitAll);
    });

    const driver = createLayoutDriver(engine, svg, { reducedMotion: prefersReducedMotion, frozen: () => frozenRef.current });
    // A worker's first layout is shown as it settles, but not to a reader who asked for less motion.
    const repaint = () => {
      painter.schedule();
      labels.schedule();
    };
    engine.onMove(() => (!prefersReducedMotion() || !engine.moving) && repaint());
    engine.onRest(() => {
      repaint();
      if (userMoved) return;
      shaper.takePositions();
      shapeAndFit();
    });
    const actorsInView = import.meta.env.EMBED_PAGE ? undefined : () => {
      const { x, y, k, width, height } = zoom.view();
      const { actorIds } = store.getState().visibility;
      return nodesInView(graph.nodes.filter((node) => actorIds.has(node.id)).map((node) => ({ id: node.id, x: node.x ?? 0, y: node.y ?? 0 })), { x, y, k }, width, height);
    };
    viewRef.current = { zoomBy: zoom.zoomBy, fitToView: () => fitAll(true), rest: driver.rest, reveal: zoom.reveal, actorsInView };
    const unfollowSelection = followSelection(store, () => viewRef.current, graph, svg);
    const drag = interactive
      ? createActorDrag({
          container: viewport,
          actorAt: (event) => {
            // In an embed, one finger on an actor scrolls the page like anywhere else on the map.
            if (!zoom.takesTouch(event)) return undefined;
            const id = (event.target as Element | null)?.closest?.('[data-actor-id]')?.getAttribute('data-actor-id');
            return id ? graph.nodeById.get(id) : undefined;
          },
          engine,
          wake: driver.wake,
          onMove: repaint,
          onPinChange: (node, pinned) => {
            const element = viewport.querySelector(`[data-actor-id="${node.id}"]`);
            if (pinned) element?.setAttribute('data-pinned', 'true');
            else element?.removeAttribute('data-pinned');
          },
        })
      : null;
    const frame = requestAnimationFrame(() => markOnce('stancemap:first-frame'));

    return () => {
      cancelAnimationFrame(frame);
      resizeObserver?.disconnect();
      window.removeEventListener('beforeprint', fitForPrint);
      unsubscribeFilters();
      unfollowSelection();
      svg.removeEventListener('touchend', cancelClickAfterTap, { capture: true });
      drag?.destroy();
      driver.destroy();
      zoom.destroy();
      hint.destroy();
      engine.destroy();
      painter.destroy();
      labels.destroy();
      viewRef.current = null;
    };
  }, [layout, context, store, interactive, pannable, viewRef, hintRef]);

  /**
   * What the pointer is on. Over the wide invisible stroke of a line, the nearest visible line wins,
   * not the one drawn last, so a click lands on the line the reader aimed at.
   */
  const elementAtPointer = (event: { target: EventTarget | null; clientX: number; clientY: number }, touch = false): MapHit => {
    const hit = hitAt(event.target, layout.graph);
    // On a drawn line (its stroke, arrow or count), that line: the nearest-line rules are for the
    // bands around lines.
    if ((event.target as Element | null)?.closest?.('[data-relation-id], [data-relation-ids]')) return hit;
    const matrix = viewportRef.current?.getScreenCTM?.();
    // A finger is wide: a tap off any actor picks the nearest line within 24 px of it (Cytoscape's rule).
    if (touch && hit?.kind !== 'actor' && matrix) {
      const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
      const visible = store.getState().visibility.relationIds;
      const link = nearestRelation(point, layout.graph.links, (line) => line.relationIds.some((id) => visible.has(id)), touchLineReach(RELATION_LINE_WIDTH, matrix.a));
      if (link) return { kind: 'line', id: link.id };
    }
    if (hit?.kind !== 'line' || !matrix) return hit;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const visible = store.getState().visibility.relationIds;
    return { kind: 'line', id: nearestRelation(point, layout.graph.links, (line) => line.relationIds.some((id) => visible.has(id)))?.id ?? hit.id };
  };

  /** The relations a line draws that the filters show. */
  const visibleRelationsOf = (lineId: string) => {
    const visible = store.getState().visibility.relationIds;
    return (layout.graph.linkById.get(lineId)?.relationIds ?? []).filter((id) => visible.has(id));
  };
  /** What hovering or the tooltip speaks of: an actor, or a line's (first) relation. */
  const selectionOf = (hit: MapHit): Selection => {
    if (!hit) return null;
    if (hit.kind === 'actor') return hit;
    const first = visibleRelationsOf(hit.id)[0];
    return first === undefined ? null : { kind: 'relation', id: first };
  };

  /** A click, or a tap at the point the finger touched: selects what is there, or opens a group's chooser. */
  const press = (event: { target: EventTarget | null; clientX: number; clientY: number }, touch: boolean) => {
    const hit = elementAtPointer(event, touch);
    if (hit?.kind === 'line') {
      const relationIds = visibleRelationsOf(hit.id);
      if (relationIds.length > 1) return onChooseLine({ lineId: hit.id, relationIds, clientX: event.clientX, clientY: event.clientY });
    }
    const target = selectionOf(hit);
    if (target) store.getState().select(target);
    else store.getState().clearSelection();
  };
  const handleClick = (event: MouseEvent) => {
    const native = event.nativeEvent as Partial<globalThis.PointerEvent> & Event;
    if (taps.clickFollowsTap(native)) return;
    press(event, native.pointerType === 'touch');
  };
  const handlePointerDown = (event: PointerEvent) => taps.down(event.nativeEvent);
  const handlePointerUp = (event: PointerEvent) => {
    const tapped = taps.up(event.nativeEvent);
    if (!tapped) return;
    tapAnswered.current = true;
    press({ ...tapped, target: document.elementFromPoint(tapped.clientX, tapped.clientY) }, true);
  };
  const handlePointerCancel = (event: PointerEvent) => taps.cancel(event.nativeEvent);

  const handlePointer = (event: PointerEvent) => {
    const hit = elementAtPointer(event);
    const target = selectionOf(hit);
    if (event.pointerType !== 'touch') store.getState().setHover(target);
    const relationIds = hit?.kind === 'line' ? visibleRelationsOf(hit.id) : [];
    const { index } = store.getState();
    showTooltip(tooltipRef.current, svgRef.current, index, target, event, relationIds.length > 1 ? groupName(index, relationIds, relationIds.length, null, store.getState().drawn) : undefined);
  };
  const handlePointerLeave = () => leaveMap(store, tooltipRef.current);

  const focusCursor = (cursor: MapCursor | null) => {
    if (!cursor) return;
    store.getState().moveKeyboardCursor(cursor);
    // The element exists already; React only moves the tab stop to it on the next render.
    const element = elementFor(svgRef.current!, layout.graph, cursor);
    element?.setAttribute('tabindex', '0');
    element?.focus();
  };

  // Enter on a line selects the relation the keyboard is on, inside a group too.
  const activatedBy = (target: EventTarget | null): Selection => {
    const hit = hitAt(target, layout.graph);
    if (hit?.kind !== 'line') return hit;
    const cursor = store.getState().keyboardCursor;
    const relationIds = layout.graph.linkById.get(hit.id)?.relationIds ?? [];
    return { kind: 'relation', id: cursor?.kind === 'relation' && relationIds.includes(cursor.id) ? cursor.id : relationIds[0]! };
  };
  const handleKeyDown = (event: KeyboardEvent) => handleMapKey(event, { store, view: viewRef.current, surface: svgRef.current, focusCursor, activated: activatedBy(event.target) });

  const handleFocus = (event: FocusEvent) => {
    if (event.target !== svgRef.current) return;
    const state = store.getState();
    focusCursor(cursorShown && state.keyboardCursor ? state.keyboardCursor : firstCursor(state.index, state.visibility));
  };

  return (
    <GraphContext.Provider value={context}>
      <svg
        ref={svgRef}
        className="stance-map-svg"
        role="group"
        aria-label={t('Map of actors and their stances')}
        data-layout="settling"
        {...(prerendering ? prerenderedFit(layout.graph, store.getState()) : {})}
        {...(interactive
          ? {
              'aria-describedby': 'stancemap-keyboard-help',
              tabIndex: cursorShown ? -1 : 0,
              onClick: handleClick,
              onPointerDown: handlePointerDown,
              onPointerUp: handlePointerUp,
              onPointerCancel: handlePointerCancel,
              onPointerOver: handlePointer,
              onPointerMove: handlePointer,
              onPointerLeave: handlePointerLeave,
              onKeyDown: handleKeyDown,
              onFocus: handleFocus,
            }
          : {})}
      >
        <ArrowMarkers />
        <g ref={viewportRef} className="viewport">
          <g className="member-links">
            {index.dataset.actors.map((actor) => actor.partOf && <MemberLink key={actor.id} memberId={actor.id} groupId={actor.partOf} />)}
          </g>
          <g className="relation-hits">{linesInDrawingOrder.map((link) => <RelationHitArea key={link.id} lineId={link.id} />)}</g>
          <g className="relations">
            {linesInDrawingOrder.map((link) => <RelationEdge key={link.id} lineId={link.id} />)}
          </g>
          <g className="actors">
            {index.dataset.actors.map((actor) => (
              <ActorNode key={actor.id} actorId={actor.id} />
            ))}
          </g>
        </g>
      </svg>
    </GraphContext.Provider>
  );
}
