import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { t, tn } from '../../i18n/translate';
import { tElements } from '../../i18n/tElements';
import { claimantName } from '../../model/indexDataset';
import { useMapStore, useMapStoreApi } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { relationName, statusLabel } from '../theme';
import type { LineChoice } from './mapView';

/** The first words of a quote, enough to tell two relations of one line apart. */
export function firstWords(text: string, count = 9): string {
  const words = text.trim().split(/\s+/);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}

const EDGE_GAP = 8;

/**
 * The relations of a grouped line, listed where it was clicked: each entry selects its relation
 * exactly as clicking a single line does. A menu: arrow keys move, Enter chooses, Escape closes.
 */
export function LineChooser({ choice, onClose }: { choice: LineChoice; onClose(restoreFocus: boolean): void }) {
  const store = useMapStoreApi();
  const index = useMapStore(selectIndex);
  const menuRef = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  const relations = choice.relationIds.map((id) => index.relationsById.get(id)).filter((relation) => relation !== undefined);
  // A bloc's line: its relations run between members, each said with who did what.
  const drawn = useMapStore((state) => state.drawn);
  const drawnAs = (id: string) => drawn.get(id) ?? id;
  const aggregated = relations.some((relation) => drawnAs(relation.source) !== relation.source || drawnAs(relation.target) !== relation.target);

  // Placed at the click, inside the map: below and to the right of it when there is room.
  useLayoutEffect(() => {
    const menu = menuRef.current!;
    const box = menu.offsetParent?.getBoundingClientRect() ?? { left: 0, top: 0, width: window.innerWidth, height: window.innerHeight };
    const x = choice.clientX - box.left;
    const y = choice.clientY - box.top;
    const { offsetWidth: width, offsetHeight: height } = menu;
    const left = Math.max(EDGE_GAP, Math.min(x + EDGE_GAP, box.width - width - EDGE_GAP));
    const below = y + EDGE_GAP;
    const top = below + height <= box.height - EDGE_GAP ? below : Math.max(EDGE_GAP, y - height - EDGE_GAP);
    setPlace({ left, top });
    menu.querySelector<HTMLElement>('[role="menuitem"]')?.focus({ preventScroll: true });
  }, [choice]);

  // A press anywhere else closes it, as any menu; so does Escape wherever the focus is.
  useEffect(() => {
    const closeOutside = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) onClose(false);
    };
    const closeOnEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || menuRef.current?.contains(event.target as Node)) return;
      event.stopPropagation();
      onClose(true);
    };
    document.addEventListener('pointerdown', closeOutside, true);
    document.addEventListener('keydown', closeOnEscape, true);
    return () => {
      document.removeEventListener('pointerdown', closeOutside, true);
      document.removeEventListener('keydown', closeOnEscape, true);
    };
  }, [onClose]);

  const choose = (id: string) => {
    store.getState().selectRelation(id);
    onClose(false);
  };

  const handleKeyDown = (event: KeyboardEvent) => {
    const items = [...menuRef.current!.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const moveTo = (next: number) => items[(next + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') moveTo(at + 1);
    else if (event.key === 'ArrowUp') moveTo(at - 1);
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(items.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.stopPropagation();
      onClose(event.key === 'Escape');
    } else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  const first = relations[0];
  return (
    <div
      ref={menuRef}
      className="line-chooser"
      role="menu"
      aria-label={first ? t('{line}: {relations}', { line: relationName(index, { ...first, source: drawnAs(first.source), target: drawnAs(first.target) }), relations: tn(relations.length, '{count} relation', '{count} relations') }) : t('Relations')}
      style={place ? { left: place.left, top: place.top } : { visibility: 'hidden' }}
      onKeyDown={handleKeyDown}
    >
      {relations.map((relation) => (
        <button key={relation.id} type="button" role="menuitem" tabIndex={-1} data-pick-relation-id={relation.id} onClick={() => choose(relation.id)}>
          {aggregated && <span className="line-chooser-ends">{relationName(index, relation)}</span>}
          <span className="line-chooser-summary" dir="auto">
            {relation.summary}
          </span>
          <span className="line-chooser-facts">
            {tElements('{status} · claimed by {claimant}', { status: statusLabel(relation.status), claimant: <bdi>{claimantName(index, relation.claimedBy)}</bdi> })}
          </span>
          {relation.evidence[0] && <q className="line-chooser-quote">{firstWords(relation.evidence[0].quote)}</q>}
        </button>
      ))}
    </div>
  );
}
