import { useId, useMemo, useState } from 'react';
import { selfContainedPage } from '../../embed/selfContainedPage';
import { checkDatasetAddress } from '../../io/datasetAddress';
import type { Dataset } from '../../model/datasetSchema';
import { formatPath } from '../../model/formatPath';
import { publishProblems } from '../../model/publishReadiness';
import { downloadBlob } from '../export/exportMap';
import './publish.css';
import '../authoring/forms.css';
import { copyToClipboard } from './copyToClipboard';
import { t, tn } from '../../i18n/translate';
import { tElements } from '../../i18n/tElements';

interface PublishOwnMapProps {
  dataset: Dataset;
  /** The explorer's address: embed.html and embed.js are beside it. */
  pageUrl: string;
  /** The embed code for the view chosen in the dialog, fetching its dataset from `dataUrl`. */
  snippetFor(dataUrl: string): string;
  /** The view chosen in the dialog as a query (`?select=…`), for the address of a downloaded page. */
  viewQuery: string;
}

/**
 * The Embed dialog's ways to publish a map that is not the one stancemap comes with: embed.html alone
 * would show that one. Two ways to publish, both closed until the map credits its article
 * (publishProblems): a page with the dataset inside it, or the dataset at an address the embed
 * fetches. Loaded only when such a map is open.
 */
export function PublishOwnMap({ dataset, pageUrl, snippetFor, viewQuery }: PublishOwnMapProps) {
  const problems = useMemo(() => publishProblems(dataset), [dataset]);
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  const ready = errors.length === 0;
  const [pageStatus, setPageStatus] = useState('');
  const [address, setAddress] = useState('');
  const [copyStatus, setCopyStatus] = useState('');
  const addressId = useId();
  const headingId = useId();
  const addressHelpId = useId();
  const fileName = `${dataset.id}-embed.html`;
  const hostScriptUrl = new URL('embed.js', pageUrl).href;

  const checked = address.trim() ? checkDatasetAddress(address.trim(), pageUrl) : null;
  const snippet = checked?.ok && ready ? snippetFor(checked.url.href) : '';

  const downloadPage = async () => {
    setPageStatus(t('Preparing the page…'));
    try {
      const response = await fetch(new URL('embed.html', pageUrl), { cache: 'no-cache' });
      if (!response.ok) throw new Error(t('the server answered {status}', { status: String(response.status) }));
      const html = selfContainedPage(await response.text(), dataset);
      downloadBlob(new Blob([html], { type: 'text/html' }), fileName);
      setPageStatus(t('Downloaded {fileName}.', { fileName }));
    } catch (cause) {
      setPageStatus(t('The page could not be made ({reason}). It is built from this site’s embed.html: check the connection and try again, or build it with npm run build:embed.', { reason: cause instanceof Error ? cause.message : String(cause) }));
    }
  };
  const downloadDataset = () => downloadBlob(new Blob([JSON.stringify(dataset, null, 2)], { type: 'application/json' }), `${dataset.id}.json`);
  const copy = async () => setCopyStatus(await copyToClipboard(snippet));

  return (
    <div className="publish-own-map">
      {warnings.length > 0 && (
        <details className="publish-warnings">
          <summary>{tn(warnings.length, '{count} passage worth checking', '{count} passages worth checking')}</summary>
          <ul>
            {warnings.map((problem) => (
              <li key={formatPath(problem.path)}>
                <code>{formatPath(problem.path)}</code> {problem.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      <section className="publish-way" aria-labelledby={`${headingId}-page`}>
        <h3 id={`${headingId}-page`}>{t('1. A page with the map inside')}</h3>
        <p>
          {t('One HTML file that holds the map and its data. Put it on any web server or in your CMS’s files: nothing else to upload, nothing for it to fetch, and it works in a sandboxed iframe.')}{' '}
          {viewQuery
            ? tElements('Point an iframe at its address followed by {query}, and add {script} to keep its height right.', { query: <code>{viewQuery}</code>, script: <code>{`<script src="${hostScriptUrl}" async></script>`}</code> })
            : tElements('Point an iframe at its address, and add {script} to keep its height right.', { script: <code>{`<script src="${hostScriptUrl}" async></script>`}</code> })}
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={downloadPage} disabled={!ready}>
            {t('Download the embed page')}
          </button>
          <span role="status">{ready ? pageStatus : t('Opens once the map lacks nothing listed at the top.')}</span>
        </div>
      </section>
      <section className="publish-way" aria-labelledby={`${headingId}-data`}>
        <h3 id={`${headingId}-data`}>{t('2. Your dataset at a web address')}</h3>
        <p>
          {t('Put the dataset file on a web server and give its address: the embed reads it from there, so a correction to the file shows in every embed. The address must be on this site or use https.')}{' '}
          {tElements('A server on another site must allow this map to read the file by sending the header {header} (CORS); without it the embed says it could not read the data.', { header: <code>Access-Control-Allow-Origin</code> })}
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={downloadDataset}>
            {t('Download the dataset ({fileName})', { fileName: `${dataset.id}.json` })}
          </button>
        </div>
        <label htmlFor={addressId} className="snippet-label">
          {t('Address of the dataset')}
        </label>
        <input
          id={addressId}
          type="url"
          inputMode="url"
          placeholder="https://news.example/maps/dispute.json"
          value={address}
          aria-describedby={addressHelpId}
          aria-invalid={checked !== null && !checked.ok}
          onChange={(event) => setAddress(event.target.value)}
        />
        <p id={addressHelpId} className={checked && !checked.ok ? 'field-error' : 'muted'}>
          {checked && !checked.ok
            ? `${checked.name} ${checked.message}`
            : checked?.ok && !ready
              ? t('The embed code appears once the map lacks nothing listed at the top.')
              : checked?.ok && !checked.sameOrigin
                ? t('On another site: it must send Access-Control-Allow-Origin.')
                : ''}
        </p>
        {snippet && (
          <>
            <label className="snippet-label">
              {t('Embed code')}
              <textarea readOnly rows={5} value={snippet} onFocus={(event) => event.target.select()} />
            </label>
            <div className="dialog-actions">
              <button type="button" onClick={copy}>
                {t('Copy code')}
              </button>
              <span role="status">{copyStatus}</span>
            </div>
          </>
        )}
      </section>
    </div>
  );
}

/**
 * The top of the dialog for a map of one's own: why the plain embed code is not offered, and what
 * the map still lacks before either way to publish opens.
 */
export function PublishLacks({ dataset }: { dataset: Dataset }) {
  const errors = useMemo(() => publishProblems(dataset).filter((problem) => problem.severity === 'error'), [dataset]);
  const headingId = useId();
  return (
    <div className="publish-own-map">
      <p>
        {errors.length > 0
          ? t('This map is your own: an embed needs its data, so the dialog ends with two ways to publish it, open once the map credits its article.')
          : t('This map is your own: an embed needs its data, so the dialog ends with two ways to publish it.')}
      </p>
      {errors.length > 0 && (
        <section className="publish-lacks" aria-labelledby={headingId}>
          <h3 id={headingId}>{t('Before publishing, the map still lacks')}</h3>
          <ul>
            {errors.map((problem) => (
              <li key={formatPath(problem.path)}>
                <code>{formatPath(problem.path)}</code> {problem.message}
              </li>
            ))}
          </ul>
          <p className="muted">
            {t('Fill these in with Article details… in the edit bar (switch Edit on). Readers see them under the map.')}
          </p>
        </section>
      )}
    </div>
  );
}
