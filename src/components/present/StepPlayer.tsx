import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { stepQuery, type StepMode } from '../../embed/urlState';
import type { DatasetIndex } from '../../model/indexDataset';
import { readAlongSteps, storySteps } from '../../model/steps';
import { MapStoreProvider, useMapStore, useMapStoreApi } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { StanceMap } from '../graph/StanceMap';
import { ArticleText } from '../panels/ArticleReader';
import { writeUrl } from '../controllers/history';
import './StepPlayer.css';

/** Projector labels are half as large again as the explorer's. */
export const PRESENTATION_LABEL_SCALE = 1.5;

const NEXT_KEYS = ['ArrowRight', 'ArrowDown', ' ', 'PageDown'];
const PREVIOUS_KEYS = ['ArrowLeft', 'ArrowUp', 'PageUp'];

interface StepPlayerProps {
  index: DatasetIndex;
  mode: StepMode;
  /** Counted from 0. */
  initialStep: number;
}

/**
 * Presentation and read-along: one step at a time, the step's actors and relations brought
 * forward, the rest faded (presentation) or not yet revealed (read-along), the caption large.
 * Keys: → ↓ Space PageDown next, ← ↑ PageUp previous, Home/End, F full screen, Escape leaves.
 */
export function StepPlayer({ index, mode, initialStep }: StepPlayerProps) {
  return (
    <MapStoreProvider index={index}>
      <StepPlayerLayout mode={mode} initialStep={initialStep} />
    </MapStoreProvider>
  );
}

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen?.();
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

function StepPlayerLayout({ mode, initialStep }: { mode: StepMode; initialStep: number }) {
  const store = useMapStoreApi();
  const index = useMapStore(selectIndex);
  const steps = useMemo(() => (mode === 'present' ? storySteps(index) : readAlongSteps(index)), [index, mode]);
  const [at, setAt] = useState(() => Math.min(initialStep, Math.max(0, steps.length - 1)));
  const step = steps[at];
  const last = steps.length - 1;
  const leave = () => window.location.assign(`${window.location.pathname}${stepQuery(window.location.search, null)}`);

  // Before paint, so the map never shows a step's predecessor.
  useLayoutEffect(() => {
    if (step) store.getState().showStep(step);
  }, [store, step]);
  useEffect(() => void writeUrl(`${window.location.pathname}${stepQuery(window.location.search, mode, at)}`, 'replace'), [mode, at]);

  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if ((event.target as HTMLElement | null)?.closest?.('input, textarea, select')) return;
      let handled = true;
      if (NEXT_KEYS.includes(event.key)) setAt((current) => Math.min(last, current + 1));
      else if (PREVIOUS_KEYS.includes(event.key)) setAt((current) => Math.max(0, current - 1));
      else if (event.key === 'Home') setAt(0);
      else if (event.key === 'End') setAt(last);
      else if (event.key === 'f' || event.key === 'F') toggleFullscreen();
      else if (event.key === 'Escape' && !document.fullscreenElement) leave();
      else handled = false;
      if (handled) event.preventDefault();
    };
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, [last]);

  const { article } = index.dataset;
  if (!step) {
    return (
      <main className="presentation presentation-empty">
        <h1>This dataset has no story yet</h1>
        <p>A story is a list of steps in the dataset. Read-along mode walks through the article itself and needs none.</p>
        <p>
          <a href={stepQuery(window.location.search, 'read')}>Read along with the article</a> · <a href={stepQuery(window.location.search, null) || '?'}>Back to the map</a>
        </p>
      </main>
    );
  }
  return (
    <div className="presentation" data-mode={mode}>
      <div className="stage-map">
        <StanceMap interactive={false} labelScale={PRESENTATION_LABEL_SCALE} />
      </div>
      <section className="stage-caption" aria-label={mode === 'present' ? 'Story step' : 'Read-along step'}>
        <p className="stage-kicker">{index.dataset.title}</p>
        <div className="stage-progress">
          <progress max={steps.length} value={at + 1} aria-label={`Step ${at + 1} of ${steps.length}`} />
          <span aria-hidden="true">
            {at + 1} / {steps.length}
          </span>
        </div>
        <nav className="stage-controls" aria-label="Steps">
          <button type="button" onClick={() => setAt(Math.max(0, at - 1))} disabled={at === 0}>
            ← Previous
          </button>
          <button type="button" onClick={() => setAt(Math.min(last, at + 1))} disabled={at === last}>
            Next →
          </button>
          <button type="button" onClick={toggleFullscreen}>
            Full screen (F)
          </button>
          <button type="button" onClick={leave}>
            Leave (Esc)
          </button>
        </nav>
        <div aria-live="polite">
          <h1 className="stage-title">{step.title}</h1>
          {mode === 'present' ? (
            <p className="stage-text">{step.caption}</p>
          ) : (
            <p className="stage-text stage-article">{step.part === undefined ? step.caption : <ArticleText part={step.part} linked={false} />}</p>
          )}
          {step.passage && (
            <figure className="stage-passage">
              <blockquote>“{step.passage.quote}”</blockquote>
              <figcaption>— {article.outlet ?? article.title}</figcaption>
            </figure>
          )}
        </div>
        <p className="stage-credit">
          {article.title}
          {[article.author, article.outlet].filter(Boolean).map((part) => `, ${part}`)}.{article.rights && ` ${article.rights}`}
        </p>
      </section>
    </div>
  );
}
