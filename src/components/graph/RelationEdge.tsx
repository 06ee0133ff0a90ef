import { memo, useCallback } from 'react';
import { relationLabel } from '../../model/indexDataset';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectIsRelationCursor, selectIsRelationSelected, selectIsRelationVisible, selectRelationEmphasis } from '../../store/selectors';
import { modalityStyle, STANCE_STYLES, statusLabel } from '../theme';
import { linkGeometry } from './createTickPainter';
import { useGraphContext } from './GraphContext';
import { markerId } from './ArrowMarkers';

/**
 * One relation as a directed line: stance by colour and pattern, status by arrowhead and a mark
 * at its middle, and a wide invisible stroke under it so that a thin line is easy to hit.
 */
export const RelationEdge = memo(function RelationEdge({ relationId }: { relationId: string }) {
  const { graph, painter, interactive } = useGraphContext();
  const index = useMapStore((state) => state.index);
  const relation = index.relationsById.get(relationId)!;
  const visible = useMapStore(selectIsRelationVisible(relationId));
  const emphasis = useMapStore(selectRelationEmphasis(relationId));
  const selected = useMapStore(selectIsRelationSelected(relationId));
  const isCursor = useMapStore(selectIsRelationCursor(relationId));
  const register = useCallback((element: SVGGElement | null) => painter.registerEdge(relationId, element), [painter, relationId]);
  if (!visible) return null;
  const stance = STANCE_STYLES[relation.stance];
  const modality = modalityStyle(relation.status);
  const { path, markTransform } = linkGeometry(graph.linkById.get(relationId)!);
  return (
    <g
      ref={register}
      className="relation"
      data-relation-id={relationId}
      data-stance={relation.stance}
      data-status={relation.status}
      data-emphasis={emphasis}
      data-selected={selected || undefined}
      role={interactive ? 'button' : 'img'}
      aria-label={relationLabel(index, relation)}
      aria-description={`${statusLabel(relation.status)}: ${relation.summary}`}
      aria-pressed={interactive ? selected : undefined}
      tabIndex={interactive ? (isCursor ? 0 : -1) : undefined}
    >
      <path className="relation-hit" data-geometry="" d={path} />
      {/* Always present, shown by CSS when selected: the painter keeps the paths it registered. */}
      <path className="relation-halo" data-geometry="" d={path} />
      <path
        className="relation-line"
        data-geometry=""
        d={path}
        stroke={stance.colour}
        strokeDasharray={stance.dash || undefined}
        strokeOpacity={modality.opacity}
        markerEnd={`url(#${markerId(relation.stance, modality.arrow)})`}
      />
      {modality.mark && (
        <g className="relation-status-mark" data-status-mark="" transform={markTransform}>
          <circle r={8} stroke={stance.colour} />
          <text dy="0.35em" textAnchor="middle">
            {modality.mark}
          </text>
        </g>
      )}
    </g>
  );
});
