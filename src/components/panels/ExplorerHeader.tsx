import { isSafeHttpUrl } from '../../model/textFragmentUrl';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { formatPublished } from './formatPublished';
import { lazy } from 'react';
import { useDatasetOpener } from '../DatasetOpener';
import { DialogButton, usePreload } from './DialogButton';
import { ExportMenu } from './ExportMenu';
import { formatPath } from '../../model/formatPath';
import type { ValidationIssue } from '../../model/validationIssue';
import { stepQuery } from '../../embed/urlState';

// The dialogs load after the first frame, when the page is idle, or on the first click.
const loadEmbedDialog = () => import('./EmbedDialog');
const loadOpenDialog = () => import('./OpenDialog');
const EmbedDialog = lazy(() => loadEmbedDialog().then((module) => ({ default: module.EmbedDialog })));
const OpenDialog = lazy(() => loadOpenDialog().then((module) => ({ default: module.OpenDialog })));

export function ExplorerHeader({ warnings = [], source = null }: { warnings?: ValidationIssue[]; source?: string | null }) {
  const { dataset } = useMapStore(selectIndex);
  const { article } = dataset;
  const opener = useDatasetOpener();
  usePreload(loadEmbedDialog, loadOpenDialog);
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
        {opener && (
          <DialogButton label="Open…" className="embed-button">
            {(openRequests) => <OpenDialog openRequests={openRequests} />}
          </DialogButton>
        )}
        {dataset.story && dataset.story.length > 0 && (
          <a className="header-link" href={stepQuery('', 'present')}>
            Present
          </a>
        )}
        <a className="header-link" href={stepQuery('', 'read')}>
          Read along
        </a>
        <ExportMenu />
        <DialogButton label="Embed" className="embed-button embed-dialog-opener">
          {(openRequests) => <EmbedDialog pageUrl={typeof window === 'undefined' ? 'http://localhost/' : window.location.href} openRequests={openRequests} />}
        </DialogButton>
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
