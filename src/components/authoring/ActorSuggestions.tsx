import { useMemo, useState } from 'react';
import { t, tn } from '../../i18n/translate';
import { useReviewList } from './useReviewList';
import { ActorSuggestionEditor, type EditedActorSuggestion, type MergeTarget } from './ActorSuggestionEditor';
import { actorFromSuggestion, actorSuggestionKey, mergedAliases, openActorSuggestions } from '../../model/drafting/review';
import { suggestActors, type ActorSuggestion } from '../../model/drafting/suggestActors';
import { addActor, updateActor, type RawDataset } from '../../model/edits';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import type { DatasetEditor } from '../DatasetEditor';
import { kindLabel } from '../theme';

/**
 * Actors first: the names the text uses that no actor of the map has, each with its kind and the
 * other words it goes by, to accept (A), edit (E: rename, kind, other names, partOf, or merge with
 * an actor or another suggestion) or reject (R) before relations are suggested among them. An
 * accepted actor is an ordinary edit.
 */
export function ActorSuggestions({ editor, rejected, reject, announce }: { editor: DatasetEditor; rejected: ReadonlySet<string>; reject(key: string): void; announce(text: string): void }) {
  const index = useMapStore(selectIndex);
  const { dataset } = index;
  const { list, focusAt, handleKey } = useReviewList();
  const [shown, setShown] = useState(true);
  const suggestions = useMemo(() => suggestActors(index.parts, dataset.article.outlet ?? ''), [index.parts, dataset.article.outlet]);
  const open = useMemo(() => openActorSuggestions(suggestions, dataset.actors, rejected), [suggestions, dataset.actors, rejected]);
  // What the person changed before accepting, by the suggestion's key; and the one being edited.
  const [edits, setEdits] = useState<ReadonlyMap<string, EditedActorSuggestion>>(new Map());
  const [editing, setEditing] = useState<string | null>(null);
  if (open.length === 0) return null;
  const current = (suggestion: ActorSuggestion): EditedActorSuggestion => edits.get(actorSuggestionKey(suggestion)) ?? suggestion;

  /** Adds the suggestions as they stand (edited or not), or one as just edited. */
  const accept = async (accepted: ActorSuggestion[], at: number, edited?: EditedActorSuggestion) => {
    const actors = edited ? [edited] : accepted.map(current);
    const refused = await editor.edit((dataset) =>
      actors.reduce<ReturnType<typeof addActor>>((result, suggestion) => (result.ok ? addActor(result.dataset, actorFromSuggestion(suggestion, index.parts)) : result), { ok: true, dataset: dataset as RawDataset }),
    );
    announce(refused ?? (actors.length === 1 ? t('Added the actor {name}.', { name: actors[0]!.name }) : tn(actors.length, 'Added {count} actor.', 'Added {count} actors.')));
    if (refused) return;
    // A suggestion renamed away from the text's name is answered: not offered again under that name
    // (one accepted as it is drops out of the list by its names, and comes back if the edit is undone).
    for (const [i, suggestion] of accepted.entries()) if (![actors[i]!.name, ...actors[i]!.aliases].includes(suggestion.name)) reject(actorSuggestionKey(suggestion));
    setEditing(null);
    focusAt(at);
  };
  const merge = async (suggestion: ActorSuggestion, target: MergeTarget, at: number) => {
    const names = current(suggestion);
    if ('actorId' in target) {
      const actor = dataset.actors.find((candidate) => candidate.id === target.actorId);
      if (!actor) return;
      const refused = await editor.edit((raw) => updateActor(raw as RawDataset, actor.id, { aliases: mergedAliases(actor, names) }));
      announce(refused ?? t('Merged {name} into {target}.', { name: names.name, target: actor.name }));
      if (refused) return;
      // Its names are the actor's now, so it drops out of the list (and comes back if the merge is undone).
      setEditing(null);
      return focusAt(at);
    } else {
      const other = open.find((candidate) => actorSuggestionKey(candidate) === target.suggestionKey);
      if (!other) return;
      const into = current(other);
      setEdits(new Map(edits).set(target.suggestionKey, { ...into, aliases: mergedAliases(into, names), mentions: into.mentions + names.mentions }));
      announce(t('Merged {name} into {target}.', { name: names.name, target: into.name }));
    }
    reject(actorSuggestionKey(suggestion));
    setEditing(null);
    focusAt(at);
  };
  const dismiss = (suggestion: ActorSuggestion, at: number) => {
    reject(actorSuggestionKey(suggestion));
    announce(t('Rejected the actor {name}.', { name: suggestion.name }));
    focusAt(at);
  };
  return (
    <section className="actor-suggestions" aria-labelledby="actor-suggestions-title">
      <h3 id="actor-suggestions-title">{t('Actors the text names')}</h3>
      <p className="suggestion-queue-help">
        {tn(
          open.length,
          '{count} name the map has no actor for. Accept the actors first: relations are suggested between the map’s actors. A accepts, E edits (rename, merge, part of), R rejects.',
          '{count} names the map has no actor for. Accept the actors first: relations are suggested between the map’s actors. A accepts, E edits (rename, merge, part of), R rejects.',
        )}
      </p>
      <div className="suggestion-bulk">
        <button type="button" onClick={() => void accept(open, 0)}>
          {/* English says "actors" for one too, as it always has. */}
          {tn(open.length, 'Accept all {count} actors', 'Accept all {count} actors')}
        </button>
        <button type="button" aria-expanded={shown} onClick={() => setShown(!shown)}>
          {shown ? t('Hide the list') : t('Show the list')}
        </button>
      </div>
      {shown && (
        <ol ref={list} className="suggestions" aria-label={t('Actor suggestions')}>
          {open.map((suggestion, at) => {
            const key = actorSuggestionKey(suggestion);
            const shown = current(suggestion);
            return (
              <li
                key={key}
                className="suggestion"
                tabIndex={0}
                aria-label={t('{name}, {kind}, {position} of {count}', { name: shown.name, kind: kindLabel(shown.kind), position: at + 1, count: open.length })}
                onKeyDown={(event) => handleKey(event, at, { accept: () => void accept([suggestion], at), edit: () => setEditing(key), reject: () => dismiss(suggestion, at) })}
              >
                <p className="suggestion-triple">
                  <strong>{shown.name}</strong> <span className="muted">· {kindLabel(shown.kind)} · {tn(shown.mentions, 'named {count} time', 'named {count} times')}</span>
                </p>
                {shown.aliases.length > 0 && <p className="muted">{t('Also: {names}', { names: shown.aliases.join(' · ') })}</p>}
                <blockquote>{suggestion.sentence}</blockquote>
                {editing === key ? (
                  <ActorSuggestionEditor
                    suggestion={shown}
                    actors={dataset.actors}
                    others={open.filter((other) => other !== suggestion).map((other) => ({ key: actorSuggestionKey(other), name: current(other).name }))}
                    onAccept={(edited) => {
                      setEdits(new Map(edits).set(key, edited));
                      void accept([suggestion], at, edited);
                    }}
                    onMerge={(target) => void merge(suggestion, target, at)}
                    onCancel={() => {
                      setEditing(null);
                      focusAt(at);
                    }}
                  />
                ) : (
                  <div className="suggestion-actions">
                    <button type="button" onClick={() => void accept([suggestion], at)}>
                      {t('Accept')}
                    </button>
                    <button type="button" onClick={() => setEditing(key)}>
                      {t('Edit')}
                    </button>
                    <button type="button" onClick={() => dismiss(suggestion, at)}>
                      {t('Reject')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
