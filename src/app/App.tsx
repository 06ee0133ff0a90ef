import { useMemo } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { EmbedView } from '../components/EmbedView';
import { Explorer } from '../components/Explorer';
import { parseEmbedOptions } from '../embed/embedOptions';
import { DatasetProblems } from '../components/panels/DatasetProblems';
import { parseStepParams, parseViewState } from '../embed/urlState';
import { StepPlayer } from '../components/present/StepPlayer';
import { indexDataset } from '../model/indexDataset';
import { parseDataset } from '../model/parseDataset';

export interface AppProps {
  /** The dataset as loaded, not yet trusted: it is validated here, once. */
  data: unknown;
  sourceName: string;
  /** The page's query string: the view to open with, and the embed flags. */
  search?: string;
  /** embed.html is the embed view whatever its query says. */
  embedPage?: boolean;
  /** Where the full explorer is, for the embed's links to it. */
  explorerBase?: string;
}

export function App({ data, sourceName, search = '', embedPage = false, explorerBase = './' }: AppProps) {
  const parsed = useMemo(() => parseDataset(data), [data]);
  const index = useMemo(() => (parsed.ok ? indexDataset(parsed.dataset) : null), [parsed]);
  const initial = useMemo(() => parseViewState(search), [search]);
  const options = useMemo(() => parseEmbedOptions(search, { embedPage }), [search, embedPage]);
  const steps = useMemo(() => parseStepParams(search), [search]);
  if (!parsed.ok || !index) {
    return <DatasetProblems source={sourceName} errors={parsed.ok ? [] : parsed.errors} warnings={parsed.warnings} />;
  }
  return (
    <ErrorBoundary>
      {steps.mode && !options.embed ? (
        <StepPlayer index={index} mode={steps.mode} initialStep={steps.step} />
      ) : options.embed ? (
        <EmbedView index={index} initial={initial} options={options} explorerBase={explorerBase} />
      ) : (
        <Explorer index={index} initial={initial} />
      )}
    </ErrorBoundary>
  );
}
