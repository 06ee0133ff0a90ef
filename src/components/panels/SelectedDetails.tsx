/**
 * The details of what is selected: a relation with its passages, or an actor with its relations.
 * Loaded after the first frame (DetailsPanel), which shows none of them.
 */
import { mirroredArrows } from '../../i18n/direction';
import { articleTextAttributes } from '../../model/textDirection';
import type { Actor, Relation } from '../../model/datasetSchema';
import { claimantName, findClaimant, relationsByStance, type DatasetIndex } from '../../model/indexDataset';
import { isSafeHttpUrl, textFragmentUrl } from '../../model/textFragmentUrl';
import { STANCES } from '../../model/vocabulary';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { kindLabel, relationName, STANCE_STYLES, statusLabel, stanceLabel } from '../theme';
import { ActorLink } from './ActorLink';
import { StanceSwatch } from './Swatches';
import { interfaceLocale, t } from '../../i18n/translate';
import { tElements } from '../../i18n/tElements';

function RelationDetails({ relation, withArticle }: { relation: Relation; withArticle: boolean }) {
  const index = useMapStore(selectIndex);
  const showPassage = useMapStore((state) => state.showPassage);
  const { article } = index.dataset;
  const stance = STANCE_STYLES[relation.stance];
  return (
    <article className="relation-details" aria-labelledby="details-heading">
      <p className="eyebrow">
        <StanceSwatch stance={relation.stance} status={relation.status} /> {stanceLabel(relation.stance)} · {statusLabel(relation.status)}
      </p>
      <h2 id="details-heading" aria-label={relationName(index, relation)}>
        <ActorLink actorId={relation.source} /> <span className="stance-word">{mirroredArrows(`— ${stanceLabel(relation.stance)} →`)}</span>{' '}
        <ActorLink actorId={relation.target} />
      </h2>
      <p className="summary" dir="auto">
        {relation.summary}
      </p>
      <h3>{t('Evidence')}</h3>
      <ol className="evidence-list">
        {relation.evidence.map((evidence, evidenceIndex) => (
          <li key={evidenceIndex}>
            <blockquote className="evidence-quote" style={{ borderColor: stance.colour }}>
              <p {...articleTextAttributes(article.language)}>“{evidence.quote}”</p>
            </blockquote>
            <div className="evidence-actions">
              {withArticle && (
                <button type="button" onClick={() => showPassage({ relationId: relation.id, evidenceIndex })}>
                  {t('Show in article')}
                </button>
              )}
              {article.url && isSafeHttpUrl(article.url) && (
                <a href={textFragmentUrl(article.url, evidence.quote)} target="_blank" rel="noopener noreferrer">
                  {article.outlet ? tElements('Open at {outlet}', { outlet: <bdi>{article.outlet}</bdi> }) : t('Open the original')}
                </a>
              )}
            </div>
          </li>
        ))}
      </ol>
      <dl className="facts">
        <dt>{t('Status')}</dt>
        <dd>{statusLabel(relation.status)}</dd>
        {relation.when && (
          <>
            <dt>{t('When')}</dt>
            <dd>
              <bdi>{relation.when.text}</bdi>
              {relation.when.date && <span className="muted"> ({relation.when.date})</span>}
            </dd>
          </>
        )}
        {relation.amount && (
          <>
            <dt>{t('Amount')}</dt>
            <dd dir="auto">{relation.amount.text}</dd>
          </>
        )}
        <dt>{t('Claimed by')}</dt>
        <dd>
          <Claimant index={index} claimedBy={relation.claimedBy} />
        </dd>
      </dl>
    </article>
  );
}

/** An actor links to its details; a quoted claimant is named with who they are; else the reporter. */
function Claimant({ index, claimedBy }: { index: DatasetIndex; claimedBy: string }) {
  if (index.actorsById.has(claimedBy)) return <ActorLink actorId={claimedBy} />;
  const quoted = findClaimant(index, claimedBy);
  if (!quoted) return <>{tElements('{name} (the reporter)', { name: <bdi>{claimantName(index, claimedBy)}</bdi> })}</>;
  return (
    <>
      <bdi>{quoted.name}</bdi>
      <span className="muted"> ({quoted.description || t('quoted in the article, not on the map')})</span>
    </>
  );
}

function ActorDetails({ actor, withFocus }: { actor: Actor; withFocus: boolean }) {
  const index = useMapStore(selectIndex);
  const selectRelation = useMapStore((state) => state.selectRelation);
  const focusActor = useMapStore((state) => state.focusActor);
  const focused = useMapStore((state) => state.filters.focusActorId === actor.id);
  const toggleBloc = useMapStore((state) => state.toggleBloc);
  // What happens inside a bloc (between it and its members, or among them): one tap from the bloc, even closed.
  const held = useMapStore((state) => state.blocs.get(actor.id));
  const inBloc = (id: string) => id === actor.id || held!.includes(id);
  const among = held ? index.dataset.relations.filter((relation) => inBloc(relation.source) && inBloc(relation.target)) : [];
  const grouped = relationsByStance(index, index.relationIdsByActor.get(actor.id) ?? []);
  const members = index.memberIdsByActor.get(actor.id) ?? [];
  return (
    <article className="actor-details" aria-labelledby="details-heading">
      <p className="eyebrow">{kindLabel(actor.kind)}</p>
      <h2 id="details-heading" dir="auto">
        {actor.name}
      </h2>
      <p className="summary" dir="auto">
        {actor.description}
      </p>
      <dl className="facts">
        {actor.aliases.length > 0 && (
          <>
            <dt>{t('Also called')}</dt>
            <dd dir="auto">{actor.aliases.join(' · ')}</dd>
          </>
        )}
        {actor.partOf && (
          <>
            <dt>{t('Part of')}</dt>
            <dd>
              <ActorLink actorId={actor.partOf} />
            </dd>
          </>
        )}
        {members.length > 0 && (
          <>
            <dt>{t('Includes')}</dt>
            <dd className="inline-list">
              {members.map((memberId) => (
                <ActorLink key={memberId} actorId={memberId} />
              ))}
            </dd>
          </>
        )}
      </dl>
      {members.length > 0 && (
        <button type="button" className="focus-button" onClick={() => toggleBloc(actor.id)}>
          {t('Close into one bloc')}
        </button>
      )}
      {withFocus && (
        <button type="button" className="focus-button" aria-pressed={focused} onClick={() => focusActor(focused ? null : actor.id)}>
          {focused ? t('Show the whole map') : tElements('Show only {name} and its ties', { name: <bdi>{actor.name}</bdi> })}
        </button>
      )}
      {among.length > 0 && (
        <>
          <h3>{t('Inside this bloc')}</h3>
          <ul>
            {among.map((relation) => (
              <li key={relation.id}>
                <button type="button" className="link-button" onClick={() => selectRelation(relation.id)}>
                  {relationName(index, relation)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('Relations')}</h3>
      {grouped.size === 0 && <p className="muted">{t('No relation in this article.')}</p>}
      {STANCES.filter((stance) => grouped.has(stance)).map((stance) => (
        <section key={stance} className="relation-group" aria-label={t('{stance} ({count})', { stance: stanceLabel(stance), count: grouped.get(stance)!.length })}>
          <h4>
            <StanceSwatch stance={stance} /> {stanceLabel(stance)} <span className="muted">({grouped.get(stance)!.length.toLocaleString(interfaceLocale())})</span>
          </h4>
          <ul>
            {grouped.get(stance)!.map((relation) => (
              <li key={relation.id}>
                {/* Named by what it shows (WCAG 2.5.3): the arrow, the other actor, the status and the summary. */}
                <button type="button" className="relation-button" onClick={() => selectRelation(relation.id)}>
                  <span className="relation-button-title">
                    {mirroredArrows(relation.source === actor.id ? '→ ' : '← ')}
                    <bdi>{index.actorsById.get(relation.source === actor.id ? relation.target : relation.source)?.name}</bdi>
                    <span className="muted"> · {statusLabel(relation.status)}</span>
                  </span>
                  <span className="relation-button-summary" dir="auto">
                    {relation.summary}
                  </span>
                </button>
                <blockquote className="evidence-quote small" style={{ borderColor: STANCE_STYLES[stance].colour }}>
                  <p {...articleTextAttributes(index.dataset.article.language)}>“{relation.evidence[0]!.quote}”</p>
                </blockquote>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}

export interface SelectedDetailsProps {
  relation?: Relation | undefined;
  actor?: Actor | undefined;
  embedded: boolean;
}

/** The one the selection is: a relation or an actor. */
export function SelectedDetails({ relation, actor, embedded }: SelectedDetailsProps) {
  if (relation) return <RelationDetails relation={relation} withArticle={!embedded} />;
  return actor ? <ActorDetails actor={actor} withFocus={!embedded} /> : null;
}
