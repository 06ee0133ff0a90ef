import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ComponentProps, type DragEvent, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { EmbedView } from '../components/EmbedView';
import { Explorer } from '../components/Explorer';
import { parseEmbedOptions } from '../embed/embedOptions';
import { parseStepParams, parseViewState } from '../embed/urlState';
import { indexDataset } from '../model/indexDataset';
import type { ParseResult } from '../model/parseDataset';
import { loadValidator, validatorMissing } from '../io/loadValidator';
import { DatasetOpenerContext, type DatasetOpener } from '../components/DatasetOpener';
import type { LoadResult } from '../io/loadDataset';
import { discardWork, loadWork, saveWork } from '../io/workCopy';
import { DatasetEditorContext, type DatasetEditor } from '../components/DatasetEditor';
import type { RawDataset } from '../model/edits';
import { commit, redo, startHistory, undo, type UndoHistory } from '../model/undoHistory';
import { formatIssue } from '../model/validationIssue';

// A dataset's problems are listed only when it has some.
const DatasetProblemsList = lazy(() => import('../components/panels/DatasetProblems').then((module) => ({ default: module.DatasetProblems })));
function DatasetProblems(props: ComponentProps<typeof DatasetProblemsList>) {
  return (
    <Suspense fallback={<main className="dataset-problems" role="status"><p>Checking {props.source}…</p></main>}>
      <DatasetProblemsList {...props} />
    </Suspense>
  );
}

// Opening another dataset, and remembering it, is not the first frame's business: loaded on demand.
const loadDatasetReaders = () => import('../io/loadDataset');
const loadRecentDatasets = () => import('../io/recentDatasets');

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
    };

/** The dataset's raw JSON (undefined when the text was not even JSON: there is nothing to edit), and what validating it found. */
interface CheckedState {
  raw: unknown;
  result: ParseResult;
}

function readyFrom(name: string, raw: unknown, result: ParseResult, generation: number): Session {
  return { status: 'ready', name, history: startHistory({ raw, result }), generation, restoredAt: null };
}

export function App({ data, checked, sourceName, dataUrl = null, search = '', embedPage = false, explorerBase = './' }: AppProps) {
  const unchecked = !dataUrl && !checked;
  const [session, setSession] = useState<Session>(() =>
    dataUrl || !checked ? { status: 'loading', name: dataUrl ?? sourceName } : readyFrom(sourceName, data, checked, 0),
  );
  const options = useMemo(() => parseEmbedOptions(search, { embedPage }), [search, embedPage]);

  const apply = useCallback((loaded: LoadResult) => {
    if (!loaded.ok) return setSession({ status: 'failed', name: loaded.name, message: loaded.message });
    setSession((previous) => readyFrom(loaded.name, parseJson(loaded.text), loaded.result, ('generation' in previous ? previous.generation : 0) + 1));
    if (loaded.result.ok) {
      const { dataset } = loaded.result;
      void loadRecentDatasets().then(({ rememberDataset }) => rememberDataset({ id: `${dataset.id}:${loaded.name}`, name: loaded.name, title: dataset.title, text: loaded.text }));
    }
  }, []);

  // A dataset handed over unchecked is checked once the validator has loaded.
  useEffect(() => {
    if (!unchecked) return;
    let current = true;
    loadValidator().then(
      ({ parseDataset }) => current && setSession(readyFrom(sourceName, data, parseDataset(data), 0)),
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
    let current = true;
    void loadDatasetReaders()
      .then(({ fetchDataset }) => fetchDataset(dataUrl))
      .then((loaded) => current && apply(loaded));
    return () => {
      current = false;
    };
  }, [dataUrl, apply]);

  const opener = useMemo<DatasetOpener>(
    () => ({
      openFiles: (files) => void loadDatasetReaders().then(({ readDatasetFiles }) => readDatasetFiles(files).then(apply)),
      openText: (name, text) => void loadDatasetReaders().then(({ loadText }) => loadText(name, text).then(apply)),
    }),
    [apply],
  );

  return (
    <DatasetOpenerContext.Provider value={opener}>
      <DropZone enabled={!options.embed} onFiles={opener.openFiles}>
        <SessionView session={session} setSession={setSession} search={search} embedPage={embedPage} explorerBase={explorerBase} />
      </DropZone>
    </DatasetOpenerContext.Provider>
  );
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
  const index = useMemo(() => (parsed?.ok ? indexDataset(parsed.dataset) : null), [parsed]);
  const initial = useMemo(() => parseViewState(search), [search]);
  const options = useMemo(() => parseEmbedOptions(search, { embedPage }), [search, embedPage]);
  const steps = useMemo(() => parseStepParams(search), [search]);
  const editor = useEditor(session, setSession, parsed?.ok ? parsed.dataset.id : null, !options.embed && !steps.mode);

  if (session.status === 'loading') {
    return (
      <main className="dataset-problems" role="status">
        <p>Opening {session.name}…</p>
      </main>
    );
  }
  if (session.status === 'failed') return <DatasetProblems source={session.name} loadError={session.message} errors={[]} warnings={[]} />;
  if (!parsed?.ok || !index) return <DatasetProblems source={session.name} errors={parsed && !parsed.ok ? parsed.errors : []} warnings={parsed?.warnings ?? []} />;
  return (
    <ErrorBoundary key={session.generation}>
      {steps.mode && !options.embed ? (
        <Suspense>
          <StepPlayer index={index} mode={steps.mode} initialStep={steps.step} />
        </Suspense>
      ) : options.embed ? (
        <EmbedView index={index} initial={initial} options={options} explorerBase={explorerBase} />
      ) : (
        <DatasetEditorContext.Provider value={editor}>
          <Explorer index={index} initial={session.generation === 0 ? initial : undefined} warnings={parsed.warnings} source={session.generation === 0 && !session.name.includes('://') ? null : session.name} />
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
function useEditor(session: Session, setSession: SessionViewProps['setSession'], datasetId: string | null, enabled: boolean): DatasetEditor | null {
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [storageProblem, setStorageProblem] = useState<string | null>(null);
  const ready = session.status === 'ready' ? session : null;
  const generation = ready?.generation ?? -1;
  const present = ready?.history.present.raw;
  const edited = (ready?.history.past.length ?? 0) > 0 || (ready?.history.future.length ?? 0) > 0;

  // Restore edits kept from an earlier visit to the same dataset.
  useEffect(() => {
    if (!enabled || !datasetId) return;
    let current = true;
    void loadWork(datasetId).then(async (result) => {
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
  }, [generation, enabled]);

  // Keep the work as it happens.
  useEffect(() => {
    if (!enabled || !datasetId || !edited) return;
    const timer = setTimeout(() => {
      void saveWork(datasetId, present).then((result) => {
        if (result.ok) {
          setSavedAt(result.value);
          setStorageProblem(null);
        } else {
          setStorageProblem(result.reason);
        }
      });
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [enabled, datasetId, present, edited]);

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
        return `This change ${validatorMissing(cause)}`;
      }
      const outcome = change(ready.history.present.raw as RawDataset);
      if (!outcome.ok) return outcome.reason;
      const check = parseDataset(outcome.dataset);
      if (!check.ok) return `This change would break the dataset: ${formatIssue(check.errors[0]!)}`;
      setSession((now) => (now.status === 'ready' ? { ...now, history: commit(now.history, { raw: outcome.dataset, result: check }) } : now));
      return null;
    },
    undo: () => setSession((now) => (now.status === 'ready' ? { ...now, history: undo(now.history) } : now)),
    redo: () => setSession((now) => (now.status === 'ready' ? { ...now, history: redo(now.history) } : now)),
    canUndo: ready.history.past.length > 0,
    canRedo: ready.history.future.length > 0,
    savedAt,
    storageProblem,
    restored:
      ready.restoredAt === null || !datasetId
        ? null
        : {
            savedAt: ready.restoredAt,
            // Back to the dataset as it was opened: the restored edits sit one step above it.
            discard: () => {
              void discardWork(datasetId);
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
          Drop the dataset to open it
        </div>
      )}
    </div>
  );
}
