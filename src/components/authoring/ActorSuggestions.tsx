import { useMemo, useState } from 'react';
import { useReviewList } from './useReviewList';
import { actorFromSuggestion, actorSuggestionKey, openActorSuggestions } from '../../model/drafting/review';
import { suggestActors, type ActorSuggestion } from '../../model/drafting/suggestActors';
import { addActor, type RawDataset } from '../../model/edits';
import { plural } from '../../model/plural';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import type { DatasetEditor } from '../DatasetEditor';
import { KIND_LABELS } from '../theme';

/**
 * Actors first: the names the text uses that no actor of the map has, each with its kind and the
 * other words it goes by, to accept (A) or reject (R) before relations are suggested among them.
 * An accepted actor is an ordinary edit; its details' Edit renames it, merges aliases or sets partOf.
 */
export function ActorSuggestions({ editor, rejected, reject, announce }: { editor: DatasetEditor; rejected: ReadonlySet<string>; reject(key: string): void; announce(text: string): void }) {
  const index = useMapStore(selectIndex);
  const { dataset } = index;
  const { list, focusAt, handleKey } = useReviewList();
  const [shown, setShown] = useState(true);
  const suggestions = useMemo(() => suggestActors(index.parts, dataset.article.outlet ?? ''), [index.parts, dataset.article.outlet]);
  const open = useMemo(() => openActorSuggestions(suggestions, dataset.actors, rejected), [suggestions, dataset.actors, rejected]);
  if (open.length === 0) return null;

  const accept = async (accepted: ActorSuggestion[], at: number) => {
    const refused = await editor.edit((current) =>
      accepted.reduce<ReturnType<typeof addActor>>((result, suggestion) => (result.ok ? addActor(result.dataset, actorFromSuggestion(suggestion, index.parts)) : result), { ok: true, dataset: current as RawDataset }),
    );
    announce(refused ?? (accepted.length === 1 ? `Added the actor ${accepted[0]!.name}.` : `Added ${plural(accepted.length, 'actor')}.`));
    if (!refused) focusAt(at);
  };
  const dismiss = (suggestion: ActorSuggestion, at: number) => {
    reject(actorSuggestionKey(suggestion));
    announce(`Rejected the actor ${suggestion.name}.`);
    focusAt(at);
  };
  return (
    <section className="actor-suggestions" aria-labelledby="actor-suggestions-title">
      <h3 id="actor-suggestions-title">Actors the text names</h3>
      <p className="suggestion-queue-help">
        {plural(open.length, 'name')} the map has no actor for. Accept the actors first: relations are suggested between the map’s actors. A accepts, R rejects.
      </p>
      <div className="suggestion-bulk">
        <button type="button" onClick={() => void accept(open, 0)}>
          Accept all {open.length} actors
        </button>
        <button type="button" aria-expanded={shown} onClick={() => setShown(!shown)}>
          {shown ? 'Hide the list' : 'Show the list'}
        </button>
      </div>
      {shown && (
        <ol ref={list} className="suggestions" aria-label="Actor suggestions">
          {open.map((suggestion, at) => (
            <li
              key={actorSuggestionKey(suggestion)}
              className="suggestion"
              tabIndex={0}
              aria-label={`${suggestion.name}, ${KIND_LABELS[suggestion.kind].toLowerCase()}, ${at + 1} of ${open.length}`}
              onKeyDown={(event) => handleKey(event, at, { accept: () => void accept([suggestion], at), reject: () => dismiss(suggestion, at) })}
            >
              <p className="suggestion-triple">
                <strong>{suggestion.name}</strong> <span className="muted">· {KIND_LABELS[suggestion.kind]} · named {plural(suggestion.mentions, 'time')}</span>
              </p>
              {suggestion.aliases.length > 0 && <p className="muted">Also: {suggestion.aliases.join(' · ')}</p>}
              <blockquote>{suggestion.sentence}</blockquote>
              <div className="suggestion-actions">
                <button type="button" onClick={() => void accept([suggestion], at)}>
                  Accept
                </button>
                <button type="button" onClick={() => dismiss(suggestion, at)}>
                  Reject
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
