import { claimantName } from '../../model/indexDataset';
import { articleTextAttributes } from '../../model/textDirection';
import { isolated } from '../../i18n/direction';
import { STANCES } from '../../model/vocabulary';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { relationName, statusLabel, stanceLabel } from '../theme';
import { creditAfterTitle, rightsAfter } from './articleCredit';
import { t } from '../../i18n/translate';
import { tElements } from '../../i18n/tElements';

/** After the map on paper: every relation with its passages, grouped by stance, and the article's credit. */
export function RelationsForPaper() {
  const index = useMapStore(selectIndex);
  const visible = useMapStore((state) => state.visibility.relationIds);
  const { article } = index.dataset;
  return (
    <section className="print-relations" aria-hidden="true">
      <h2>{t('The relations and their passages')}</h2>
      <p>
        {tElements('From {title}{credit}.', { title: tElements('“{title}”', { title: <bdi lang={article.language}>{article.title}</bdi> }), credit: creditAfterTitle(article) })}
        {article.url && ` ${article.url}.`}
        {rightsAfter(article)}
      </p>
      {STANCES.map((stance) => {
        const relations = index.dataset.relations.filter((relation) => relation.stance === stance && visible.has(relation.id));
        if (relations.length === 0) return null;
        return (
          <section key={stance}>
            <h3>
              {t('{stance} ({count})', { stance: stanceLabel(stance), count: relations.length })}
            </h3>
            <ol>
              {relations.map((relation) => (
                <li key={relation.id}>
                  <strong>{relationName(index, relation)}</strong> — {statusLabel(relation.status)}
                  {relation.when ? `, ${isolated(relation.when.text)}` : ''}. <bdi>{relation.summary}</bdi>.{' '}
                  <em>{tElements('Claimed by {claimant}.', { claimant: <bdi>{claimantName(index, relation.claimedBy)}</bdi> })}</em>
                  {relation.evidence.map((evidence, position) => (
                    <blockquote key={position} {...articleTextAttributes(article.language)}>
                      “{evidence.quote}”
                    </blockquote>
                  ))}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </section>
  );
}
