import { useMemo } from 'react';
import { t } from '../../i18n/translate';
import type { ElementSet } from '../../store/createMapStore';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { STANCES, STATUS_MODALITY, type StatusModality } from '../../model/vocabulary';
import { MODALITY_EXAMPLE, MODALITY_STYLES, modalityLabel, stanceDescription, stanceLabel } from '../theme';
import { StanceSwatch } from '../panels/Swatches';

const MODALITY_ORDER = Object.keys(MODALITY_STYLES) as StatusModality[];

/**
 * What the lines of this step mean, for a room that has not read the explorer's legend: only the
 * stances and statuses drawn in the step (all of the map's when the step brings nothing forward).
 */
export function StepKey({ spotlight }: { spotlight: ElementSet | null }) {
  const index = useMapStore(selectIndex);
  const visibility = useMapStore((state) => state.visibility);
  const { stances, modalities } = useMemo(() => {
    const shown = spotlight && spotlight.relationIds.size > 0 ? spotlight.relationIds : visibility.relationIds;
    const relations = [...shown].flatMap((id) => index.relationsById.get(id) ?? []);
    const statuses = new Set(relations.map((relation) => STATUS_MODALITY[relation.status]));
    return {
      stances: STANCES.filter((stance) => relations.some((relation) => relation.stance === stance)),
      // "Happened" goes without saying unless another look is beside it.
      modalities: statuses.size > 1 || !statuses.has('realised') ? MODALITY_ORDER.filter((modality) => statuses.has(modality)) : [],
    };
  }, [index, spotlight, visibility]);
  if (stances.length === 0) return null;
  return (
    <section className="step-key" aria-label={t('Key')} data-covers-map>
      <ul>
        {stances.map((stance) => (
          <li key={stance}>
            <StanceSwatch stance={stance} /> {stanceLabel(stance)}
            <span className="step-key-what">: {stanceDescription(stance)}</span>
          </li>
        ))}
        {modalities.map((modality) => (
          <li key={modality}>
            <StanceSwatch stance={stances[0]!} status={MODALITY_EXAMPLE[modality]} /> {modalityLabel(modality)}
          </li>
        ))}
      </ul>
    </section>
  );
}
