import { useMemo, type ReactNode } from 'react';
import { ACTOR_KINDS, STANCES, type StatusModality } from '../../model/vocabulary';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectFilters, selectIndex } from '../../store/selectors';
import { kindLabel, MODALITY_EXAMPLE, MODALITY_STYLES, modalityLabel, stanceDescription, stanceLabel } from '../theme';
import { KindSwatch, StanceSwatch } from './Swatches';
import { interfaceLocale, t } from '../../i18n/translate';


/** The legend is also the filter: each stance and kind is a toggle that hides or shows it (unless static). */
export function LegendFilters({ interactive = true }: { interactive?: boolean }) {
  const index = useMapStore(selectIndex);
  const filters = useMapStore(selectFilters);
  const toggleStance = useMapStore((state) => state.toggleStance);
  const toggleKind = useMapStore((state) => state.toggleKind);
  // Counted once per dataset, not on every render of the panel around the legend.
  const stanceCounts = useMemo(() => new Map(STANCES.map((stance) => [stance, index.dataset.relations.filter((r) => r.stance === stance).length])), [index]);
  const kindCounts = useMemo(() => new Map(ACTOR_KINDS.map((kind) => [kind, index.dataset.actors.filter((a) => a.kind === kind).length])), [index]);
  return (
    <section className="legend" aria-label={t('Legend and filters')}>
      <div className="legend-group" role="group" aria-labelledby="legend-stances">
        <h3 id="legend-stances">{t('Stances')}</h3>
        {STANCES.filter((stance) => stanceCounts.get(stance)).map((stance) => (
          <LegendToggle
            key={stance}
            shown={!filters.hiddenStances.includes(stance)}
            label={stanceLabel(stance)}
            count={stanceCounts.get(stance)!}
            description={stanceDescription(stance)}
            swatch={<StanceSwatch stance={stance} />}
            onToggle={interactive ? () => toggleStance(stance) : undefined}
          />
        ))}
      </div>
      <div className="legend-group" role="group" aria-labelledby="legend-kinds">
        <h3 id="legend-kinds">{t('Actors')}</h3>
        {ACTOR_KINDS.filter((kind) => kindCounts.get(kind)).map((kind) => (
          <LegendToggle
            key={kind}
            shown={!filters.hiddenKinds.includes(kind)}
            label={kindLabel(kind)}
            count={kindCounts.get(kind)!}
            swatch={<KindSwatch kind={kind} />}
            onToggle={interactive ? () => toggleKind(kind) : undefined}
          />
        ))}
      </div>
      <div className="legend-group legend-status">
        <h3>{t('Status')}</h3>
        <ul>
          {(Object.keys(MODALITY_STYLES) as StatusModality[]).map((modality) => (
            <li key={modality}>
              <StanceSwatch stance="support" status={MODALITY_EXAMPLE[modality]} /> {modalityLabel(modality)}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

interface LegendToggleProps {
  shown: boolean;
  label: string;
  count: number;
  description?: string;
  swatch: ReactNode;
  /** Without it the entry is a plain legend item, for static maps. */
  onToggle?: () => void;
}

/** A legend entry that is also a switch: pressed while its lines or actors are shown. */
function LegendToggle({ shown, label, count, description, swatch, onToggle }: LegendToggleProps) {
  const content = (
    <>
      {swatch}
      <span className="legend-label">{label}</span> <span className="legend-count">{count.toLocaleString(interfaceLocale())}</span>
    </>
  );
  const described = description ? t('{label}: {description}.', { label, description }) : undefined;
  if (!onToggle) {
    return (
      <span className="legend-toggle" title={described}>
        {content}
      </span>
    );
  }
  const action = shown ? t('Click to hide.') : t('Click to show.');
  return (
    <button type="button" className="legend-toggle" aria-pressed={shown} title={described ? `${described} ${action}` : action} onClick={onToggle}>
      {content}
    </button>
  );
}
