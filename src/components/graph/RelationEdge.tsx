import { memo, useCallback, type CSSProperties } from 'react';
import { interfaceLocale, t, tn } from '../../i18n/translate';
import type { DatasetIndex } from '../../model/indexDataset';
import { lineWidth } from '../../model/relationLines';
import type { RelationStatus } from '../../model/vocabulary';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectCursorOnLine, selectLineEmphasis, selectSelectedOnLine, selectVisibleCount } from '../../store/selectors';
import { modalityStyle, relationName, sharedStatus, STANCE_STYLES, statusLabel } from '../theme';
import { linkGeometry } from './createTickPainter';
import { useGraphContext } from './GraphContext';
import { usePrerendering } from '../prerender';
import { markerId } from './ArrowMarkers';

/**
 * One drawn line: a relation, or a group of relations with the same ends, direction and stance.
 * Stance by colour and pattern, status by arrowhead and a mark at its middle (a group shows its
 * count there instead), and a wide invisible stroke under it so that a thin line is easy to hit.
 * A single relation's element carries `data-relation-id`; a group's carries `data-relation-ids`.
 */
export const RelationEdge = memo(function RelationEdge({ lineId }: { lineId: string }) {
  const { graph, painter, interactive } = useGraphContext();
  const index = useMapStore((state) => state.index);
  const link = graph.linkById.get(lineId)!;
  const ids = link.relationIds;
  const visibleCount = useMapStore(selectVisibleCount(ids));
  const emphasis = useMapStore(selectLineEmphasis(ids));
  const selectedId = useMapStore(selectSelectedOnLine(ids));
  const cursorId = useMapStore(selectCursorOnLine(ids));
  const drawn = useMapStore((state) => state.drawn);
  const register = useCallback((element: SVGGElement | null) => painter.registerEdge(lineId, element), [painter, lineId]);
  if (visibleCount === 0) return null;
  const relations = ids.map((id) => index.relationsById.get(id)!).filter((relation) => relation !== undefined);
  const first = relations[0]!;
  const grouped = ids.length > 1;
  const stance = STANCE_STYLES[first.stance];
  const modality = modalityStyle(sharedStatus(relations.map((relation) => relation.status)) ?? 'ongoing');
  const { path, markTransform } = linkGeometry(link);
  // Written as the line's name writes it (Arabic-Indic digits in Arabic), so the name holds what the badge shows.
  const countText = visibleCount.toLocaleString(interfaceLocale());
  const badgeWidth = 20 + 7 * countText.length;
  // A line between blocs is named by the blocs it joins; one relation, by who did what.
  const name = grouped ? groupName(index, ids, visibleCount, cursorId, drawn) : relationName(index, first);
  const description = grouped ? t('{statuses}. Choose one to read its passage.', { statuses: statusSummary(relations.map((relation) => relation.status)) }) : t('{status}: {summary}', { status: statusLabel(first.status), summary: first.summary });
  return (
    <g
      ref={register}
      className="relation"
      {...(grouped ? { 'data-relation-ids': ids.join(' '), 'data-count': visibleCount } : { 'data-relation-id': first.id })}
      data-stance={first.stance}
      data-status={grouped ? undefined : first.status}
      data-emphasis={emphasis}
      data-selected={selectedId !== null || undefined}
      role={interactive ? 'button' : 'img'}
      aria-label={name}
      aria-description={description}
      aria-haspopup={interactive && grouped ? 'menu' : undefined}
      aria-pressed={interactive ? selectedId !== null : undefined}
      tabIndex={interactive ? (cursorId !== null ? 0 : -1) : undefined}
      style={grouped ? ({ '--line-width': `${lineWidth(visibleCount)}px` } as CSSProperties) : undefined}
    >
      {/* Always present, shown by CSS when selected: the painter keeps the paths it registered. */}
      <path className="relation-halo" data-geometry="" d={path} />
      <path
        className="relation-line"
        data-geometry=""
        d={path}
        stroke={stance.colour}
        strokeDasharray={stance.dash || undefined}
        strokeOpacity={modality.opacity}
        markerEnd={`url(#${markerId(first.stance, modality.arrow)})`}
      />
      {grouped ? (
        <g className="relation-count" data-status-mark="" transform={markTransform} aria-hidden="true">
          <g className="mark-scale">
            <rect x={-badgeWidth / 2} y={-9} width={badgeWidth} height={18} rx={9} stroke={stance.colour} />
            {/* The × is drawn, not typed: the badge's text is then the count alone, which the line's name says. */}
            <path className="relation-count-times" d={`M${-badgeWidth / 2 + 6},-3l6,6m0,-6l-6,6`} />
            <text x={5} dy="0.35em" textAnchor="middle">
              {countText}
            </text>
          </g>
        </g>
      ) : (
        modality.mark && (
          <g className="relation-status-mark" data-status-mark="" transform={markTransform}>
            <g className="mark-scale">
              <circle r={8} stroke={stance.colour} />
              <text dy="0.35em" textAnchor="middle">
                {modality.mark}
              </text>
            </g>
          </g>
        )
      )}
    </g>
  );
});

/**
 * A line's hit area: a wide invisible stroke, in a layer under every drawn line, so that it never
 * covers another line where that one is visible, and a click on a visible line is that line's.
 */
export const RelationHitArea = memo(function RelationHitArea({ lineId }: { lineId: string }) {
  const { graph, painter, interactive } = useGraphContext();
  const link = graph.linkById.get(lineId)!;
  const visibleCount = useMapStore(selectVisibleCount(link.relationIds));
  const register = useCallback((element: SVGGElement | null) => painter.registerEdge(lineId, element, `hit:${lineId}`), [painter, lineId]);
  // The prerendered first frame is inert: it needs no hit areas.
  const prerendering = usePrerendering();
  if (visibleCount === 0 || !interactive || prerendering) return null;
  return (
    <g ref={register} data-hit-line={lineId} aria-hidden="true">
      <path className="relation-hit" data-geometry="" d={linkGeometry(link).path} />
    </g>
  );
});

function statusSummary(statuses: RelationStatus[]): string {
  const counts = new Map<string, number>();
  for (const status of statuses) counts.set(statusLabel(status), (counts.get(statusLabel(status)) ?? 0) + 1);
  // “2 ongoing”: one form in English, the plural forms of the status's word in other languages.
  return [...counts].map(([label, count]) => tn(count, '{count} {status}', '{count} {status}', { status: label })).join(', ');
}

/**
 * "Sejry — hostility → the Pentagon, 3 relations"; while the keyboard is on one of them, which
 * one, so that the arrow-key walk through a group says where it is.
 */
export function groupName(index: DatasetIndex, ids: readonly string[], count: number, cursorId: string | null, drawn?: ReadonlyMap<string, string>): string {
  const first = index.relationsById.get(ids[0]!)!;
  // A line between closed blocs joins the blocs.
  const name = `${relationName(index, { ...first, source: drawn?.get(first.source) ?? first.source, target: drawn?.get(first.target) ?? first.target })}, ${tn(count, '{count} relation', '{count} relations')}`;
  const current = cursorId === null ? undefined : index.relationsById.get(cursorId);
  return current ? t('{line}; {at} of {count}: {summary}', { line: name, at: ids.indexOf(current.id) + 1, count: ids.length, summary: current.summary }) : name;
}
