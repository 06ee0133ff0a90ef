import { useEffect, useState } from 'react';
import { describeProgress, progressFraction } from '../io/openingProgress';
import type { Opening } from '../app/useOpening';
import { t } from '../i18n/translate';
import './OpeningStatus.css';

/** Opening that takes longer than this shows its progress; a quick one shows nothing. */
export const SHOW_PROGRESS_AFTER_MS = 500;

/**
 * What opening a large dataset is doing and how far along it is, with a button to stop it. It
 * stands over the map already shown, which stays usable meanwhile.
 */
export function OpeningStatus({ opening }: { opening: Opening }) {
  const [visible, setVisible] = useState(() => performance.now() - opening.startedAt >= SHOW_PROGRESS_AFTER_MS);
  useEffect(() => {
    if (visible) return;
    const timer = setTimeout(() => setVisible(true), Math.max(0, opening.startedAt + SHOW_PROGRESS_AFTER_MS - performance.now()));
    return () => clearTimeout(timer);
  }, [visible, opening.startedAt]);
  if (!visible) return null;
  const { progress, name } = opening;
  const detail = describeProgress(progress);
  return (
    <aside className="opening-status" aria-label={t('Opening {name}', { name })} data-stage={progress.stage}>
      {/* Only the stage is announced (the bytes change too often to be read out); while bytes arrive, the line under the bar shows them instead. */}
      <p role="status" className={progress.loaded !== undefined ? 'opening-stage visually-hidden' : 'opening-stage'}>
        {progress.stage === 'downloading' ? t('Downloading') : detail}…
      </p>
      <progress max={1} value={progressFraction(progress)} aria-label={t('Opening {name}', { name })} aria-valuetext={detail} />
      {progress.loaded !== undefined && (
        <p className="opening-detail" aria-hidden="true">
          {detail}
        </p>
      )}
      <button type="button" onClick={opening.cancel}>
        {t('Cancel opening')}
      </button>
    </aside>
  );
}
