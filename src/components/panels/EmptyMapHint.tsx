import { useMapStore } from '../../store/MapStoreProvider';
import './EmptyMapHint.css';

/** A map with nothing on it yet says what to do first; on a phone, where the article is a tab away, it leads there. */
export function EmptyMapHint({ editing }: { editing: boolean }) {
  const setPanelTab = useMapStore((state) => state.setPanelTab);
  return (
    <div className="empty-map" role="note" aria-label="Your map is empty">
      <h2>Nothing on the map yet</h2>
      <p>
        {editing ? '' : 'Switch Edit on, then: '}Select words in the article that name someone or say who stands where, and choose what to map them as: an actor or a relation.
      </p>
      <button type="button" className="empty-map-to-article" onClick={() => setPanelTab('article')}>
        Go to the article
      </button>
    </div>
  );
}
