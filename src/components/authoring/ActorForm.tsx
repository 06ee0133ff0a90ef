import { useState, type FormEvent } from 'react';
import { t } from '../../i18n/translate';
import { Field, FormDialog } from './FormDialog';
import type { Actor, Evidence } from '../../model/datasetSchema';
import { updateActor, type ActorInput } from '../../model/edits';
import { locateQuote, type ArticlePart } from '../../model/locateQuote';
import { proposeActors } from '../../model/proposeActors';
import { ACTOR_KINDS, type ActorKind } from '../../model/vocabulary';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { useDatasetEditor } from '../DatasetEditor';
import { kindLabel } from '../theme';

const NONE = '';

type ActorFormProps =
  | { actor: Actor; onClose(): void }
  /** A new actor, met in `passage`: the form hands its fields back, and the caller adds it. */
  | { draft: { name: string; passage: Evidence }; onClose(): void; onDone(actor: ActorInput): void };

type Problems = Partial<Record<'name' | 'kind' | 'description' | 'quote', string>>;

const splitAliases = (aliases: string) => aliases.split('|').map((alias) => alias.trim()).filter(Boolean);

/** Whether the words name the actor: its name or one of its aliases stands in them. */
export const namesActor = (words: string, name: string, aliases: string[]): boolean =>
  proposeActors(words, [{ id: 'actor', name, aliases }]).named.length > 0;

/**
 * Why a new actor's passage does not do, or the evidence it makes: the passage must stand word
 * for word in the article and name the actor, so that a reader sees who it is.
 */
export function checkActorPassage(parts: readonly ArticlePart[], quote: string, name: string, aliases: string[]): { evidence: Evidence } | { problem: string } {
  const trimmed = quote.trim();
  if (!trimmed) return { problem: t('Copy a passage of the article that names the actor.') };
  const found = locateQuote(parts, { quote: trimmed });
  if (found.found === 'none') {
    const closest = found.suggestion && found.suggestion.closeness !== 'context' ? found.suggestion.text : undefined;
    return { problem: closest === undefined ? t('This is not word for word in the article.') : t('This is not word for word in the article. The closest passage is “{passage}”.', { passage: closest }) };
  }
  if (name.trim() && !namesActor(trimmed, name.trim(), aliases)) return { problem: t('This passage does not name “{name}”: copy one that does, or add the words it uses as another name.', { name: name.trim() }) };
  const paragraph = found.found === 'several' && typeof found.span.part === 'number' ? { paragraph: found.span.part } : {};
  return { evidence: { quote: trimmed, ...paragraph } };
}

/** Edits an actor's name, kind, aliases, description and what it is part of; or drafts a new one. */
export function ActorForm(props: ActorFormProps) {
  const editor = useDatasetEditor();
  const index = useMapStore(selectIndex);
  const actor = 'actor' in props ? props.actor : undefined;
  const draft = 'draft' in props ? props.draft : undefined;
  const [name, setName] = useState(actor?.name ?? draft?.name ?? '');
  const [kind, setKind] = useState<ActorKind | ''>(actor?.kind ?? '');
  const [aliases, setAliases] = useState(actor?.aliases.join(' | ') ?? '');
  const [description, setDescription] = useState(actor?.description ?? '');
  const [partOf, setPartOf] = useState(actor?.partOf ?? NONE);
  const selectedWordsNameIt = !!draft && !!draft.name && namesActor(draft.passage.quote, draft.name, []);
  const [quote, setQuote] = useState(selectedWordsNameIt ? draft.passage.quote : '');
  const [problems, setProblems] = useState<Problems>({});
  const [attempt, setAttempt] = useState(0);
  const [problem, setProblem] = useState('');
  if (!editor) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Problems = {};
    if (!name.trim()) found.name = t('Give the actor a name.');
    if (!kind) found.kind = t('Choose what kind of actor it is.');
    if (!description.trim()) found.description = t('Say in a sentence who this is, from what the article says.');
    const passage = draft ? checkActorPassage(index.parts, quote, name, splitAliases(aliases)) : undefined;
    if (passage && 'problem' in passage) found.quote = passage.problem;
    setProblems(found);
    if (Object.keys(found).length > 0 || !kind) return setAttempt(attempt + 1);
    const fields = { name: name.trim(), kind, aliases: splitAliases(aliases), description: description.trim() };
    if (!actor) {
      if (passage && 'evidence' in passage && 'onDone' in props) props.onDone({ ...fields, ...(partOf === NONE ? {} : { partOf }), evidence: [passage.evidence] });
      return;
    }
    const reason = await editor.edit((dataset) => {
      const next = updateActor(dataset, actor.id, fields);
      if (!next.ok) return next;
      const actors = next.dataset.actors.map((item) => {
        if (item.id !== actor.id) return item;
        const { partOf: _previous, ...rest } = item;
        return partOf === NONE ? rest : { ...rest, partOf };
      });
      return { ok: true, dataset: { ...next.dataset, actors } };
    });
    if (reason) setProblem(reason);
    else props.onClose();
  };

  return (
    <FormDialog
      title={actor ? t('Edit {name}', { name: actor.name }) : t('A new actor')}
      submitLabel={actor ? t('Save the actor') : t('Use this actor')}
      problem={problem}
      attempt={attempt}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <Field label={t('Name')} error={problems.name}>
        {(control) => <input {...control} value={name} onChange={(event) => setName(event.target.value)} autoFocus />}
      </Field>
      <Field label={t('Kind')} error={problems.kind}>
        {(control) => (
          <select {...control} value={kind} onChange={(event) => setKind(event.target.value as ActorKind)}>
            {!kind && <option value="">{t('Choose…')}</option>}
            {ACTOR_KINDS.map((value) => (
              <option key={value} value={value}>
                {kindLabel(value)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('Other names in the article (separated by |)')}>
        {(control) => <input {...control} value={aliases} onChange={(event) => setAliases(event.target.value)} />}
      </Field>
      <Field label={t('Description')} error={problems.description}>
        {(control) => <input {...control} value={description} onChange={(event) => setDescription(event.target.value)} placeholder={t('Who this is, in the article’s terms')} />}
      </Field>
      {draft && (
        <Field
          label={t('A passage that names it')}
          error={problems.quote}
          note={selectedWordsNameIt ? t('The selected words name it.') : t('The selected words do not name it: copy a passage of the article that does.')}
        >
          {(control) => <input {...control} value={quote} onChange={(event) => setQuote(event.target.value)} />}
        </Field>
      )}
      <Field label={t('Part of')}>
        {(control) => (
          <select {...control} value={partOf} onChange={(event) => setPartOf(event.target.value)}>
            <option value={NONE}>{t('nothing')}</option>
            {index.dataset.actors
              .filter((candidate) => candidate.id !== actor?.id)
              .map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
          </select>
        )}
      </Field>
    </FormDialog>
  );
}
