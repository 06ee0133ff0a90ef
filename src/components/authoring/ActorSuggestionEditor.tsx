import { useId, useState, type FormEvent } from 'react';
import { t } from '../../i18n/translate';
import { aliasesFromText } from '../../model/drafting/review';
import type { ActorSuggestion } from '../../model/drafting/suggestActors';
import { ACTOR_KINDS, type ActorKind } from '../../model/vocabulary';
import { kindLabel } from '../theme';

export type EditedActorSuggestion = ActorSuggestion & { partOf?: string };
/** Where a merged suggestion's names go: an actor of the map, or another suggestion (by its key). */
export type MergeTarget = { actorId: string } | { suggestionKey: string };

interface ActorSuggestionEditorProps {
  suggestion: EditedActorSuggestion;
  /** The map's actors, for "Part of" and "The same actor as". */
  actors: readonly { id: string; name: string }[];
  /** The other suggestions still open, for "The same actor as". */
  others: readonly { key: string; name: string }[];
  onAccept(edited: EditedActorSuggestion): void;
  onMerge(target: MergeTarget): void;
  onCancel(): void;
}

/**
 * A suggested actor put right before it joins the map, in the list itself: renamed, its kind and
 * other names corrected, placed inside another actor (partOf), or merged with an actor or another
 * suggestion that the text names differently (its names become the other's aliases).
 */
export function ActorSuggestionEditor({ suggestion, actors, others, onAccept, onMerge, onCancel }: ActorSuggestionEditorProps) {
  const id = useId();
  const [name, setName] = useState(suggestion.name);
  const [kind, setKind] = useState<ActorKind>(suggestion.kind);
  const [aliases, setAliases] = useState(suggestion.aliases.join(', '));
  const [partOf, setPartOf] = useState(suggestion.partOf ?? '');
  const [sameAs, setSameAs] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (sameAs) return onMerge(sameAs.startsWith('actor:') ? { actorId: sameAs.slice('actor:'.length) } : { suggestionKey: sameAs.slice('suggestion:'.length) });
    const trimmed = name.trim();
    if (!trimmed) return;
    onAccept({ ...suggestion, name: trimmed, kind, aliases: aliasesFromText(aliases).filter((alias) => alias !== trimmed), ...(partOf ? { partOf } : { partOf: undefined }) });
  };
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  // The map's actors as choices, by name: `prefix` tells a place in a larger actor from a merge.
  const actorOptions = (prefix: string) =>
    [...actors].sort(byName).map((actor) => (
      <option key={actor.id} value={`${prefix}${actor.id}`}>
        {actor.name}
      </option>
    ));
  return (
    <form
      className="relation-form suggestion-editor"
      aria-label={t('Edit the suggested actor {name}', { name: suggestion.name })}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onCancel();
      }}
    >
      <div className="form-field">
        <label htmlFor={`${id}-name`}>{t('Name')}</label>
        {/* The form opens on a key press or a click meant for it: the name is what to check first. */}
        <input id={`${id}-name`} value={name} required autoFocus onChange={(event) => setName(event.target.value)} />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-kind`}>{t('Kind')}</label>
        <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as ActorKind)}>
          {ACTOR_KINDS.map((value) => (
            <option key={value} value={value}>
              {kindLabel(value)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-aliases`}>{t('Other names, separated by commas')}</label>
        <input id={`${id}-aliases`} value={aliases} onChange={(event) => setAliases(event.target.value)} />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-part-of`}>{t('Part of')}</label>
        <select id={`${id}-part-of`} value={partOf} onChange={(event) => setPartOf(event.target.value)}>
          <option value="">{t('No larger actor')}</option>
          {actorOptions('')}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-same-as`}>{t('The same actor as')}</label>
        <select id={`${id}-same-as`} value={sameAs} onChange={(event) => setSameAs(event.target.value)}>
          <option value="">{t('None: a new actor')}</option>
          {actors.length > 0 && (
            <optgroup label={t('On the map')}>{actorOptions('actor:')}</optgroup>
          )}
          {others.length > 0 && (
            <optgroup label={t('Suggested')}>
              {[...others].sort(byName).map((other) => (
                <option key={other.key} value={`suggestion:${other.key}`}>
                  {other.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
        <p className="field-note">{t('Its names become the other actor’s other names.')}</p>
      </div>
      <div className="suggestion-actions">
        <button type="submit">{sameAs ? t('Merge') : t('Accept')}</button>
        <button type="button" onClick={onCancel}>
          {t('Cancel')}
        </button>
      </div>
    </form>
  );
}
