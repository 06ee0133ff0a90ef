import { articleTextAttributes } from '../../model/textDirection';
import { useEffect, useState, type ReactNode } from 'react';
import { t } from '../../i18n/translate';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import type { StepControls } from './StepPlayer';
import { LeaveButton, StepSaid } from './stepParts';

/** "4:05", or "1:02:05" past the hour. */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** Time since the presenter's window opened (or the clock was restarted), to the second. */
function useElapsed(): [number, () => void] {
  const [started, setStarted] = useState(() => Date.now());
  const [now, setNow] = useState(started);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return [
    Math.max(0, now - started),
    () => {
      const restart = Date.now();
      setStarted(restart);
      setNow(restart);
    },
  ];
}

/**
 * The presenter's window: the step the audience sees, with its notes, the next step's title, a
 * clock, and the controls. It steers the audience window (and follows it when that one moves).
 */
export function PresenterView({ controls, map, children }: { controls: StepControls; map: ReactNode; children: ReactNode }) {
  const index = useMapStore(selectIndex);
  const { steps, at, blank, go, toggleBlank, leave, openOtherWindow } = controls;
  const step = steps[at]!;
  const next = steps[at + 1];
  const [elapsed, restartClock] = useElapsed();
  return (
    <div className="presenter" data-blanked={blank || undefined}>
      <header className="presenter-bar">
        <h1>{t('Presenter view')}</h1>
        <p className="presenter-dataset" dir="auto">
          {index.dataset.title}
        </p>
        <p className="presenter-clock">
          <span className="visually-hidden">{t('Time since the start:')} </span>
          <span role="timer">{formatElapsed(elapsed)}</span>
        </p>
        <button type="button" onClick={restartClock}>
          {t('Restart clock')}
        </button>
      </header>
      <nav className="presenter-controls" aria-label={t('Steps')}>
        <button type="button" title={t('Previous step (←)')} onClick={() => go(at - 1)} disabled={at === 0}>
          {t('← Previous')}
        </button>
        <button type="button" title={t('Next step (→ or Space)')} onClick={() => go(at + 1)} disabled={at === steps.length - 1}>
          {t('Next →')}
        </button>
        <button type="button" aria-pressed={blank} title={t("Blank the audience's screen, or show it again (B)")} onClick={toggleBlank}>
          {t('Blank audience screen')}
        </button>
        <button type="button" title={t("Opens the audience's view in a window of its own, for the projector")} onClick={openOtherWindow}>
          {t('Open audience window')}
        </button>
        <LeaveButton onLeave={leave} />
      </nav>
      {children}
      <StepSaid at={at} count={steps.length} title={step.title} blank={blank} />
      <div className="presenter-body">
        <section className="presenter-now" aria-label={t('The audience sees')}>
          {map}
          {blank && <p className="presenter-blank-note">{t('The audience screen is blank.')}</p>}
        </section>
        <div className="presenter-words">
          <section aria-labelledby="presenter-step-title">
            <p className="presenter-position">{t('Step {at} of {count}', { at: at + 1, count: steps.length })}</p>
            <h2 id="presenter-step-title" dir="auto">
              {step.title}
            </h2>
            <p className="presenter-caption" dir="auto">
              {step.caption}
            </p>
            {step.passage && (
              <blockquote className="presenter-passage" {...articleTextAttributes(index.dataset.article.language)}>
                “{step.passage.quote}”
              </blockquote>
            )}
          </section>
          <section className="presenter-notes" aria-labelledby="presenter-notes-title">
            <h2 id="presenter-notes-title">{t('Notes')}</h2>
            {step.notes ? <p dir="auto">{step.notes}</p> : <p className="presenter-none">{t('No notes for this step.')}</p>}
          </section>
          <section className="presenter-next" aria-labelledby="presenter-next-title">
            <h2 id="presenter-next-title">{t('Next')}</h2>
            <p>{next ? next.title : t('This is the last step.')}</p>
          </section>
        </div>
      </div>
    </div>
  );
}
