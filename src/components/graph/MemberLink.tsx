import { memo, useCallback } from 'react';
import { useMapStore } from '../../store/MapStoreProvider';
import { linkGeometry } from './createTickPainter';
import { useGraphContext } from './GraphContext';

/** The faint tie between an actor and the actor it is part of: a grouping, not a stance. */
export const MemberLink = memo(function MemberLink({ memberId, groupId }: { memberId: string; groupId: string }) {
  const { graph, painter } = useGraphContext();
  const linkId = `member:${memberId}`;
  const visible = useMapStore((state) => state.visibility.actorIds.has(memberId) && state.visibility.actorIds.has(groupId));
  const register = useCallback((element: SVGGElement | null) => painter.registerEdge(linkId, element), [painter, linkId]);
  if (!visible) return null;
  const link = graph.linkById.get(linkId);
  return (
    <g ref={register} className="member-link" aria-hidden="true">
      <path data-geometry="" d={link && linkGeometry(link).path} />
    </g>
  );
});
