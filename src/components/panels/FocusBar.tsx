import { useMapStore } from '../../store/MapStoreProvider';
import { t, tn } from '../../i18n/translate';

/** Says when the map shows one actor's neighbourhood only, and gives the way back. */
export function FocusBar() {
  const focusName = useMapStore((state) => (state.filters.focusActorId ? state.index.actorsById.get(state.filters.focusActorId)?.name : undefined));
  const hiddenCount = useMapStore((state) => state.index.dataset.relations.length - state.visibility.relationIds.size);
  const focusActor = useMapStore((state) => state.focusActor);
  const setFilters = useMapStore((state) => state.setFilters);
  const notice = useMapStore((state) => state.notice);
  const dismissNotice = useMapStore((state) => state.dismissNotice);
  if (notice) {
    return (
      <div className="focus-bar" role="status" aria-label={t('What the map shows')}>
        <span>{notice}</span>{' '}
        <button type="button" className="link-button" onClick={dismissNotice}>
          {t('Dismiss')}
        </button>
      </div>
    );
  }
  if (!focusName && hiddenCount === 0) return null;
  return (
    <div className="focus-bar" role="status" aria-label={t('What the map shows')}>
      {focusName ? <span>{t('Showing {name} and its ties only.', { name: focusName })}</span> : <span>{tn(hiddenCount, '{count} stance hidden by the filters.', '{count} stances hidden by the filters.')}</span>}{' '}
      {focusName && (
        <button type="button" className="link-button" onClick={() => focusActor(null)}>
          {t('Show the whole map')}
        </button>
      )}
      {!focusName && (
        <button type="button" className="link-button" onClick={() => setFilters({ hiddenStances: [], hiddenKinds: [], focusActorId: null })}>
          {t('Show everything')}
        </button>
      )}
    </div>
  );
}
