import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useState, type ComponentProps, type DragEvent, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Explorer } from '../components/Explorer';
import { parseEmbedOptions } from '../embed/embedOptions';
import { mapQuery, parseMapParam, parseStepParams, parseViewState } from '../embed/urlState';
import { indexDataset } from '../model/indexDataset';
import type { ParseResult } from '../model/parseDataset';
import { loadValidator, validatorMissing } from '../io/loadValidator';
import type { StorageResult } from '../io/recentDatasets';
import { DatasetOpenerContext, type DatasetOpener } from '../components/DatasetOpener';
import type { LoadResult } from '../io/loadDataset';
import { DatasetEditorContext, type DatasetEditor } from '../components/DatasetEditor';
import type { RawDataset } from '../model/edits';
import type { Dataset } from '../model/datasetSchema';
import { commit, redo, startHistory, undo, type UndoHistory } from '../model/undoHistory';
import { formatIssue } from '../model/validationIssue';
import { cancelledOpening } from '../io/cancelledOpening';
import type { OpeningOptions, OpeningProgress } from '../io/openingProgress';
import { afterNextPaint, useOpening } from './useOpening';
import { preloadCanvasMap } from '../components/graph/StanceMap';
import { afterFirstDrawing } from '../components/graph/mapBehaviour';
import { t } from '../i18n/translate';

const LARGE_FILE_BYTES = 1_000_000;

// A dataset's problems are listed only when it has some.
const DatasetProblemsList = lazy(() => import('../components/panels/DatasetProblems').then((module) => ({ default: module.DatasetProblems })));
function DatasetProblems(props: ComponentProps<typeof DatasetProblemsList>) {
  return (
    <Suspense fallback={<main className="dataset-problems" role="status"><p>{t('Checking {source}…', { source: props.source })}</p></main>}>
      <DatasetProblemsList {...props} />
    </Suspense>
  );
}

// Opening another dataset, and remembering it, is not the first frame's business: loaded on demand.
const loadDatasetReaders = () => import('../io/loadDataset');
const loadRecentDatasets = () => import('../io/recentDatasets');
/** A dataset from the web is remembered once its map is drawn, or after this long without a map. */
const REMEMBER_AT_LATEST_MS = 5000;
// The browser's storage is read once the explorer is up, and written only after an edit.
// Kept once loaded: a save as the page is left must start at once, and even an import already
// loaded answers only after the page has gone.
let workCopy: typeof import('../io/workCopy') | null = null;
const loadWorkCopy = async () => (workCopy ??= await import('../io/workCopy'));

// The explorer's own ?embed=1 view (embed.html has EmbedApp): loaded when asked for, not in every reader's first load.
const EmbedView = lazy(() => import('../components/EmbedView').then((module) => ({ default: module.EmbedView })));
let savedMaps: ReturnType<typeof import('../io/savedMaps').createSavedMaps> | null = null;
const loadSavedMaps = async () => (savedMaps ??= (await import('../io/savedMaps')).createSavedMaps());

// Shown only while a dataset opens.
const OpeningStatus = lazy(() => import('../components/OpeningStatus').then((module) => ({ default: module.OpeningStatus })));

// Presentation and read-along load when asked for (?present=1, ?read=1): the explorer's first frame does not need them.
const StepPlayer = lazy(() => import('../components/present/StepPlayer').then((module) => ({ default: module.StepPlayer })));

export interface AppProps {
  /** The dataset as loaded, not yet trusted: it is validated here, once, unless `checked` is given. */
  data?: unknown;
  /** What validating `data` found, when that was done before (by the build, for the bundled dataset). */
  checked?: ParseResult;
  sourceName: string;
  /** `?data=`: a web address to fetch the dataset from instead. */
  dataUrl?: string | null;
  /** The page's query string: the view to open with, and the embed flags. */
  search?: string;
  /** embed.html is the embed view whatever its query says. */
  embedPage?: boolean;
  /** Where the full explorer is, for the embed's links to it; null when no explorer is beside the page. */
  explorerBase?: string | null;
}

type Session =
  | { status: 'loading'; name: string }
  | { status: 'failed'; name: string; message: string }
  | {
      status: 'ready';
      name: string;
      /** The dataset as edited, every edit a step back; each state was checked as it came in. */
      history: UndoHistory<CheckedState>;
      generation: number;
      restoredAt: number | null;
      /** The local id of a map of one's own (`?map=`), kept in "Your maps" as it changes; null for the page's dataset or one from a web address. */
      mapId: string | null;
      /** The dataset as "Your maps" holds it: written again only once it differs. */
      keptRaw: unknown;
      /** The query the view opens with (selection, filters): the address's, for a dataset the address names; null for one opened later. */
      view: string | null;
    };

/** The dataset's raw JSON (undefined when the text was not even JSON: there is nothing to edit), and what validating it found. */
interface CheckedState {
  raw: unknown;
  result: ParseResult;
}

function readyFrom(name: string, raw: unknown, result: ParseResult, generation: number, place: { mapId?: string | null; keptRaw?: unknown; view?: string | null } = {}): Session {
  return { status: 'ready', name, history: startHistory({ raw, result }), generation, restoredAt: null, mapId: place.mapId ?? null, keptRaw: place.keptRaw, view: place.view ?? null };
}

const nextGeneration = (session: Session) => ('generation' in session ? session.generation : 0) + 1;

/** Where the page keeps the current address: a map of one's own is named there, so a reload or a bookmark finds it. */
const currentSearch = () => (typeof window === 'undefined' ? '' : window.location.search);

export function App({ data, checked, sourceName, dataUrl = null, search = '', embedPage = false, explorerBase = './' }: AppProps) {
  // A map of one's own is the explorer's business; embed.html shows the dataset it is given.
  const startMapId = embedPage ? null : parseMapParam(search);
  const unchecked = !dataUrl && !checked && !startMapId;
  const [session, setSession] = useState<Session>(() =>
    startMapId ? { status: 'loading', name: t('your map') } : dataUrl || !checked ? { status: 'loading', name: dataUrl ?? sourceName } : readyFrom(sourceName, data, checked, 0, { view: search }),
  );
  const options = useMemo(() => parseEmbedOptions(search, { embedPage }), [search, embedPage]);

  /** A dataset from a web address (`?data=`): opened with the address's view, and remembered among recent datasets. */
  const applyFromWeb = useCallback((loaded: LoadResult, view: string) => {
    if (!loaded.ok) return setSession(failedUnlessCancelled(loaded));
    setSession((previous) => readyFrom(loaded.name, parseJson(loaded.text), loaded.result, nextGeneration(previous), { view }));
    if (loaded.result.ok) {
      const { dataset } = loaded.result;
      // Storing copies the whole text on this thread (2 MB: 55 ms), so it waits for the map to be drawn.
      afterFirstDrawing(() => void loadRecentDatasets().then(({ rememberDataset }) => rememberDataset({ id: `${dataset.id}:${loaded.name}`, name: loaded.name, title: dataset.title, text: loaded.text })), REMEMBER_AT_LATEST_MS);
    }
  }, []);

  /** A file, a text or a new map: it becomes a map of one's own, kept in "Your maps" and named in the address (Back returns to the one before). */
  const applyOwn = useCallback((loaded: LoadResult) => {
    if (!loaded.ok) return setSession(failedUnlessCancelled(loaded));
    if (!loaded.result.ok) return setSession((previous) => readyFrom(loaded.name, parseJson(loaded.text), loaded.result, nextGeneration(previous)));
    void import('../io/savedMaps').then(async ({ newMapId, createSavedMaps }) => {
      const mapId = newMapId();
      const raw = parseJson(loaded.text);
      // Kept before the address names it, so a reload at once finds it; if storage refuses, the editor says so and offers a download.
      const kept = await createSavedMaps().save(mapId, raw, loaded.name);
      window.history.pushState(null, '', `${window.location.pathname}${mapQuery(window.location.search, mapId)}${window.location.hash}`);
      setSession((previous) => readyFrom(loaded.name, raw, loaded.result, nextGeneration(previous), { mapId, keptRaw: kept.ok ? raw : undefined }));
    });
  }, []);

  /**
   * Opens a dataset with its progress shown and a way to cancel it: `read` gets the text and
   * checks it, `apply` shows the result. A cancelled opening shows nothing new; one replaced by
   * a newer opening is dropped.
   */
  const { opening, begin } = useOpening();
  const openWithProgress = useCallback(
    async (name: string, read: (options: OpeningOptions) => Promise<LoadResult>, apply: (loaded: LoadResult) => void) => {
      const { options: given, end, isCurrent } = begin(name);
      // A large file will likely be drawn on a canvas: its renderer loads while the file does.
      const options = {
        ...given,
        onProgress: (progress: OpeningProgress) => {
          if ((progress.total ?? progress.loaded ?? 0) >= LARGE_FILE_BYTES) preloadCanvasMap();
          given.onProgress(progress);
        },
      };
      try {
        const loaded = await read(options);
        if (loaded.ok && loaded.result.ok && !options.signal.aborted) {
          options.onProgress({ stage: 'drawing' });
          await afterNextPaint();
        }
        if (!isCurrent()) return;
        apply(options.signal.aborted && loaded.ok ? cancelledOpening(name) : loaded);
      } finally {
        end();
      }
    },
    [begin],
  );

  /** The map the address names: one's own (`?map=`), or else the page's dataset (or `?data=`'s), with the address's view. */
  const openFromAddress = useCallback(
    async (query: string) => {
      const mapId = embedPage ? null : parseMapParam(query);
      if (mapId) return setSession(await readOwnMap(mapId, query));
      const webAddress = new URLSearchParams(query).get('data');
      if (webAddress) {
        await openWithProgress(webAddress, (options) => loadDatasetReaders().then(({ fetchDataset }) => fetchDataset(webAddress, options)), (loaded) => applyFromWeb(loaded, query));
      } else if (checked) {
        setSession((previous) => readyFrom(sourceName, data, checked, nextGeneration(previous), { view: query }));
      } else {
        const { parseDataset } = await loadValidator();
        setSession((previous) => readyFrom(sourceName, data, parseDataset(data), nextGeneration(previous), { view: query }));
      }
    },
    [embedPage, checked, data, sourceName, applyFromWeb, openWithProgress],
  );

  useEffect(() => {
    if (!startMapId) return;
    let current = true;
    void readOwnMap(startMapId, search).then((next) => current && setSession(next));
    return () => {
      current = false;
    };
    // Once, for the map the page opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Back and Forward between maps: the address says which map, and its view.
  const openMapId = session.status === 'ready' ? session.mapId : null;
  useEffect(() => {
    if (embedPage) return;
    const handlePopState = () => {
      const mapId = parseMapParam(currentSearch());
      if (mapId === openMapId) return;
      if (mapId) setSession({ status: 'loading', name: t('your map') });
      void openFromAddress(currentSearch());
    };
    window.addEventListener('popstate', handlePopState);
    return () => window.removeEventListener('popstate', handlePopState);
  }, [embedPage, openMapId, openFromAddress]);

  // A dataset handed over unchecked is checked once the validator has loaded.
  useEffect(() => {
    if (!unchecked) return;
    let current = true;
    loadValidator().then(
      ({ parseDataset }) => current && setSession(readyFrom(sourceName, data, parseDataset(data), 0, { view: search })),
      (cause: unknown) => current && setSession({ status: 'failed', name: sourceName, message: validatorMissing(cause) }),
    );
    return () => {
      current = false;
    };
    // Once, for the dataset the page opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!dataUrl) return;
    void openWithProgress(dataUrl, (options) => loadDatasetReaders().then(({ fetchDataset }) => fetchDataset(dataUrl, options)), (loaded) => applyFromWeb(loaded, search));
    // The address's view goes with the dataset it names: `search` is the page's, fixed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataUrl, applyFromWeb, openWithProgress]);

  const opener = useMemo<DatasetOpener>(
    () => ({
      openFiles: (files) =>
        void openWithProgress(files.map((file) => file.name).join(', '), (options) => loadDatasetReaders().then(({ readDatasetFiles }) => readDatasetFiles(files, options)), applyOwn),
      openText: (name, text) => void openWithProgress(name, (options) => loadDatasetReaders().then(({ loadText }) => loadText(name, text, options)), applyOwn),
      openMap: (mapId) => {
        window.history.pushState(null, '', `${window.location.pathname}${mapQuery(window.location.search, mapId)}${window.location.hash}`);
        setSession({ status: 'loading', name: t('your map') });
        void openFromAddress(currentSearch());
      },
      currentMapId: openMapId,
    }),
    [applyOwn, openFromAddress, openMapId, openWithProgress],
  );

  return (
    <DatasetOpenerContext.Provider value={opener}>
      <DropZone enabled={!options.embed} onFiles={opener.openFiles}>
        <SessionView session={session} setSession={setSession} search={search} embedPage={embedPage} explorerBase={explorerBase} />
      </DropZone>
      {opening && (
        <Suspense>
          <OpeningStatus key={opening.startedAt} opening={opening} />
        </Suspense>
      )}
    </DatasetOpenerContext.Provider>
  );
}

/** A map of one's own, read from this browser, with the view `query` gives: the session to show. */
async function readOwnMap(mapId: string, query: string): Promise<(previous: Session) => Session> {
  const [stored, validator] = await Promise.all([loadSavedMaps().then((maps) => maps.load(mapId)), loadValidator().catch((cause: unknown) => cause)]);
  if (!stored.ok) return () => ({ status: 'failed', name: t('Your map'), message: t('cannot be read: {reason}', { reason: stored.reason }) });
  if (!stored.value) return () => ({ status: 'failed', name: t('This map'), message: t('is not kept in this browser: it may have been deleted, or made in another browser. Open it from a file, or go back to the bundled map.') });
  if (!('parseDataset' in (validator as object))) return () => ({ status: 'failed', name: stored.value!.title, message: validatorMissing(validator) });
  const { parseDataset } = validator as Awaited<ReturnType<typeof loadValidator>>;
  const { dataset, origin } = stored.value;
  return (previous) => readyFrom(origin, dataset, parseDataset(dataset), nextGeneration(previous), { mapId, keptRaw: dataset, view: query });
}

/** A failed opening's session; a cancelled one leaves the map shown as it is (and, with none, says so). */
function failedUnlessCancelled(loaded: Extract<LoadResult, { ok: false }>): (previous: Session) => Session {
  return (previous) => (loaded.cancelled && previous.status === 'ready' ? previous : { status: 'failed', name: loaded.name, message: loaded.message });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

interface SessionViewProps {
  session: Session;
  setSession: (update: (session: Session) => Session) => void;
  search: string;
  embedPage: boolean;
  explorerBase: string | null;
}

function SessionView({ session, setSession, search, embedPage, explorerBase }: SessionViewProps) {
  const parsed = session.status === 'ready' ? session.history.present.result : null;
  const index = useMemo(() => (parsed?.ok ? indexDataset(parsed.dataset, parsed.anchors) : null), [parsed]);
  const view = session.status === 'ready' ? session.view : null;
  const initial = useMemo(() => (view === null ? undefined : parseViewState(view)), [view]);
  const options = useMemo(() => parseEmbedOptions(search, { embedPage }), [search, embedPage]);
  const steps = useMemo(() => parseStepParams(search), [search]);
  // A presentation shows the kept work too (a story written in the editor), but edits nothing.
  const editor = useEditor(session, setSession, parsed?.ok ? parsed.dataset : null, !options.embed && !steps.mode, !options.embed);

  if (session.status === 'loading') {
    return (
      <main className="dataset-problems" role="status">
        <p>{t('Opening {name}…', { name: session.name })}</p>
      </main>
    );
  }
  if (session.status === 'failed') return <DatasetProblems source={session.name} loadError={session.message} errors={[]} warnings={[]} />;
  if (!parsed?.ok || !index) return <DatasetProblems source={session.name} errors={parsed && !parsed.ok ? parsed.errors : []} warnings={parsed?.warnings ?? []} />;
  return (
    <ErrorBoundary key={session.generation}>
      {steps.mode === 'present' || (steps.mode && !options.embed) ? (
        <Suspense>
          <StepPlayer index={index} mode={steps.mode} initialStep={steps.step} presenter={steps.presenter} embedded={options.embed} />
        </Suspense>
      ) : options.embed ? (
        <Suspense>
          <EmbedView index={index} initial={initial ?? parseViewState(search)} options={options} explorerBase={explorerBase} />
        </Suspense>
      ) : (
        <DatasetEditorContext.Provider value={editor}>
          <Explorer index={index} initial={initial} warnings={parsed.warnings} source={session.mapId || (session.generation === 0 && !session.name.includes('://')) ? null : session.name} />
        </DatasetEditorContext.Provider>
      )}
    </ErrorBoundary>
  );
}

const SAVE_DELAY_MS = 300;

/**
 * Authoring for the explorer: edits go through the undo history, are checked before they are
 * taken, and the work is kept in this browser as it happens (and restored on the next visit).
 */
function useEditor(session: Session, setSession: SessionViewProps['setSession'], dataset: Dataset | null, enabled: boolean, restoring = enabled): DatasetEditor | null {
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [storageProblem, setStorageProblem] = useState<string | null>(null);
  const ready = session.status === 'ready' ? session : null;
  const generation = ready?.generation ?? -1;
  const present = ready?.history.present.raw;
  const edited = (ready?.history.past.length ?? 0) > 0 || (ready?.history.future.length ?? 0) > 0;
  const datasetId = dataset?.id ?? null;
  const mapId = ready?.mapId ?? null;
  const keptRaw = ready?.keptRaw;
  const mapName = ready?.name;

  // Restore edits kept from an earlier visit to the same dataset (a map of one's own is kept whole instead).
  useEffect(() => {
    if (!restoring || !datasetId || mapId) return;
    let current = true;
    void loadWorkCopy().then(({ loadWork }) => loadWork(datasetId)).then(async (result) => {
      if (!current) return;
      if (!result.ok) return setStorageProblem(result.reason);
      const work = result.value;
      if (!work) return;
      // Without the validator the kept work stays where it is, to be restored on the next visit.
      const validator = await loadValidator().catch(() => null);
      const check = validator?.parseDataset(work.dataset);
      if (!current || !check?.ok) return;
      setSession((now) =>
        now.status === 'ready' && now.generation === generation && JSON.stringify(now.history.present.raw) !== JSON.stringify(work.dataset)
          ? { ...now, history: commit(now.history, { raw: work.dataset, result: check }), restoredAt: work.savedAt }
          : now,
      );
    });
    return () => {
      current = false;
    };
    // Once per opened dataset.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [generation, restoring]);

  // Keep the work as it happens: a map of one's own whole, in "Your maps"; the edits of another dataset under its id.
  // A layout effect, so that from the moment an edit is on screen, leaving the page keeps it.
  useLayoutEffect(() => {
    if (!enabled || !datasetId || (mapId ? present === keptRaw : !edited)) return;
    const report = (saving: Promise<StorageResult<number | void>>) =>
      void saving.then((result) => {
        if (result.ok) {
          setSavedAt(typeof result.value === 'number' ? result.value : Date.now());
          setStorageProblem(null);
        } else {
          setStorageProblem(result.reason);
        }
      });
    const save = () => {
      stop();
      report(mapId ? loadSavedMaps().then((maps) => maps.save(mapId, present, mapName)) : loadWorkCopy().then(({ saveWork }) => saveWork(datasetId, present)));
    };
    // Leaving the page (a reload, a closed tab, a phone switching apps) saves at once what the
    // delay would have saved a moment later, with what is loaded already: by the time an import
    // answers, or a transaction commits by itself, the page has gone.
    const saveOnLeaving = () => {
      stop();
      if (mapId && savedMaps) report(savedMaps.saveDatasetNow(mapId, present));
      else if (!mapId && workCopy) report(workCopy.saveWork(datasetId, present, { leaving: true }));
      else save();
    };
    const timer = setTimeout(save, SAVE_DELAY_MS);
    const saveWhenHidden = () => {
      if (document.visibilityState === 'hidden') saveOnLeaving();
    };
    const stop = () => {
      clearTimeout(timer);
      window.removeEventListener('pagehide', saveOnLeaving);
      document.removeEventListener('visibilitychange', saveWhenHidden);
    };
    window.addEventListener('pagehide', saveOnLeaving);
    document.addEventListener('visibilitychange', saveWhenHidden);
    return stop;
  }, [enabled, datasetId, present, edited, mapId, keptRaw, mapName]);

  // Edits are checked by the validator: it loads once the explorer is up, so the first edit does not wait for it.
  useEffect(() => {
    if (enabled) loadValidator().catch(() => undefined);
  }, [enabled]);

  if (!enabled || !ready) return null;
  return {
    async edit(change) {
      let parseDataset;
      try {
        ({ parseDataset } = await loadValidator());
      } catch (cause) {
        // The form stays as it is, its entries kept, to be tried again.
        return t('This change {problem}', { problem: validatorMissing(cause) });
      }
      const outcome = change(ready.history.present.raw as RawDataset);
      if (!outcome.ok) return outcome.reason;
      const check = parseDataset(outcome.dataset);
      if (!check.ok) return t('This change would break the dataset: {issue}', { issue: formatIssue(check.errors[0]!) });
      setSession((now) => (now.status === 'ready' ? { ...now, history: commit(now.history, { raw: outcome.dataset, result: check }) } : now));
      return null;
    },
    undo: () => setSession((now) => (now.status === 'ready' ? { ...now, history: undo(now.history) } : now)),
    redo: () => setSession((now) => (now.status === 'ready' ? { ...now, history: redo(now.history) } : now)),
    canUndo: ready.history.past.length > 0,
    canRedo: ready.history.future.length > 0,
    savedAt,
    storageProblem,
    invitesEditing: mapId !== null && dataset !== null && dataset.actors.length === 0,
    restored:
      ready.restoredAt === null || !datasetId
        ? null
        : {
            savedAt: ready.restoredAt,
            // Back to the dataset as it was opened: the restored edits sit one step above it.
            discard: () => {
              void loadWorkCopy().then(({ discardWork }) => discardWork(datasetId));
              setSession((now) => (now.status === 'ready' ? { ...now, history: startHistory(now.history.past[0] ?? now.history.present), restoredAt: null } : now));
            },
          },
  };
}

/** Drop a dataset file anywhere on the page to open it. */
function DropZone({ enabled, onFiles, children }: { enabled: boolean; onFiles(files: File[]): void; children: ReactNode }) {
  const [over, setOver] = useState(false);
  if (!enabled) return <>{children}</>;
  const hasFiles = (event: DragEvent) => [...event.dataTransfer.types].includes('Files');
  return (
    <div
      className="drop-zone"
      data-drag-over={over || undefined}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setOver(false);
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setOver(false);
        onFiles([...event.dataTransfer.files]);
      }}
    >
      {children}
      {over && (
        <div className="drop-overlay" role="status">
          {t('Drop the dataset to open it')}
        </div>
      )}
    </div>
  );
}
