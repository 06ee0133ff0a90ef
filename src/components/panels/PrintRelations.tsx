import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { claimantName, relationLabel } from '../../model/indexDataset';
import { STANCES } from '../../model/vocabulary';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { statusLabel } from '../theme';
import { creditAfterTitle, rightsAfter } from './articleCredit';

/**
 * Only on paper: after the map, every relation with its passages, grouped by stance, and the
 * article's credit, so a printout keeps the promise of no line without its passage.
 *
 * Rendered only while printing: for a map of thousands of relations it is tens of thousands of
 * elements that the screen never shows.
 */
export function PrintRelations() {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // The list must be in the page before the browser lays it out for paper: render it at once.
    const start = () => flushSync(() => setPrinting(true));
    const end = () => setPrinting(false);
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
    };
  }, []);
  return printing ? <RelationsForPaper /> : null;
}

function RelationsForPaper() {
  const index = useMapStore(selectIndex);
  const visible = useMapStore((state) => state.visibility.relationIds);
  const { article } = index.dataset;
  return (
    <section className="print-relations" aria-hidden="true">
      <h2>The relations and their passages</h2>
      <p>
        From “{article.title}”{creditAfterTitle(article)}.{article.url && ` ${article.url}.`}{rightsAfter(article)}
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
                  {relation.when ? `, ${relation.when.text}` : ''}. {relation.summary}. <em>Claimed by {claimantName(index, relation.claimedBy)}.</em>
                  {relation.evidence.map((evidence, position) => (
                    <blockquote key={position}>“{evidence.quote}”</blockquote>
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
