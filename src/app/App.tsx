import { useCallback, useEffect, useMemo, useState, type DragEvent, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { EmbedView } from '../components/EmbedView';
import { Explorer } from '../components/Explorer';
import { DatasetProblems } from '../components/panels/DatasetProblems';
import { StepPlayer } from '../components/present/StepPlayer';
import { parseEmbedOptions } from '../embed/embedOptions';
import { parseStepParams, parseViewState } from '../embed/urlState';
import { indexDataset } from '../model/indexDataset';
import { parseDataset, type ParseResult } from '../model/parseDataset';
import { DatasetOpenerContext, type DatasetOpener } from '../components/DatasetOpener';
import { fetchDataset, loadText, readDatasetFiles, type LoadResult } from '../io/loadDataset';
import { rememberDataset } from '../io/recentDatasets';

export interface AppProps {
  /** The dataset as loaded, not yet trusted: it is validated here, once. */
  data?: unknown;
  sourceName: string;
  /** `?data=`: a web address to fetch the dataset from instead. */
  dataUrl?: string | null;
  /** The page's query string: the view to open with, and the embed flags. */
  search?: string;
  /** embed.html is the embed view whatever its query says. */
  embedPage?: boolean;
  /** Where the full explorer is, for the embed's links to it. */
  explorerBase?: string;
}

type Session =
  | { status: 'loading'; name: string }
  | { status: 'failed'; name: string; message: string }
  | { status: 'ready'; name: string; result: ParseResult; generation: number };

export function App({ data, sourceName, dataUrl = null, search = '', embedPage = false, explorerBase = './' }: AppProps) {
  const [session, setSession] = useState<Session>(() =>
    dataUrl ? { status: 'loading', name: dataUrl } : { status: 'ready', name: sourceName, result: parseDataset(data), generation: 0 },
  );
  const options = useMemo(() => parseEmbedOptions(search, { embedPage }), [search, embedPage]);

  const apply = useCallback((loaded: LoadResult) => {
    if (!loaded.ok) return setSession({ status: 'failed', name: loaded.name, message: loaded.message });
    setSession((previous) => ({ status: 'ready', name: loaded.name, result: loaded.result, generation: ('generation' in previous ? previous.generation : 0) + 1 }));
    if (loaded.result.ok) {
      const { dataset } = loaded.result;
      void rememberDataset({ id: `${dataset.id}:${loaded.name}`, name: loaded.name, title: dataset.title, text: loaded.text });
    }
  }, []);

  useEffect(() => {
    if (!dataUrl) return;
    let current = true;
    void fetchDataset(dataUrl).then((loaded) => current && apply(loaded));
    return () => {
      current = false;
    };
  }, [dataUrl, apply]);

  const opener = useMemo<DatasetOpener>(
    () => ({
      openFiles: (files) => void readDatasetFiles(files).then(apply),
      openText: (name, text) => apply(loadText(name, text)),
    }),
    [apply],
  );

  return (
    <DatasetOpenerContext.Provider value={opener}>
      <DropZone enabled={!options.embed} onFiles={opener.openFiles}>
        <SessionView session={session} search={search} embedPage={embedPage} explorerBase={explorerBase} />
      </DropZone>
    </DatasetOpenerContext.Provider>
  );
}

function SessionView({ session, search, embedPage, explorerBase }: { session: Session; search: string; embedPage: boolean; explorerBase: string }) {
  const parsed = session.status === 'ready' ? session.result : null;
  const index = useMemo(() => (parsed?.ok ? indexDataset(parsed.dataset) : null), [parsed]);
  const initial = useMemo(() => parseViewState(search), [search]);
  const options = useMemo(() => parseEmbedOptions(search, { embedPage }), [search, embedPage]);
  const steps = useMemo(() => parseStepParams(search), [search]);

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
        <StepPlayer index={index} mode={steps.mode} initialStep={steps.step} />
      ) : options.embed ? (
        <EmbedView index={index} initial={initial} options={options} explorerBase={explorerBase} />
      ) : (
        <Explorer index={index} initial={session.generation === 0 ? initial : undefined} warnings={parsed.warnings} />
      )}
    </ErrorBoundary>
  );
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
