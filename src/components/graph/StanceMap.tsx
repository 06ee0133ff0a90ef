import { useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { createActorDrag } from '../../interaction/createActorDrag';
import { createZoom, type ZoomController } from '../../interaction/createZoom';
import { firstCursor, isNavigationKey, nextCursor, type MapCursor } from '../../interaction/keyboardNavigation';
import { createLayoutMemory } from '../../layout/layoutDataset';
import { distanceToEdge, nodeBounds } from '../../layout/edgeGeometry';
import { relationLabel } from '../../model/indexDataset';
import type { SimulationGraph } from '../../layout/simulationGraph';
import type { Visibility } from '../../model/filters';
import type { Selection } from '../../model/selection';
import type { ElementSet } from '../../store/createMapStore';
import { useMapStore, useMapStoreApi } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { groupTints } from '../theme';
import { prefersReducedMotion } from '../prefersReducedMotion';
import { ActorNode } from './ActorNode';
import { ArrowMarkers } from './ArrowMarkers';
import { createTickPainter } from './createTickPainter';
import { GraphContext, type GraphContextValue } from './GraphContext';
import { MemberLink } from './MemberLink';
import { RelationEdge } from './RelationEdge';

/** However it was woken, the layout comes to rest this soon after it is let go. */
const LAYOUT_STOPS_WITHIN_MS = 5000;

function graphElementAt(target: EventTarget | null): Selection {
  const element = (target as Element | null)?.closest?.('[data-actor-id], [data-relation-id]');
  if (!element) return null;
  const actorId = element.getAttribute('data-actor-id');
  if (actorId) return { kind: 'actor', id: actorId };
  return { kind: 'relation', id: element.getAttribute('data-relation-id')! };
}

/** What the view fits: a presentation step's actors with room around them, or every visible actor. */
function boundsToFit(graph: SimulationGraph, visibility: Visibility, spotlight: ElementSet | null) {
  const shown = (id: string) => visibility.actorIds.has(id) && (!spotlight || spotlight.actorIds.size === 0 || spotlight.actorIds.has(id));
  const nodes = graph.nodes.filter((node) => shown(node.id));
  const bounds = nodeBounds(nodes.map((node) => ({ x: node.x ?? 0, y: node.y ?? 0, radius: node.radius, labelWidth: node.labelWidth, labelLineCount: node.labelLines.length, labelScale: node.labelScale })));
  if (!spotlight) return bounds;
  const marginX = Math.max(80, (bounds.maxX - bounds.minX) * 0.15);
  const marginY = Math.max(60, (bounds.maxY - bounds.minY) * 0.15);
  return { minX: bounds.minX - marginX, maxX: bounds.maxX + marginX, minY: bounds.minY - marginY, maxY: bounds.maxY + marginY };
}

function elementFor(svg: SVGSVGElement, cursor: MapCursor): SVGGElement | null {
  const attribute = cursor.kind === 'actor' ? 'data-actor-id' : 'data-relation-id';
  return svg.querySelector<SVGGElement>(`[${attribute}="${cursor.id}"]`);
}

/**
 * The force-directed map. The layout is computed and settled before the first paint, so the map
 * appears still and the same on every load; React renders each element once, and the tick
 * painter moves them when a drag wakes the simulation.
 */
export function StanceMap({ interactive = true, labelScale = 1 }: { interactive?: boolean; labelScale?: number }) {
  const store = useMapStoreApi();
  const index = useMapStore(selectIndex);
  const svgRef = useRef<SVGSVGElement>(null);
  const viewportRef = useRef<SVGGElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const zoomRef = useRef<ZoomController | null>(null);
  const frozen = useRef(false);
  const freezeRef = useRef<() => void>(() => {});
  const [isFrozen, setFrozen] = useState(false);
  const cursorShown = useMapStore((state) => {
    const cursor = state.keyboardCursor;
    if (!cursor) return false;
    return cursor.kind === 'actor' ? state.visibility.actorIds.has(cursor.id) : state.visibility.relationIds.has(cursor.id);
  });

  // After an edit the map starts from where its actors were, so it does not rearrange itself.
  const [memory] = useState(createLayoutMemory);
  const layout = useMemo(() => {
    const { graph, simulation } = memory.layout(index, { labelScale });
    const groupsWithMembers = index.dataset.actors.filter((actor) => (index.memberIdsByActor.get(actor.id)?.length ?? 0) > 0).map((actor) => actor.id);
    const context: GraphContextValue = { graph, painter: createTickPainter(graph), tints: groupTints(groupsWithMembers), interactive };
    return { simulation, context };
  }, [index, interactive, labelScale, memory]);

  useEffect(() => {
    const svg = svgRef.current!;
    const viewport = viewportRef.current!;
    const { simulation } = layout;
    const { graph, painter } = layout.context;
    const reduced = prefersReducedMotion;
    let userMoved = false;
    const zoom = createZoom({ svg, viewport, reducedMotion: reduced, interactive });
    zoomRef.current = zoom;
    const fitAll = (animate = false) => {
      const { visibility, spotlight } = store.getState();
      zoom.fitTo(boundsToFit(graph, visibility, spotlight), { animate });
    };
    fitAll();
    // Paper has its own size: the whole map, fitted to the page.
    const fitForPrint = () => fitAll();
    window.addEventListener('beforeprint', fitForPrint);
    svg.addEventListener('wheel', () => (userMoved = true), { passive: true });
    svg.addEventListener('pointerdown', () => (userMoved = true));
    // Refit while the reader has not moved the map: the container's size is known only after layout,
    // and it changes when a phone turns or a panel opens.
    const resizeObserver = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => !userMoved && fitAll());
    resizeObserver?.observe(svg);
    const unsubscribeFilters = store.subscribe((state, previous) => {
      if ((state.visibility !== previous.visibility || state.spotlight !== previous.spotlight) && !userMoved) fitAll(true);
    });

    svg.setAttribute('data-layout', 'settled');
    simulation.on('tick', painter.schedule);
    simulation.on('end', () => svg.setAttribute('data-layout', 'settled'));
    // A drag runs the layout (alpha target above 0); letting go lets it come to rest. Under reduced
    // motion the dragged actor moves alone.
    // Whatever wakes it, the layout stops by itself within five seconds of being let go.
    let stopTimer: ReturnType<typeof setTimeout> | undefined;
    const rest = () => {
      simulation.stop();
      svg.setAttribute('data-layout', 'settled');
    };
    const wake = (alphaTarget: number) => {
      if (reduced() || frozen.current) return;
      simulation.alphaTarget(alphaTarget);
      if (alphaTarget > 0 || simulation.alpha() < simulation.alphaMin()) {
        svg.setAttribute('data-layout', 'running');
        simulation.alpha(Math.max(simulation.alpha(), 0.3)).restart();
      }
      clearTimeout(stopTimer);
      if (alphaTarget === 0) stopTimer = setTimeout(rest, LAYOUT_STOPS_WITHIN_MS);
    };
    freezeRef.current = rest;
    const drag = interactive ? createActorDrag({ viewport, graph, wake, onMove: painter.schedule }) : null;

    return () => {
      resizeObserver?.disconnect();
      window.removeEventListener('beforeprint', fitForPrint);
      unsubscribeFilters();
      drag?.destroy();
      zoom.destroy();
      zoomRef.current = null;
      clearTimeout(stopTimer);
      simulation.on('tick', null).on('end', null).stop();
    };
  }, [layout, store, interactive]);

  /**
   * What the pointer is on. Over the wide invisible stroke of a line, the nearest visible line wins,
   * not the one drawn last, so a click lands on the line the reader aimed at.
   */
  const elementAtPointer = (event: { target: EventTarget | null; clientX: number; clientY: number }): Selection => {
    const hit = graphElementAt(event.target);
    const matrix = viewportRef.current?.getScreenCTM?.();
    if (hit?.kind !== 'relation' || !matrix) return hit;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const visible = store.getState().visibility.relationIds;
    let nearest = hit.id;
    let nearestDistance = Infinity;
    for (const link of layout.context.graph.links) {
      if (link.role !== 'relation' || !visible.has(link.id)) continue;
      const source = { x: link.source.x ?? 0, y: link.source.y ?? 0, radius: link.source.radius };
      const target = { x: link.target.x ?? 0, y: link.target.y ?? 0, radius: link.target.radius };
      const distance = distanceToEdge(point, source, target, link.curveOffset);
      if (distance < nearestDistance) {
        nearest = link.id;
        nearestDistance = distance;
      }
    }
    return { kind: 'relation', id: nearest };
  };

  const handleClick = (event: MouseEvent) => {
    const target = elementAtPointer(event);
    if (target) store.getState().select(target);
    else store.getState().clearSelection();
  };

  const handlePointer = (event: PointerEvent) => {
    const target = elementAtPointer(event);
    if (event.pointerType !== 'touch') store.getState().setHover(target);
    const tooltip = tooltipRef.current;
    const box = svgRef.current?.getBoundingClientRect();
    if (!tooltip || !box) return;
    tooltip.hidden = target === null;
    if (!target) return;
    const { index } = store.getState();
    const relation = target.kind === 'relation' ? index.relationsById.get(target.id) : undefined;
    tooltip.textContent = relation ? relationLabel(index, relation) : (index.actorsById.get(target.id)?.name ?? '');
    tooltip.style.transform = `translate(${Math.round(event.clientX - box.left + 14)}px, ${Math.round(event.clientY - box.top + 14)}px)`;
  };
  const handlePointerLeave = () => {
    store.getState().setHover(null);
    if (tooltipRef.current) tooltipRef.current.hidden = true;
  };

  const focusCursor = (cursor: MapCursor | null) => {
    if (!cursor) return;
    store.getState().moveKeyboardCursor(cursor);
    const svg = svgRef.current!;
    // The element exists already; React only moves the tab stop to it on the next render.
    const element = elementFor(svg, cursor);
    element?.setAttribute('tabindex', '0');
    element?.focus();
  };

  const handleKeyDown = (event: KeyboardEvent) => {
    const state = store.getState();
    if (isNavigationKey(event.key)) {
      event.preventDefault();
      focusCursor(nextCursor(state.index, state.visibility, state.keyboardCursor, event.key));
    } else if (event.key === 'Enter' || event.key === ' ') {
      const target = graphElementAt(event.target);
      if (target) {
        event.preventDefault();
        state.select(target);
      }
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      // The first Escape closes the details; the next leaves the map for the search box before it.
      if (state.selection) state.clearSelection();
      else svgRef.current?.closest('.explorer')?.querySelector<HTMLElement>('.search-box input')?.focus();
    } else if (event.key === '+' || event.key === '=') zoomRef.current?.zoomBy(1.3);
    else if (event.key === '-') zoomRef.current?.zoomBy(1 / 1.3);
    else if (event.key === '0') fitView();
  };

  const handleFocus = (event: FocusEvent) => {
    if (event.target !== svgRef.current) return;
    const state = store.getState();
    focusCursor(cursorShown && state.keyboardCursor ? state.keyboardCursor : firstCursor(state.index, state.visibility));
  };

  const fitView = () => {
    const { visibility, spotlight } = store.getState();
    zoomRef.current?.fitTo(boundsToFit(layout.context.graph, visibility, spotlight), { animate: true });
  };

  return (
    <div className="stance-map">
      <GraphContext.Provider value={layout.context}>
        <svg
          ref={svgRef}
          className="stance-map-svg"
          role="group"
          aria-label="Map of actors and their stances"
          data-layout="settling"
          {...(interactive
            ? {
                'aria-describedby': 'stancemap-keyboard-help',
                tabIndex: cursorShown ? -1 : 0,
                onClick: handleClick,
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
            <g className="relations">
              {index.dataset.relations.map((relation) => (
                <RelationEdge key={relation.id} relationId={relation.id} />
              ))}
            </g>
            <g className="actors">
              {index.dataset.actors.map((actor) => (
                <ActorNode key={actor.id} actorId={actor.id} />
              ))}
            </g>
          </g>
        </svg>
      </GraphContext.Provider>
      <div ref={tooltipRef} className="map-tooltip" role="presentation" hidden />
      {interactive && (
        <>
          <p id="stancemap-keyboard-help" className="visually-hidden">
            Arrow keys move between actors and along their relations; Enter shows the passage; Escape clears the selection.
          </p>
          <div className="map-controls">
            <button type="button" aria-label="Zoom in" title="Zoom in (+)" onClick={() => zoomRef.current?.zoomBy(1.3)}>
              +
            </button>
            <button type="button" aria-label="Zoom out" title="Zoom out (−)" onClick={() => zoomRef.current?.zoomBy(1 / 1.3)}>
              −
            </button>
            <button type="button" aria-label="Fit map to view" title="Fit map to view (0)" onClick={fitView}>
              ⤢
            </button>
            <button
              type="button"
              aria-label="Freeze the layout"
              title="Freeze the layout: dragging moves one actor only"
              aria-pressed={isFrozen}
              onClick={() => {
                frozen.current = !frozen.current;
                if (frozen.current) freezeRef.current();
                setFrozen(frozen.current);
              }}
            >
              ❄
            </button>
          </div>
        </>
      )}
    </div>
  );
}
