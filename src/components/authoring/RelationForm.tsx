import { useState, type FormEvent } from 'react';
import { t } from '../../i18n/translate';
import { ActorForm } from './ActorForm';
import { Field, FormDialog, type ControlProps } from './FormDialog';
import type { Evidence, Relation } from '../../model/datasetSchema';
import { addActor, addClaimant, addRelation, updateRelation, type ActorInput, type RawDataset } from '../../model/edits';
import { proposeActors, type ActorProposals } from '../../model/proposeActors';
import { OUTLET_CLAIMANT, RELATION_STATUSES, STANCES, type RelationStatus, type Stance } from '../../model/vocabulary';
import { useMapStore, useMapStoreApi } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { useDatasetEditor } from '../DatasetEditor';
import { statusLabel, stanceLabel } from '../theme';

const UNCHOSEN = '';
const NEW_ACTOR = '__new__';
const QUOTED_CLAIMANT = '__quoted__';
/** The choice of an actor drafted in this form, added with the relation. */
const draftKey = (position: number) => `draft:${position}`;

interface RelationFormProps {
  /** A new relation from this passage, or an existing relation to edit. */
  target: { kind: 'new'; evidence: Evidence; suggested?: Pick<Relation, 'source' | 'target' | 'stance' | 'status' | 'claimedBy' | 'summary'> } | { kind: 'edit'; relation: Relation };
  onClose(): void;
}

type Slot = 'source' | 'target';
type Problems = Partial<Record<'source' | 'stance' | 'target' | 'status' | 'summary' | 'claimantName', string>>;

/**
 * The form for a relation: who, which stance, toward whom, its status, when and whose claim.
 * Nothing is chosen for the person: the actors the selected words name are proposed as source and
 * target, each with a note saying so, and names not yet on the map are offered as new actors.
 */
export function RelationForm({ target, onClose }: RelationFormProps) {
  const editor = useDatasetEditor();
  const store = useMapStoreApi();
  const index = useMapStore(selectIndex);
  const existing = target.kind === 'edit' ? target.relation : null;
  // A suggestion from the text fills the form; the person checks each field.
  const filled = existing ?? (target.kind === 'new' ? target.suggested : undefined);
  const evidence = target.kind === 'new' ? [target.evidence] : target.relation.evidence;
  const actors = [...index.dataset.actors].sort((a, b) => a.name.localeCompare(b.name));
  const [proposals] = useState<ActorProposals>(() => (existing ? { named: [], newNames: [] } : proposeActors(evidence[0]!.quote, index.dataset.actors)));
  const proposed = { source: proposals.named[0], target: proposals.named[1] };
  const [source, setSource] = useState(filled?.source ?? proposed.source?.actorId ?? UNCHOSEN);
  const [targetActor, setTargetActor] = useState(filled?.target ?? proposed.target?.actorId ?? UNCHOSEN);
  const [drafts, setDrafts] = useState<ActorInput[]>([]);
  const [drafting, setDrafting] = useState<{ name: string; slot?: Slot } | null>(null);
  const [stance, setStance] = useState<Stance | ''>(filled?.stance ?? UNCHOSEN);
  const [status, setStatus] = useState<RelationStatus | ''>(filled?.status ?? UNCHOSEN);
  const [summary, setSummary] = useState(filled?.summary ?? '');
  const [whenText, setWhenText] = useState(existing?.when?.text ?? '');
  const [claimedBy, setClaimedBy] = useState(filled?.claimedBy ?? OUTLET_CLAIMANT);
  const [claimant, setClaimant] = useState({ name: '', description: '' });
  const [problems, setProblems] = useState<Problems>({});
  const [attempt, setAttempt] = useState(0);
  const [problem, setProblem] = useState('');
  if (!editor) return null;

  const setSlot = (slot: Slot, value: string) => (slot === 'source' ? setSource(value) : setTargetActor(value));

  if (drafting) {
    return (
      <ActorForm
        draft={{ name: drafting.name, passage: evidence[0]! }}
        onClose={() => setDrafting(null)}
        onDone={(actor) => {
          const key = draftKey(drafts.length);
          setDrafts([...drafts, actor]);
          // Into the slot it was asked for, or the first one still empty.
          const slot = drafting.slot ?? (source === UNCHOSEN ? 'source' : targetActor === UNCHOSEN ? 'target' : undefined);
          if (slot) setSlot(slot, key);
          setDrafting(null);
        }}
      />
    );
  }

  const check = (): Problems => {
    const found: Problems = {};
    if (!source) found.source = t('Choose who holds the stance.');
    if (!stance) found.stance = t('Choose a stance.');
    if (!targetActor) found.target = t('Choose whom the stance is toward.');
    else if (targetActor === source) found.target = t('Choose another actor: a relation links two different actors.');
    if (!status) found.status = t('Choose whether it happened, is happening, was promised or failed.');
    if (!summary.trim()) found.summary = t('Write a one-line summary.');
    if (claimedBy === QUOTED_CLAIMANT && !claimant.name.trim()) found.claimantName = t('Give the name of the person quoted.');
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    setProblems(found);
    if (Object.keys(found).length > 0 || !stance || !status) return setAttempt(attempt + 1);
    let createdId: string | undefined;
    const reason = await editor.edit((dataset) => {
      let next: RawDataset = dataset;
      // Drafted actors are added only when the relation uses them, in one step that Undo takes back whole.
      const draftIds = new Map<string, string>();
      const resolve = (choice: string): string | { reason: string } => {
        const position = drafts.findIndex((_, at) => draftKey(at) === choice);
        if (position === -1) return choice;
        const known = draftIds.get(choice);
        if (known) return known;
        const added = addActor(next, drafts[position]!);
        if (!added.ok) return { reason: added.reason };
        next = added.dataset;
        draftIds.set(choice, added.id!);
        return added.id!;
      };
      const sourceId = resolve(source);
      if (typeof sourceId !== 'string') return { ok: false, reason: sourceId.reason };
      const targetId = resolve(targetActor);
      if (typeof targetId !== 'string') return { ok: false, reason: targetId.reason };
      let claimedById = resolve(claimedBy);
      if (typeof claimedById !== 'string') return { ok: false, reason: claimedById.reason };
      if (claimedBy === QUOTED_CLAIMANT) {
        const added = addClaimant(next, claimant);
        if (!added.ok) return added;
        next = added.dataset;
        claimedById = added.id!;
      }
      const fields = {
        source: sourceId,
        target: targetId,
        stance,
        status,
        summary: summary.trim(),
        claimedBy: claimedById,
        ...(whenText.trim() ? { when: { ...(existing?.when ?? {}), text: whenText.trim() } } : {}),
      };
      if (existing) return updateRelation(next, existing.id, fields);
      const added = addRelation(next, { ...fields, evidence });
      createdId = added.id;
      return added;
    });
    if (reason) return setProblem(reason);
    store.getState().selectAfterEdit({ kind: 'relation', id: createdId ?? existing!.id });
    onClose();
  };

  const actorOptions = (
    <>
      {actors.map((actor) => (
        <option key={actor.id} value={actor.id}>
          {actor.name}
        </option>
      ))}
      {drafts.map((draft, position) => (
        <option key={draftKey(position)} value={draftKey(position)}>
          {t('{name} (new)', { name: draft.name })}
        </option>
      ))}
    </>
  );

  const actorSelect = (slot: Slot, value: string, control: ControlProps) => (
    <select
      {...control}
      autoFocus={slot === 'source'}
      value={value}
      onChange={(event) => (event.target.value === NEW_ACTOR ? setDrafting({ name: '', slot }) : setSlot(slot, event.target.value))}
    >
      <option value={UNCHOSEN}>{t('Choose…')}</option>
      {actorOptions}
      <option value={NEW_ACTOR}>{t('A new actor…')}</option>
    </select>
  );
  const foundNote = (slot: Slot, value: string) => {
    const proposal = proposed[slot];
    return proposal && proposal.actorId === value ? t('Found in the words: “{words}”.', { words: proposal.text }) : undefined;
  };
  const newNames = proposals.newNames.filter((name) => !drafts.some((draft) => draft.name === name));

  return (
    <FormDialog
      title={existing ? t('Edit the relation') : t('New relation from this passage')}
      submitLabel={existing ? t('Save the relation') : t('Add the relation')}
      problem={problem}
      attempt={attempt}
      onSubmit={submit}
      onClose={onClose}
    >
      <blockquote className="evidence-quote">“{evidence[0]!.quote}”</blockquote>
      {newNames.length > 0 && (
        <div className="name-proposals" role="group" aria-label={t('Names in the words that are not on the map')}>
          {newNames.map((name) => (
            <button key={name} type="button" onClick={() => setDrafting({ name })}>
              {t('Add ‘{name}’ as a new actor', { name })}
            </button>
          ))}
        </div>
      )}
      <Field label={t('Who (source)')} error={problems.source} note={foundNote('source', source)}>
        {(control) => actorSelect('source', source, control)}
      </Field>
      <Field label={t('Stance')} error={problems.stance}>
        {(control) => (
          <select {...control} value={stance} onChange={(event) => setStance(event.target.value as Stance)}>
            <option value={UNCHOSEN}>{t('Choose…')}</option>
            {STANCES.map((value) => (
              <option key={value} value={value}>
                {stanceLabel(value)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('Toward whom (target)')} error={problems.target} note={foundNote('target', targetActor)}>
        {(control) => actorSelect('target', targetActor, control)}
      </Field>
      <Field label={t('Status')} error={problems.status}>
        {(control) => (
          <select {...control} value={status} onChange={(event) => setStatus(event.target.value as RelationStatus)}>
            <option value={UNCHOSEN}>{t('Choose…')}</option>
            {RELATION_STATUSES.map((value) => (
              <option key={value} value={value}>
                {statusLabel(value)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('Summary')} error={problems.summary}>
        {(control) => <input {...control} value={summary} onChange={(event) => setSummary(event.target.value)} placeholder={t('One neutral line')} />}
      </Field>
      <Field label={t('When')}>
        {(control) => <input {...control} value={whenText} onChange={(event) => setWhenText(event.target.value)} placeholder={t('As the article says it (optional)')} />}
      </Field>
      <Field label={t('Claimed by')}>
        {(control) => (
          <select {...control} value={claimedBy} onChange={(event) => setClaimedBy(event.target.value)}>
            <option value={OUTLET_CLAIMANT}>{t('{outlet} (the reporter)', { outlet: index.dataset.article.outlet ?? '' })}</option>
            {actorOptions}
            {(index.dataset.claimants ?? []).map((quoted) => (
              <option key={quoted.id} value={quoted.id}>
                {t('{name} (quoted, not on the map)', { name: quoted.name })}
              </option>
            ))}
            <option value={QUOTED_CLAIMANT}>{t('Someone quoted who is not on the map…')}</option>
          </select>
        )}
      </Field>
      {claimedBy === QUOTED_CLAIMANT && (
        <fieldset>
          <legend>{t('The person quoted')}</legend>
          <Field label={t('Their name')} error={problems.claimantName}>
            {(control) => <input {...control} value={claimant.name} onChange={(event) => setClaimant({ ...claimant, name: event.target.value })} />}
          </Field>
          <Field label={t('Who they are')}>
            {(control) => (
              <input {...control} value={claimant.description} onChange={(event) => setClaimant({ ...claimant, description: event.target.value })} placeholder={t('As the article says (optional)')} />
            )}
          </Field>
        </fieldset>
      )}
    </FormDialog>
  );
}
