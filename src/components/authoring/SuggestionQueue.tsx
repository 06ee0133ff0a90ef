import { stanceLabel, statusLabel } from '../theme';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { t, tn } from '../../i18n/translate';
import { tElements } from '../../i18n/tElements';
import { openSuggestions, relationFromSuggestion, suggestionKey } from '../../model/drafting/review';
import { suggestRelations, type RelationSuggestion } from '../../model/drafting/suggestRelations';
import { addRelation, type RawDataset } from '../../model/edits';
import { STANCES, type Stance } from '../../model/vocabulary';
import { useMapStore, useMapStoreApi } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { useDatasetEditor } from '../DatasetEditor';
import { StanceSwatch } from '../panels/Swatches';
import { RelationForm } from './lazyForms';
import { ActorSuggestions } from './ActorSuggestions';
import { useReviewList } from './useReviewList';
import { uncoveredSentences } from '../../model/drafting/coverage';
import { markSentences } from './markSentences';
import './SuggestionQueue.css';
import './forms.css';

const rejectedKey = (datasetId: string) => `stancemap:rejected-suggestions:${datasetId}`;

/** Rejected suggestions, kept in this browser so that they do not come back. */
function loadRejected(datasetId: string): Set<string> {
  try {
    const kept: unknown = JSON.parse(window.localStorage.getItem(rejectedKey(datasetId)) ?? '[]');
    return new Set(Array.isArray(kept) ? kept.filter((item): item is string => typeof item === 'string') : []);
  } catch {
    return new Set();
  }
}

function keepRejected(datasetId: string, rejected: ReadonlySet<string>) {
  try {
    window.localStorage.setItem(rejectedKey(datasetId), JSON.stringify([...rejected]));
  } catch {
    // Storage refused: they come back on the next visit, and nothing else is lost.
  }
}

/**
 * Suggestions from the text, to review one by one: every sentence that names two actors of the map
 * and carries a stance cue suggests a relation, with the words that carry it. Accept (A) adds it as
 * it is, Edit (E) opens the relation form filled in, Reject (R) drops it for good; ↑ ↓ move between
 * them. Nothing enters the map unconfirmed, and every accepted suggestion is an ordinary edit.
 */
export function SuggestionQueue() {
  const editor = useDatasetEditor();
  const store = useMapStoreApi();
  const index = useMapStore(selectIndex);
  const { dataset } = index;
  const [rejected, setRejected] = useState(() => loadRejected(dataset.id));
  const [announcement, setAnnouncement] = useState('');
  const [editing, setEditing] = useState<RelationSuggestion | null>(null);
  const [bulkStance, setBulkStance] = useState<Stance>('support');
  const { list, focusAt, handleKey } = useReviewList();
  // The rules read the article and the actors only: a new relation does not change them.
  const suggestions = useMemo(() => suggestRelations(index.parts, dataset.actors), [index.parts, dataset.actors]);
  const open = useMemo(() => openSuggestions(suggestions, dataset.relations, rejected), [suggestions, dataset.relations, rejected]);
  const uncovered = useMemo(() => uncoveredSentences(index.parts, dataset.actors, dataset.relations), [index.parts, dataset.actors, dataset.relations]);
  // Marked in the article while their list is open; gone when it closes or the queue does.
  const [coverageShown, setCoverageShown] = useState(false);
  useEffect(() => {
    const reader = document.querySelector<HTMLElement>('.article-reader');
    if (!coverageShown || !reader) return;
    return markSentences(reader, uncovered);
  }, [coverageShown, uncovered]);
  if (!editor) return null;

  const nameOf = (id: string) => index.actorsById.get(id)?.name ?? id;
  const describe = (suggestion: RelationSuggestion) => t('{source} — {stance} → {target}', { source: nameOf(suggestion.source), stance: stanceLabel(suggestion.stance), target: nameOf(suggestion.target) });
  const relationOf = (suggestion: RelationSuggestion) => relationFromSuggestion(suggestion, nameOf, index.parts);

  const accept = async (accepted: RelationSuggestion[], at: number) => {
    const refused = await editor.edit((current) =>
      accepted.reduce<ReturnType<typeof addRelation>>((result, suggestion) => (result.ok ? addRelation(result.dataset, relationOf(suggestion)) : result), { ok: true, dataset: current as RawDataset }),
    );
    setAnnouncement(refused ?? (accepted.length === 1 ? t('Accepted: {relation}.', { relation: describe(accepted[0]!) }) : tn(accepted.length, 'Accepted {count} {stance} suggestion.', 'Accepted {count} {stance} suggestions.', { stance: stanceLabel(accepted[0]!.stance) })));
    if (!refused) focusAt(at);
  };
  const reject = (suggestion: RelationSuggestion, at: number) => {
    const next = new Set(rejected).add(suggestionKey(suggestion));
    setRejected(next);
    keepRejected(dataset.id, next);
    setAnnouncement(t('Rejected: {relation}.', { relation: describe(suggestion) }));
    focusAt(at);
  };
  const editedRelation = editing && relationOf(editing);
  const ofStance = open.filter((suggestion) => suggestion.stance === bulkStance);

  return (
    <aside className="details-panel suggestion-queue" aria-labelledby="suggestions-title">
      <div className="suggestion-queue-head">
        <h2 id="suggestions-title">{t('Suggestions from the text')}</h2>
        <span>{tn(open.length, '{count} suggestion to review', '{count} suggestions to review')}</span>
        <button type="button" onClick={() => store.getState().setSidePanel(null)}>
          {t('Close')}
        </button>
      </div>
      <p className="suggestion-queue-help">
        {t('Each joins two actors of the map that one sentence names, by a word that usually carries a stance. Check it against the words: A accepts, E edits, R rejects the one in focus; ↑ ↓ move.')}
      </p>
      <ActorSuggestions
        editor={editor}
        rejected={rejected}
        reject={(key) => {
          // Several at once (accepting all) each add to what the last one left.
          setRejected((previous) => {
            const next = new Set(previous).add(key);
            keepRejected(dataset.id, next);
            return next;
          });
        }}
        announce={setAnnouncement}
      />
      {open.length > 0 && <h3>{t('Relations between the map’s actors')}</h3>}
      {open.length > 0 && (
        <div className="suggestion-bulk" role="group" aria-label={t('Accept every suggestion of a stance')}>
          <label>
            {t('Stance')}{' '}
            <select value={bulkStance} onChange={(event) => setBulkStance(event.target.value as Stance)}>
              {STANCES.map((stance) => (
                <option key={stance} value={stance}>
                  {stanceLabel(stance)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={ofStance.length === 0} onClick={() => void accept(ofStance, 0)}>
            {/* English says it the same for one, as it always has. */}
            {tn(ofStance.length, 'Accept all {count} {stance}', 'Accept all {count} {stance}', { stance: stanceLabel(bulkStance) })}
          </button>
        </div>
      )}
      {open.length === 0 && <p className="muted">{suggestions.length === 0 ? t('No sentence names two actors of the map with a stance word. Add actors first, or map the words by hand.') : t('Every suggestion has been answered.')}</p>}
      <ol ref={list} className="suggestions" aria-label={t('Suggestions')}>
        {open.map((suggestion, at) => (
          <li
            key={suggestionKey(suggestion)}
            className="suggestion"
            tabIndex={0}
            aria-label={t('{relation}, {status}, {position} of {count}', { relation: describe(suggestion), status: statusLabel(suggestion.status), position: at + 1, count: open.length })}
            aria-describedby={`suggestion-words-${at}`}
            onKeyDown={(event) => handleKey(event, at, { accept: () => void accept([suggestion], at), edit: () => setEditing(suggestion), reject: () => reject(suggestion, at) })}
          >
            <p className="suggestion-triple">
              <StanceSwatch stance={suggestion.stance} status={suggestion.status} />{' '}
              {tElements('{source} {stance} → {target}', { source: <strong>{nameOf(suggestion.source)}</strong>, stance: stanceLabel(suggestion.stance), target: <strong>{nameOf(suggestion.target)}</strong> })}
              <span className="muted">
                {' '}
                · {statusLabel(suggestion.status)} · {suggestion.claimedBy === 'outlet' ? t('the outlet says') : t('{name} says', { name: nameOf(suggestion.claimedBy) })}
              </span>
            </p>
            <blockquote id={`suggestion-words-${at}`}>
              <SentenceWithQuote sentence={suggestion.sentence} quote={suggestion.quote} />
            </blockquote>
            <div className="suggestion-actions">
              <button type="button" onClick={() => void accept([suggestion], at)}>
                {t('Accept')}
              </button>
              <button type="button" onClick={() => setEditing(suggestion)}>
                {t('Edit…')}
              </button>
              <button type="button" onClick={() => reject(suggestion, at)}>
                {t('Reject')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {uncovered.length > 0 && (
        <details className="coverage" onToggle={(event) => setCoverageShown(event.currentTarget.open)}>
          <summary>
            {tn(uncovered.length, 'What the map leaves out: {count} sentence names two of its actors and carries no relation', 'What the map leaves out: {count} sentences name two of its actors and carry no relation')}
          </summary>
          <p className="muted">{t('While this list is open, the article marks them with a wavy underline.')}</p>
          <ul>
            {uncovered.map((sentence) => (
              <li key={`${String(sentence.part)}:${sentence.start}`}>
                <span className="muted">{t('{names}:', { names: sentence.actorIds.map(nameOf).join(' · ') })} </span>
                {sentence.text}
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <Suspense>
        {editedRelation && (
          <RelationForm
            target={{ kind: 'new', evidence: editedRelation.evidence[0]!, suggested: editedRelation }}
            onClose={() => {
              setEditing(null);
              focusAt(0);
            }}
          />
        )}
      </Suspense>
    </aside>
  );
}

/** The sentence, with the words the suggestion quotes marked. */
function SentenceWithQuote({ sentence, quote }: { sentence: string; quote: string }) {
  const at = sentence.indexOf(quote);
  if (at < 0) return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, at)}
      <mark>{quote}</mark>
      {sentence.slice(at + quote.length)}
    </>
  );
}
