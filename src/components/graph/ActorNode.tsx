import { memo, useCallback } from 'react';
import { LABEL_LINE_HEIGHT } from '../../layout/labelLines';
import { kindPath, KIND_LABELS, UNGROUPED_TINT } from '../theme';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectActorEmphasis, selectIsActorCursor, selectIsActorSelected, selectIsActorVisible } from '../../store/selectors';
import { nodeTransform } from './createTickPainter';
import { useGraphContext } from './GraphContext';

/**
 * One actor. It renders when its own visibility, emphasis, selection or keyboard focus changes,
 * never on a simulation tick: the tick painter moves it by writing its transform.
 */
export const ActorNode = memo(function ActorNode({ actorId }: { actorId: string }) {
  const { graph, painter, tints, interactive } = useGraphContext();
  const actor = useMapStore((state) => state.index.actorsById.get(actorId)!);
  const visible = useMapStore(selectIsActorVisible(actorId));
  const emphasis = useMapStore(selectActorEmphasis(actorId));
  const selected = useMapStore(selectIsActorSelected(actorId));
  const isCursor = useMapStore(selectIsActorCursor(actorId));
  const register = useCallback((element: SVGGElement | null) => painter.registerNode(actorId, element), [painter, actorId]);
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
      aria-label={actor.name}
      aria-roledescription={KIND_LABELS[actor.kind]}
      aria-pressed={interactive ? selected : undefined}
      tabIndex={interactive ? (isCursor ? 0 : -1) : undefined}
    >
      <circle className="actor-hit" r={Math.max(node.radius + 4, 14)} />
      <path className="actor-shape" d={kindPath(actor.kind, node.radius)} fill={tint} />
      <text className="actor-label" y={node.radius + LABEL_LINE_HEIGHT * node.labelScale} textAnchor="middle" style={node.labelScale === 1 ? undefined : { fontSize: `${12 * node.labelScale}px` }}>
        {node.labelLines.map((line, lineIndex) => (
          <tspan key={lineIndex} x="0" dy={lineIndex === 0 ? 0 : LABEL_LINE_HEIGHT * node.labelScale}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
});
