import { textDirection } from '../../model/textDirection';
import { Fragment, memo, useCallback } from 'react';
import type { CSSProperties } from 'react';
import { interfaceLocale, tn } from '../../i18n/translate';
import { kindLabel, kindPath, UNGROUPED_TINT } from '../theme';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectActorEmphasis, selectIsActorCursor, selectIsActorSelected, selectIsActorVisible } from '../../store/selectors';
import { nodeTransform } from './createTickPainter';
import { useGraphContext } from './GraphContext';
import { actorAccessibleName, actorHitRadius, shapeExtent } from './labelGeometry';

/**
 * One actor. It renders when its own visibility, emphasis, selection or keyboard focus changes,
 * never on a simulation tick: the tick painter moves it by writing its transform.
 *
 * Its label keeps its size on screen whatever the zoom: the map writes the zoom's 1/k once, as
 * `--label-unscale` on the viewport, and the label's CSS transform moves it to the edge of the
 * shape (in map units, so it follows the shape) and then scales it back. Which side of the shape
 * it takes, or whether it shows at all, the label painter writes as `data-label-side`.
 */
export const ActorNode = memo(function ActorNode({ actorId }: { actorId: string }) {
  const { graph, painter, tints, interactive } = useGraphContext();
  const actor = useMapStore((state) => state.index.actorsById.get(actorId)!);
  const visible = useMapStore(selectIsActorVisible(actorId));
  const emphasis = useMapStore(selectActorEmphasis(actorId));
  const selected = useMapStore(selectIsActorSelected(actorId));
  const isCursor = useMapStore(selectIsActorCursor(actorId));
  const register = useCallback((element: SVGGElement | null) => painter.registerNode(actorId, element), [painter, actorId]);
  // A bloc: closed, one shape for the actor and all it holds; open, the actor among its members.
  const held = useMapStore((state) => state.blocs.get(actorId)?.length ?? 0);
  const closed = useMapStore((state) => state.closedBlocs.has(actorId));
  const inside = useMapStore((state) => state.blocInside.get(actorId)?.length ?? 0);
  if (!visible) return null;
  const node = graph.nodeById.get(actorId)!;
  const tint = tints.get(node.group) ?? UNGROUPED_TINT;
  return (
    <g
      ref={register}
      className="actor"
      transform={nodeTransform(node)}
      data-actor-id={actorId}
      data-kind={actor.kind}
      data-emphasis={emphasis}
      data-selected={selected || undefined}
      role={interactive ? 'button' : 'img'}
      data-bloc={held === 0 ? undefined : closed ? 'closed' : 'open'}
      aria-label={closed ? blocName(actorAccessibleName(node.labelLines.join(' '), actor.name), held, inside) : actorAccessibleName(node.labelLines.join(' '), actor.name)}
      aria-roledescription={kindLabel(actor.kind)}
      aria-pressed={interactive ? selected : undefined}
      tabIndex={interactive ? (isCursor ? 0 : -1) : undefined}
    >
      <circle className="actor-hit" r={actorHitRadius(node.radius)} />
      {/* A closed bloc is drawn as a pile of its shape: more than one actor, whatever the colour. */}
      {closed && <path className="bloc-pile" d={kindPath(actor.kind, node.radius)} transform="translate(4,-4)" fill={tint} />}
      <path className="actor-shape" d={kindPath(actor.kind, node.radius)} fill={tint} />
      <text
        className="actor-label"
        direction={textDirection(actor.name) === 'rtl' ? 'rtl' : undefined}
        style={labelStyle(actor.kind, node.radius, node.labelScale, node.labelLines.length)}
      >
        {/* Lines apart by a space, so the label reads as the words it shows, to assistive tools as well. */}
        {node.labelLines.map((line, lineIndex) => (
          <Fragment key={lineIndex}>
            {lineIndex > 0 && ' '}
            <tspan x="0" dy={lineIndex === 0 ? undefined : '1.17em'}>
              {line}
              {closed && lineIndex === node.labelLines.length - 1 && ` · ${(held + 1).toLocaleString(interfaceLocale())}`}
            </tspan>
          </Fragment>
        ))}
      </text>
    </g>
  );
});

/** A closed bloc's name: its label, how many actors it stands for (itself and all it holds), and what happens inside. */
export function blocName(label: string, held: number, inside: number): string {
  const bloc = tn(held + 1, '{label} · {count}, a bloc of {count} actor', '{label} · {count}, a bloc of {count} actors', { label });
  return inside ? `${bloc}, ${tn(inside, '{count} relation inside', '{count} relations inside')}` : bloc;
}

function labelStyle(kind: Parameters<typeof shapeExtent>[0], radius: number, labelScale: number, lineCount: number): CSSProperties {
  const extent = shapeExtent(kind, radius);
  return {
    '--shape-top': `${extent.top}px`,
    '--shape-bottom': `${extent.bottom}px`,
    '--shape-left': `${extent.left}px`,
    '--shape-right': `${extent.right}px`,
    '--label-lines': lineCount,
    ...(labelScale === 1 ? {} : { fontSize: `${12 * labelScale}px` }),
  } as CSSProperties;
}
