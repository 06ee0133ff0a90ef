import { isolated } from '../../i18n/direction';
import { isSafeHttpUrl } from '../../model/textFragmentUrl';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { creditAfterTitle } from './articleCredit';
import { Suspense, useEffect, useId, useRef, useState } from 'react';
import { useDatasetOpener } from '../DatasetOpener';
import { DialogButton } from './DialogButton';
import { preloadable } from '../preloadable';
import { ExportMenu } from './ExportMenu';
import { formatPath } from '../../model/formatPath';
import type { ValidationIssue } from '../../model/validationIssue';
import { datasetQuery, stepQuery } from '../../embed/urlState';
import { SearchBox } from './SearchBox';
import { t, tn } from '../../i18n/translate';
import { tElements } from '../../i18n/tElements';

// The dialogs load after the first frame, when the page is idle, or on the first click; once
// loaded they open at once (preloadable.ts says why a lazy component would not).
const NewMapDialog = preloadable(() => import('./NewMapDialog').then((module) => module.NewMapDialog));
const YourMapsDialog = preloadable(() => import('./YourMapsDialog').then((module) => module.YourMapsDialog));
const EmbedDialog = preloadable(() => import('./EmbedDialog').then((module) => module.EmbedDialog));
const OpenDialog = preloadable(() => import('./OpenDialog').then((module) => module.OpenDialog));
const HowToRead = preloadable(() => import('./HowToRead').then((module) => module.HowToRead));

interface ExplorerHeaderProps {
  warnings?: ValidationIssue[];
  source?: string | null;
  /** Edit mode, where the explorer can edit its dataset: the band carries its switch. */
  editing?: { on: boolean; set(on: boolean): void } | null;
}

/**
 * The band above the map: the title and the credit (a line each, cut short on screen but read
 * whole, and whole on hover), the search, and the actions. On narrower screens the actions fold
 * behind a "More" button.
 */
export function ExplorerHeader({ warnings = [], source = null, editing = null }: ExplorerHeaderProps) {
  const { dataset } = useMapStore(selectIndex);
  const { article } = dataset;
  const opener = useDatasetOpener();
  const [moreOpen, setMoreOpen] = useState(false);
  const actionsId = useId();
  useEffect(() => [EmbedDialog, OpenDialog, HowToRead, NewMapDialog, YourMapsDialog].forEach((dialog) => dialog.preload()), []);
  const [helpWanted, setHelpWanted] = useState(false);
  const headerRef = useRef<HTMLElement>(null);
  // A press anywhere outside the band folds the actions back.
  useEffect(() => {
    if (!moreOpen) return;
    const handlePointerDown = (event: PointerEvent) => {
      if (!headerRef.current?.contains(event.target as Node) && !(event.target as Element | null)?.closest?.('dialog')) setMoreOpen(false);
    };
    document.addEventListener('pointerdown', handlePointerDown);
    return () => document.removeEventListener('pointerdown', handlePointerDown);
  }, [moreOpen]);
  const credit = t('From {title}{credit}.', { title: t('“{title}”', { title: isolated(article.title) }), credit: creditAfterTitle(article) }) + (source ? ` ${t('Dataset opened from {source}.', { source })}` : '');
  const quotedTitle = tElements('“{title}”', { title: <bdi lang={article.language}>{article.title}</bdi> });
  return (
    <header
      ref={headerRef}
      className="explorer-header"
      onKeyDown={(event) => {
        // Escape folds the actions back, unless it is closing something opened from them.
        if (event.key !== 'Escape' || !moreOpen || (event.target as HTMLElement).closest('dialog, details[open], .search-box')) return;
        setMoreOpen(false);
        event.currentTarget.querySelector<HTMLButtonElement>('.header-more')?.focus();
      }}
    >
      <div className="title-block">
        <h1 title={dataset.title} dir="auto">
          {dataset.title}
        </h1>
        <p className="credit" title={credit}>
          {tElements('From {title}{credit}.', {
            title: article.url && isSafeHttpUrl(article.url) ? (
              <a href={article.url} target="_blank" rel="noopener noreferrer">
                {quotedTitle}
              </a>
            ) : (
              quotedTitle
            ),
            credit: creditAfterTitle(article),
          })}
          {source && <span className="data-source"> {t('Dataset opened from {source}.', { source })}</span>}
        </p>
      </div>
      <SearchBox />
      {/* Starting a map is a first step, never folded away: beside "More" on a phone. */}
      {opener && (
        <DialogButton label={t('New map')} className="header-button header-new-map">
          {(openRequests) => <NewMapDialog openRequests={openRequests} />}
        </DialogButton>
      )}
      <button type="button" className="header-button header-more" aria-expanded={moreOpen} aria-controls={actionsId} onClick={() => setMoreOpen(!moreOpen)}>
        {t('More')}
      </button>
      <div
        id={actionsId}
        className="header-actions"
        data-open={moreOpen || undefined}
      >
        {editing && (
          <button type="button" className="header-button edit-toggle" aria-pressed={editing.on} title={t('Edit mode: undo, redo, download the data, and map words selected in the article')} onClick={() => editing.set(!editing.on)}>
            {t('Edit')}
          </button>
        )}
        {warnings.length > 0 && (
          <details className="dataset-warnings">
            <summary>
              {tn(warnings.length, '{count} warning', '{count} warnings')}
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
          <DialogButton label={t('Your maps')} className="header-button">
            {(openRequests) => <YourMapsDialog openRequests={openRequests} />}
          </DialogButton>
        )}
        {opener && (
          <DialogButton label={t('Open…')} className="header-button">
            {(openRequests) => <OpenDialog openRequests={openRequests} />}
          </DialogButton>
        )}
        {dataset.story && dataset.story.length > 0 && (
          <a className="header-button" href={stepQuery(currentDatasetQuery(), 'present')}>
            {t('Present')}
          </a>
        )}
        <a className="header-button" href={stepQuery(currentDatasetQuery(), 'read')}>
          {t('Read along')}
        </a>
        <ExportMenu />
        <DialogButton label={t('Embed')} className="header-button embed-dialog-opener">
          {(openRequests) => <EmbedDialog pageUrl={typeof window === 'undefined' ? 'http://localhost/' : window.location.href} openRequests={openRequests} />}
        </DialogButton>
        <details className="how-to-read" onToggle={(event) => event.currentTarget.open && setHelpWanted(true)}>
          <summary>{t('How to read this map')}</summary>
          <Suspense fallback={null}>{helpWanted && <HowToRead />}</Suspense>
        </details>
      </div>
    </header>
  );
}

/** The open map's own parameters: presenting or reading along a map of one's own, or a `?data=` file, stays on it. */
const currentDatasetQuery = () => (typeof window === 'undefined' ? '' : datasetQuery(window.location.search));
