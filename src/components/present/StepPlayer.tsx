import { isolated, keyAlongRow, mirroredArrows } from '../../i18n/direction';
import { articleTextAttributes } from '../../model/textDirection';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { interfaceLocale, t } from '../../i18n/translate';
import { tElements } from '../../i18n/tElements';
import { stepQuery, type StepMode } from '../../embed/urlState';
import type { DatasetIndex } from '../../model/indexDataset';
import { readAlongSteps, storySteps, type Step } from '../../model/steps';
import { MapStoreProvider, useMapStore, useMapStoreApi } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { StanceMap } from '../graph/StanceMap';
import { ArticleText } from '../panels/ArticleReader';
import { writeUrl } from '../controllers/history';
import { prefersReducedMotion } from '../prefersReducedMotion';
import { createHeightReporter } from '../../embed/createHeightReporter';
import { useFitText } from './fitText';
import { joinPresentation, presentationChannelName, type PresentationChannel, type PresentationState } from './presentationChannel';
import { PresenterView } from './PresenterView';
import { StepKey } from './StepKey';
import { LeaveButton, StepSaid } from './stepParts';
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
  /** The presenter's own window: notes, the next step, a clock; the audience window follows it. */
  presenter?: boolean;
  /** In an embed's frame (`?embed=1&present=1`): the story under the map, its own small controls, the frame sized to it. */
  embedded?: boolean;
}

/**
 * Presentation and read-along: one step at a time, the step's actors and relations brought
 * forward, the rest faded (presentation) or not yet revealed (read-along), the caption large.
 * Keys: → ↓ Space PageDown next, ← ↑ PageUp previous, Home/End, F full screen, B blank,
 * P presenter window, Escape leaves.
 */
export function StepPlayer({ index, mode, initialStep, presenter = false, embedded = false }: StepPlayerProps) {
  return (
    <MapStoreProvider index={index}>
      <StepPlayerLayout mode={mode} initialStep={initialStep} presenter={presenter && mode === 'present' && !embedded} embedded={embedded} />
    </MapStoreProvider>
  );
}

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen?.();
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

function useFullscreen(): boolean {
  const [on, setOn] = useState(() => typeof document !== 'undefined' && Boolean(document.fullscreenElement));
  useEffect(() => {
    const update = () => setOn(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  return on;
}

/** The address of this presentation at a step, in the presenter's window or the audience's. */
function presentationUrl(at: number, presenter: boolean): string {
  const params = new URLSearchParams(window.location.search);
  // Last, wherever the address had it: the two windows' addresses differ by this alone.
  params.delete('presenter');
  return `${window.location.pathname}${stepQuery(params.toString(), 'present', at)}${presenter ? '&presenter=1' : ''}`;
}

/** What the steps' windows share: where the show is, how to move it, and how to open the other window. */
export interface StepControls {
  steps: Step[];
  at: number;
  blank: boolean;
  go(at: number): void;
  toggleBlank(): void;
  leave(): void;
  /** Opens the other window (the presenter's from the audience's, and back); says so when the browser refuses. */
  openOtherWindow(): void;
}

function StepPlayerLayout({ mode, initialStep, presenter, embedded }: { mode: StepMode; initialStep: number; presenter: boolean; embedded: boolean }) {
  const store = useMapStoreApi();
  const index = useMapStore(selectIndex);
  const steps = useMemo(() => (mode === 'present' ? storySteps(index) : readAlongSteps(index)), [index, mode]);
  const last = steps.length - 1;
  const clamp = useCallback((at: number) => Math.max(0, Math.min(last, at)), [last]);
  const [show, setShow] = useState<PresentationState>(() => ({ at: clamp(initialStep), blank: false }));
  const { at, blank } = show;
  const step = steps[at];

  // The show as the other window last heard it, and the channel to tell it more.
  const showRef = useRef(show);
  const channelRef = useRef<PresentationChannel | null>(null);
  // Counts moves from step to step: under reduced motion each one fades the map in.
  const [moves, setMoves] = useState(0);
  const apply = useCallback((now: PresentationState) => {
    if (now.at !== showRef.current.at) setMoves((count) => count + 1);
    showRef.current = now;
    setShow(now);
  }, []);
  const change = useCallback(
    (next: Partial<PresentationState>) => {
      const now = { at: clamp(next.at ?? showRef.current.at), blank: next.blank ?? showRef.current.blank };
      if (now.at === showRef.current.at && now.blank === showRef.current.blank) return;
      apply(now);
      channelRef.current?.tell(now);
    },
    [clamp, apply],
  );
  useEffect(() => {
    // An embed plays on its own: a reader's page is not a classroom's projector.
    if (mode !== 'present' || embedded) return;
    const channel = joinPresentation(
      presentationChannelName(window.location.pathname, window.location.search),
      () => showRef.current,
      (heard) => apply({ at: clamp(heard.at), blank: heard.blank }),
    );
    channelRef.current = channel;
    return () => {
      channel.close();
      channelRef.current = null;
    };
  }, [mode, embedded, clamp, apply]);

  // Before paint, so the map never shows a step's predecessor. The camera glides to a neighbouring
  // step and cuts on a jump; under reduced motion it never moves (the map fades in instead).
  const shownAt = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (!step) return;
    const neighbour = shownAt.current !== null && Math.abs(shownAt.current - at) === 1;
    store.getState().showStep(step, neighbour ? 'glide' : 'cut');
    shownAt.current = at;
  }, [store, step, at]);
  // A reader who pans or zooms the map has left the step's view until the step is shown again.
  const [exploredAt, setExploredAt] = useState<number | null>(null);
  const explored = exploredAt === at;
  const backToStep = () => {
    if (step) store.getState().showStep(step, 'glide');
    setExploredAt(null);
  };
  useEffect(() => void writeUrl(mode === 'present' ? presentationUrl(at, presenter) : `${window.location.pathname}${stepQuery(window.location.search, mode, at)}`, 'replace'), [mode, at, presenter]);

  const leave = useCallback(() => window.location.assign(`${window.location.pathname}${stepQuery(window.location.search, null)}`), []);
  const [blocked, setBlocked] = useState(false);
  const openOtherWindow = useCallback(() => {
    const opened = window.open(presentationUrl(showRef.current.at, !presenter), presenter ? 'stancemap-audience' : 'stancemap-presenter', 'popup,width=1100,height=720');
    setBlocked(!opened);
  }, [presenter]);

  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if ((event.target as HTMLElement | null)?.closest?.('input, textarea, select')) return;
      // Right to left, the steps run leftwards: ← is next.
      const key = event.key.length === 1 ? event.key.toLowerCase() : keyAlongRow(event.key);
      let handled = true;
      if (NEXT_KEYS.includes(key)) change({ at: showRef.current.at + 1 });
      else if (PREVIOUS_KEYS.includes(key)) change({ at: showRef.current.at - 1 });
      else if (key === 'Home') change({ at: 0 });
      else if (key === 'End') change({ at: last });
      else if (embedded) handled = false;
      else if (key === 'f') toggleFullscreen();
      else if (key === 'b' && mode === 'present') change({ blank: !showRef.current.blank });
      else if (key === 'p' && mode === 'present' && !presenter) openOtherWindow();
      else if (key === 'Escape' && !document.fullscreenElement) leave();
      else handled = false;
      if (handled) event.preventDefault();
    };
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, [change, last, mode, presenter, embedded, leave, openOtherWindow]);

  if (!step) {
    return (
      <main className="presentation presentation-empty">
        <h1>{t('This dataset has no story yet')}</h1>
        <p>{t('A story is a list of steps in the dataset. Read-along mode walks through the article itself and needs none.')}</p>
        <p>
          <a href={stepQuery(window.location.search, 'read')}>{t('Read along with the article')}</a> · <a href={stepQuery(window.location.search, null) || '?'}>{t('Back to the map')}</a>
        </p>
      </main>
    );
  }
  const controls: StepControls = { steps, at, blank, go: (next) => change({ at: next }), toggleBlank: () => change({ blank: !blank }), leave, openOtherWindow };
  const map = (
    <div className="stage-map" onPointerDownCapture={() => setExploredAt(at)} onWheelCapture={() => setExploredAt(at)}>
      <StanceMap interactive={false} pannable labelScale={PRESENTATION_LABEL_SCALE} />
      {mode === 'present' && <StepKey spotlight={step.spotlight} />}
      {explored && (
        <button type="button" className="stage-back" data-covers-map onClick={backToStep}>
          {t('Back to step {at}', { at: at + 1 })}
        </button>
      )}
      {/* Keyed by the step: a new cover fades out at each step when the camera may not move. */}
      {moves > 0 && prefersReducedMotion() && <div key={moves} className="stage-fade" aria-hidden="true" />}
    </div>
  );
  const refused = blocked && (
    <p className="stage-blocked" role="alert">
      {presenter
        ? tElements('The browser did not open the audience window. Allow pop-ups for this page, or open {link} in a new window.', {
            link: (
              <a href={presentationUrl(at, !presenter)} target="_blank" rel="noopener">
                {t('the audience view')}
              </a>
            ),
          })
        : tElements('The browser did not open the presenter window. Allow pop-ups for this page, or open {link} in a new window.', {
            link: (
              <a href={presentationUrl(at, !presenter)} target="_blank" rel="noopener">
                {t('the presenter view')}
              </a>
            ),
          })}
    </p>
  );
  if (embedded) return <EmbeddedStory controls={controls} map={map} />;
  if (presenter) {
    return (
      <PresenterView controls={controls} map={map}>
        {refused}
      </PresenterView>
    );
  }
  return (
    <div className="presentation" data-mode={mode} data-blanked={blank || undefined}>
      {map}
      <StageCaption mode={mode} controls={controls}>
        {refused}
      </StageCaption>
      {blank && (
        <div className="stage-blank" role="status">
          <span className="visually-hidden">{t('The screen is blank. Press B to show the step again.')}</span>
        </div>
      )}
    </div>
  );
}

/**
 * A story in an article's frame: the map, then the step under it with small controls, and the
 * credit; the frame is told its height at each step, as the embed view does.
 */
function EmbeddedStory({ controls, map }: { controls: StepControls; map: ReactNode }) {
  const index = useMapStore(selectIndex);
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => createHeightReporter(window, rootRef.current!).destroy, []);
  const { steps, at, go } = controls;
  const step = steps[at]!;
  const { article } = index.dataset;
  return (
    <div ref={rootRef} className="embed embed-story">
      <header className="embed-header">
        <h1 dir="auto">{index.dataset.title}</h1>
      </header>
      <div className="embed-stage">{map}</div>
      <section className="embed-story-step" aria-label={t('Story step')}>
        <nav className="embed-story-controls" aria-label={t('Steps')}>
          <button type="button" aria-label={t('Previous step')} onClick={() => go(at - 1)} disabled={at === 0}>
            {mirroredArrows('←')}
          </button>
          <span aria-hidden="true">
            {(at + 1).toLocaleString(interfaceLocale())} / {steps.length.toLocaleString(interfaceLocale())}
          </span>
          <button type="button" aria-label={t('Next step')} onClick={() => go(at + 1)} disabled={at === steps.length - 1}>
            {mirroredArrows('→')}
          </button>
        </nav>
        <StepSaid at={at} count={steps.length} title={step.title} />
        <h2 dir="auto">{step.title}</h2>
        <p dir="auto">{step.caption}</p>
        {step.passage && <blockquote {...articleTextAttributes(article.language)}>“{step.passage.quote}”</blockquote>}
      </section>
      <footer className="embed-source">
        {tElements('Source: {title}', { title: <bdi lang={article.language}>{article.title}</bdi> })}
        {[article.author, article.outlet].filter(Boolean).map((part) => `, ${isolated(part!)}`)}.{article.rights && ` ${isolated(article.rights)}`}
      </footer>
    </div>
  );
}

/** The audience's column: where the story is, its controls, the step's words and the article's credit. */
function StageCaption({ mode, controls, children }: { mode: StepMode; controls: StepControls; children: ReactNode }) {
  const index = useMapStore(selectIndex);
  const { steps, at, go, leave, openOtherWindow } = controls;
  const step = steps[at]!;
  const last = steps.length - 1;
  const fullscreen = useFullscreen();
  const column = useRef<HTMLElement>(null);
  useFitText(column, step);
  const { article } = index.dataset;
  return (
    <section ref={column} className="stage-caption" aria-label={mode === 'present' ? t('Story step') : t('Read-along step')}>
      <p className="stage-kicker" dir="auto">
        {index.dataset.title}
      </p>
      <div className="stage-progress">
        <progress max={steps.length} value={at + 1} aria-label={t('Step {at} of {count}', { at: at + 1, count: steps.length })} />
        <span aria-hidden="true">
          {(at + 1).toLocaleString(interfaceLocale())} / {steps.length.toLocaleString(interfaceLocale())}
        </span>
      </div>
      <nav className="stage-controls" aria-label={t('Steps')}>
        <button type="button" aria-label={t('Previous step')} title={t('Previous step (←)')} onClick={() => go(at - 1)} disabled={at === 0}>
          {mirroredArrows('←')}
        </button>
        <button type="button" aria-label={t('Next step')} title={t('Next step (→ or Space)')} onClick={() => go(at + 1)} disabled={at === last}>
          {mirroredArrows('→')}
        </button>
        <button type="button" title={t('Fill the screen with the presentation, or give the screen back (F)')} onClick={toggleFullscreen}>
          {fullscreen ? t('Exit full screen') : t('Enter full screen')}
        </button>
        {mode === 'present' && (
          <button type="button" className="stage-presenter-button" title={t('Opens the presenter view, with notes, in a window of its own (P)')} onClick={openOtherWindow}>
            {t('Presenter view')}
          </button>
        )}
        <LeaveButton onLeave={leave} />
      </nav>
      {children}
      <StepSaid at={at} count={steps.length} title={step.title} />
      <div>
        <h1 className="stage-title" dir="auto">
          {step.title}
        </h1>
        {mode === 'present' ? (
          <p className="stage-text" dir="auto">
            {step.caption}
          </p>
        ) : (
          <p className="stage-text stage-article" {...(step.part === undefined ? { dir: 'auto' } : articleTextAttributes(article.language))}>{step.part === undefined ? step.caption : <ArticleText part={step.part} linked={false} />}</p>
        )}
        {step.passage && (
          <figure className="stage-passage">
            <blockquote {...articleTextAttributes(article.language)}>“{step.passage.quote}”</blockquote>
            <figcaption>
              — <bdi>{article.outlet ?? article.title}</bdi>
            </figcaption>
          </figure>
        )}
      </div>
      <p className="stage-credit">
        <bdi lang={article.language}>{article.title}</bdi>
        {[article.author, article.outlet].filter(Boolean).map((part) => `, ${isolated(part!)}`)}.{article.rights && ` ${isolated(article.rights)}`}
      </p>
    </section>
  );
}
