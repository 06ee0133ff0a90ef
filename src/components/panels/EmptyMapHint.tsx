import { useMapStore } from '../../store/MapStoreProvider';
import './EmptyMapHint.css';
import { t } from '../../i18n/translate';

/** A map with nothing on it yet says what to do first; on a phone, where the article is a tab away, it leads there. */
export function EmptyMapHint({ editing }: { editing: boolean }) {
  const setPanelTab = useMapStore((state) => state.setPanelTab);
  return (
    <div className="empty-map" role="note" aria-label={t('Your map is empty')}>
      <h2>{t('Nothing on the map yet')}</h2>
      <p>
        {editing ? firstStep() : t('Switch Edit on, then: {step}', { step: firstStep() })}
      </p>
      <button type="button" className="empty-map-to-article" onClick={() => setPanelTab('article')}>
        {t('Go to the article')}
      </button>
    </div>
  );
}

const firstStep = () => t('Select words in the article that name someone or say who stands where, and choose what to map them as: an actor or a relation.');
