import { useState, type FormEvent } from 'react';
import { Field, FormDialog } from './FormDialog';
import type { Actor, Evidence } from '../../model/datasetSchema';
import { updateActor, type ActorInput } from '../../model/edits';
import { locateQuote, type ArticlePart } from '../../model/locateQuote';
import { proposeActors } from '../../model/proposeActors';
import { ACTOR_KINDS, type ActorKind } from '../../model/vocabulary';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { useDatasetEditor } from '../DatasetEditor';
import { KIND_LABELS } from '../theme';

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
  if (!trimmed) return { problem: 'Copy a passage of the article that names the actor.' };
  const found = locateQuote(parts, { quote: trimmed });
  if (found.found === 'none') {
    const close = found.suggestion && found.suggestion.closeness !== 'context' ? ` The closest passage is “${found.suggestion.text}”.` : '';
    return { problem: `This is not word for word in the article.${close}` };
  }
  if (name.trim() && !namesActor(trimmed, name.trim(), aliases)) return { problem: `This passage does not name “${name.trim()}”: copy one that does, or add the words it uses as another name.` };
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
    if (!name.trim()) found.name = 'Give the actor a name.';
    if (!kind) found.kind = 'Choose what kind of actor it is.';
    if (!description.trim()) found.description = 'Say in a sentence who this is, from what the article says.';
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
      title={actor ? `Edit ${actor.name}` : 'A new actor'}
      submitLabel={actor ? 'Save the actor' : 'Use this actor'}
      problem={problem}
      attempt={attempt}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <Field label="Name" error={problems.name}>
        {(control) => <input {...control} value={name} onChange={(event) => setName(event.target.value)} autoFocus />}
      </Field>
      <Field label="Kind" error={problems.kind}>
        {(control) => (
          <select {...control} value={kind} onChange={(event) => setKind(event.target.value as ActorKind)}>
            {!kind && <option value="">Choose…</option>}
            {ACTOR_KINDS.map((value) => (
              <option key={value} value={value}>
                {KIND_LABELS[value]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Other names in the article (separated by |)">
        {(control) => <input {...control} value={aliases} onChange={(event) => setAliases(event.target.value)} />}
      </Field>
      <Field label="Description" error={problems.description}>
        {(control) => <input {...control} value={description} onChange={(event) => setDescription(event.target.value)} placeholder="Who this is, in the article’s terms" />}
      </Field>
      {draft && (
        <Field
          label="A passage that names it"
          error={problems.quote}
          note={selectedWordsNameIt ? 'The selected words name it.' : 'The selected words do not name it: copy a passage of the article that does.'}
        >
          {(control) => <input {...control} value={quote} onChange={(event) => setQuote(event.target.value)} />}
        </Field>
      )}
      <Field label="Part of">
        {(control) => (
          <select {...control} value={partOf} onChange={(event) => setPartOf(event.target.value)}>
            <option value={NONE}>nothing</option>
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
