import { isSafeHttpUrl } from '../../model/textFragmentUrl';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { formatPublished } from './formatPublished';
import { EmbedDialog } from './EmbedDialog';
import { ExportMenu } from './ExportMenu';
import { OpenDialog } from './OpenDialog';
import { formatPath } from '../../model/formatPath';
import type { ValidationIssue } from '../../model/validationIssue';
import { stepQuery } from '../../embed/urlState';

export function ExplorerHeader({ warnings = [], source = null }: { warnings?: ValidationIssue[]; source?: string | null }) {
  const { dataset } = useMapStore(selectIndex);
  const { article } = dataset;
  return (
    <header className="explorer-header">
      <div className="title-block">
        <h1>{dataset.title}</h1>
        <p className="credit">
          From{' '}
          {isSafeHttpUrl(article.url) ? (
            <a href={article.url} target="_blank" rel="noopener noreferrer">
              “{article.title}”
            </a>
          ) : (
            `“${article.title}”`
          )}{' '}
          by {article.author}, {article.outlet}, {formatPublished(article.published)}.
          {source && <span className="data-source"> Dataset opened from {source}.</span>}
        </p>
      </div>
      <div className="header-actions">
        {warnings.length > 0 && (
          <details className="dataset-warnings">
            <summary>
              {warnings.length} {warnings.length === 1 ? 'warning' : 'warnings'}
            </summary>
            <ol>
              {warnings.map((warning, position) => (
                <li key={position}>
                  <code>{formatPath(warning.path)}</code> {warning.message}
                </li>
              ))}
            </ol>
          </details>
        )}
        <OpenDialog />
        {dataset.story && dataset.story.length > 0 && (
          <a className="header-link" href={stepQuery('', 'present')}>
            Present
          </a>
        )}
        <a className="header-link" href={stepQuery('', 'read')}>
          Read along
        </a>
        <ExportMenu />
        <EmbedDialog pageUrl={typeof window === 'undefined' ? 'http://localhost/' : window.location.href} />
        <details className="how-to-read">
          <summary>How to read this map</summary>
          <div className="how-to-read-body">
            <p>
              Each shape is an <strong>actor</strong> the article names: a state, a government body, an armed group, a person or an organisation. Actors
              that belong to another (a leader to his brigade, a ministry to its state) sit close to it and share its tint.
            </p>
            <p>
              Each arrow is a <strong>stance</strong> the article reports, from the actor who holds it to the actor it is about. Colour <em>and</em> line
              pattern tell the stance; a hollow arrowhead means it was only proposed or promised, ½ that it was partly delivered, ✕ that it was promised
              and never delivered.
            </p>
            <p>
              Click an arrow or an actor to read the passage behind it; the article beside the map marks every passage used. Drag an actor to pin it,
              double-click to release it. With the keyboard: Tab into the map, arrow keys to move, Enter to select, Escape to clear.
            </p>
          </div>
        </details>
      </div>
    </header>
  );
}
