import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { searchActors } from '../../model/indexDataset';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { kindLabel } from '../theme';
import { t } from '../../i18n/translate';

const MOST_RESULTS = 8;

/** Whether a key press is typing: in a field, or in something that takes text. */
const isTyping = (target: EventTarget | null) => (target as HTMLElement | null)?.closest?.('input, textarea, select, [contenteditable="true"]') != null;

/**
 * Finds actors by name or by any alias the article uses (“the Kremlin” finds Russia), and selects
 * one. “/” anywhere but in a field puts the keyboard in it.
 */
export function SearchBox() {
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const handleKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) return;
      const input = inputRef.current;
      // Not while a dialog is open over the page, nor when the box is not shown.
      if (!input || input.closest('[inert]') || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      input.focus();
    };
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, []);
  const index = useMapStore(selectIndex);
  const selectActor = useMapStore((state) => state.selectActor);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const results = searchActors(index, query).slice(0, MOST_RESULTS);
  const open = query.trim().length > 0;

  const choose = (actorId: string) => {
    selectActor(actorId);
    setQuery('');
    setActive(0);
  };
  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && results.length) {
      event.preventDefault();
      setActive((active + 1) % results.length);
    } else if (event.key === 'ArrowUp' && results.length) {
      event.preventDefault();
      setActive((active - 1 + results.length) % results.length);
    } else if (event.key === 'Enter' && results[active]) {
      event.preventDefault();
      choose(results[active].id);
    } else if (event.key === 'Escape' && query) {
      event.stopPropagation();
      setQuery('');
    }
  };

  return (
    <div className="search-box">
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label={t('Find an actor')}
        aria-keyshortcuts="/"
        title={t('Find an actor (press / to get here)')}
        placeholder={t('Find an actor…')}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && results[active] ? `${listId}-${results[active].id}` : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={handleKeyDown}
      />
      <kbd className="search-shortcut" aria-hidden="true">
        /
      </kbd>
      <ul id={listId} role="listbox" aria-label={t('Matching actors')} hidden={!open}>
        {results.map((actor, position) => (
          <li
            key={actor.id}
            id={`${listId}-${actor.id}`}
            role="option"
            aria-selected={position === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(actor.id)}
          >
            <bdi>{actor.name}</bdi> <span className="muted">{kindLabel(actor.kind)}</span>
          </li>
        ))}
        {open && results.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="muted">
            {t('No actor matches “{query}”', { query })}
          </li>
        )}
      </ul>
    </div>
  );
}
