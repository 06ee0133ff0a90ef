import { relationName, stanceLabel } from '../theme';
import { useMemo } from 'react';
import { STANCES } from '../../model/vocabulary';
import { t, tn } from '../../i18n/translate';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';

/** The network in one sentence, above the map: what a glance at the map tells a sighted reader. */
export function NetworkSummary() {
  const index = useMapStore(selectIndex);
  const visible = useMapStore((state) => state.visibility);
  // Counted once per dataset and filter state: the panel around it re-renders on every selection,
  // and at 10,000 actors the ranking costs tens of milliseconds.
  const { relations, byStance, degree } = useMemo(() => {
    const relations = index.dataset.relations.filter((relation) => visible.relationIds.has(relation.id));
    const byStance = STANCES.map((stance) => [stance, relations.filter((relation) => relation.stance === stance).length] as const).filter(([, count]) => count > 0);
    const degree = [...visible.actorIds]
      .map((id) => [id, (index.relationIdsByActor.get(id) ?? []).filter((relationId) => visible.relationIds.has(relationId)).length] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .filter(([, count]) => count > 0);
    return { relations, byStance, degree };
  }, [index, visible]);
  const counts = { actors: tn(visible.actorIds.size, '{count} actor', '{count} actors'), stances: tn(relations.length, '{count} stance', '{count} stances') };
  return (
    <p id="stancemap-summary" className="network-summary">
      {byStance.length > 0
        ? t('{actors} and {stances}: {byStance}.', { ...counts, byStance: byStance.map(([stance, count]) => t('{count} {stance}', { count, stance: stanceLabel(stance) })).join(', ') })
        : t('{actors} and {stances}.', counts)}
      {degree.length > 0 && ` ${t('Most connected: {actors}.', { actors: degree.map(([id, count]) => t('{name} ({count})', { name: index.actorsById.get(id)?.name ?? '', count })).join(', ') })}`}
    </p>
  );
}

/** Tells screen readers what was selected, briefly, in a polite live region (never the whole passage). */
export function SelectionAnnouncer() {
  const message = useMapStore((state) => {
    const { selection, index } = state;
    if (!selection) return '';
    if (selection.kind === 'actor') return t('Selected {name}.', { name: index.actorsById.get(selection.id)?.name ?? '' });
    const relation = index.relationsById.get(selection.id);
    return relation ? t('Selected {relation}, {passages}.', { relation: relationName(index, relation), passages: tn(relation.evidence.length, '{count} passage', '{count} passages') }) : '';
  });
  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-label={t('Selection')}>
      {message}
    </p>
  );
}
