import { claimantName, relationLabel } from '../../model/indexDataset';
import { articleTextAttributes, isolated } from '../../model/textDirection';
import { STANCES } from '../../model/vocabulary';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { statusLabel } from '../theme';
import { creditAfterTitle, rightsAfter } from './articleCredit';

/** After the map on paper: every relation with its passages, grouped by stance, and the article's credit. */
export function RelationsForPaper() {
  const index = useMapStore(selectIndex);
  const visible = useMapStore((state) => state.visibility.relationIds);
  const { article } = index.dataset;
  return (
    <section className="print-relations" aria-hidden="true">
      <h2>The relations and their passages</h2>
      <p>
        From “<bdi lang={article.language}>{article.title}</bdi>”{creditAfterTitle(article)}.{article.url && ` ${article.url}.`}{rightsAfter(article)}
      </p>
      {STANCES.map((stance) => {
        const relations = index.dataset.relations.filter((relation) => relation.stance === stance && visible.has(relation.id));
        if (relations.length === 0) return null;
        return (
          <section key={stance}>
            <h3>
              {stance} ({relations.length})
            </h3>
            <ol>
              {relations.map((relation) => (
                <li key={relation.id}>
                  <strong>{relationLabel(index, relation)}</strong> — {statusLabel(relation.status)}
                  {relation.when ? `, ${isolated(relation.when.text)}` : ''}. <bdi>{relation.summary}</bdi>.{' '}
                  <em>
                    Claimed by <bdi>{claimantName(index, relation.claimedBy)}</bdi>.
                  </em>
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
