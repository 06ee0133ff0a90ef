import type { DatasetIndex } from '../model/indexDataset';
import type { ValidationIssue } from '../model/validationIssue';
import type { InitialMapState } from '../store/createMapStore';
import { MapStoreProvider, useMapStore, useMapStoreApi } from '../store/MapStoreProvider';
import { useGlobalKeys } from './controllers/useGlobalKeys';
import { useUrlSync } from './controllers/useUrlSync';
import { StanceMap } from './graph/StanceMap';
import { ArticleReader } from './panels/ArticleReader';
import { DetailsPanel, type SelectedItem } from './panels/DetailsPanel';
import { ExplorerHeader } from './panels/ExplorerHeader';
import { FocusBar } from './panels/FocusBar';
import { MapKey } from './panels/MapKey';
import { PrintRelations } from './panels/PrintRelations';
import { NetworkSummary, SelectionAnnouncer } from './panels/NetworkSummary';
import { lazy, Suspense, useEffect, useState } from 'react';
import { preloadable } from './preloadable';
import { EditActionsWhenEditing, EditBarWhenEditing, StoryEditorWhenEditing, SuggestionsWhenEditing } from './authoring/whenEditing';
import { useEditMode } from './authoring/useEditMode';
import { DatasetEditorContext, useDatasetEditor } from './DatasetEditor';
import { t } from '../i18n/translate';

// Only a map with nothing on it yet says what to do first: loaded then.
const EmptyMapHint = lazy(() => import('./panels/EmptyMapHint').then((module) => ({ default: module.EmptyMapHint })));

// The first frame shows no selection: its details load just after it (or at once, for a deep link).
const Details = preloadable(() => import('./panels/SelectedDetails').then((module) => module.SelectedDetails));
// The table is one click away, never in the first frame: fetched in idle time.
const TableView = preloadable(() => import('./panels/TableView').then((module) => module.TableView));

/** The main screen: a band with the title, search and actions; the map with its key; the details and the article. */
interface ExplorerProps {
  index: DatasetIndex;
  initial?: InitialMapState | undefined;
  syncUrl?: boolean;
  /** The dataset's warnings: it opened, and they are one click away in the header. */
  warnings?: ValidationIssue[];
  /** Where the dataset came from, when it is not the bundled one: shown, so a reader knows whose data this is. */
  source?: string | null;
}

export function Explorer({ index, initial, syncUrl = true, warnings = [], source = null }: ExplorerProps) {
  return (
    <MapStoreProvider index={index} initial={initial}>
      <ExplorerLayout syncUrl={syncUrl} warnings={warnings} source={source} />
    </MapStoreProvider>
  );
}

function ExplorerLayout({ syncUrl, warnings, source }: { syncUrl: boolean; warnings: ValidationIssue[]; source: string | null }) {
  const store = useMapStoreApi();
  const [tableShown, setTableShown] = useState(false);
  const editor = useDatasetEditor();
  const [editing, setEditing] = useEditMode(editor);
  const sidePanel = useMapStore((state) => state.sidePanel);
  const emptyMap = useMapStore((state) => state.index.dataset.actors.length === 0);
  useGlobalKeys(store);
  // Fetched while the reader looks at the map, so that the first click shows its details at once.
  useEffect(() => [Details, TableView].forEach((panel) => panel.preload()), []);
  return (
    <div
      className="explorer"
      data-panel-tab={useMapStore((state) => state.panelTab)}
      data-has-selection={useMapStore((state) => state.selection !== null) || undefined}
      data-editing={editing || undefined}
    >
      {syncUrl && <UrlSync />}
      <ExplorerHeader warnings={warnings} source={source} editing={editor ? { on: editing, set: setEditing } : null} />
      {/* The authoring tools (the edit bar, the details' Edit and Delete, the article's passage menu) read the editor: only in Edit mode. */}
      <DatasetEditorContext.Provider value={editing ? editor : null}>
        <EditBarWhenEditing />
        <PanelTabs />
        <main className="workspace">
          <div className="map-column">
            <FocusBar />
            {/* The sentence a glance at the map gives; read out, drawn as the key's counts. */}
            <NetworkSummary />
            <div className="map-stage" data-table={tableShown || undefined}>
              {tableShown ? (
                <Suspense>
                  <TableView />
                </Suspense>
              ) : (
                <StanceMap />
              )}
              {emptyMap && (
                <Suspense>
                  <EmptyMapHint editing={editing} />
                </Suspense>
              )}
              <div className="map-overlay" data-covers-map>
                <MapKey />
                <button type="button" className="view-toggle" aria-pressed={tableShown} onClick={() => setTableShown(!tableShown)}>
                  {tableShown ? t('Show the map') : t('Show as a table')}
                </button>
              </div>
            </div>
          </div>
          <SelectionAnnouncer />
          {editing && sidePanel === 'story' ? <StoryEditorWhenEditing /> : editing && sidePanel === 'suggestions' ? <SuggestionsWhenEditing /> : <DetailsPanel actions={editActions} details={Details} />}
          <ArticleReader />
        </main>
      </DatasetEditorContext.Provider>
      <PrintRelations />
    </div>
  );
}

const editActions = (item: SelectedItem) => <EditActionsWhenEditing item={item} />;

function UrlSync() {
  useUrlSync(useMapStoreApi());
  return null;
}

/** On a phone the map and the article share the screen: a tab switches between them. */
function PanelTabs() {
  const tab = useMapStore((state) => state.panelTab);
  const setPanelTab = useMapStore((state) => state.setPanelTab);
  return (
    <div className="panel-tabs" role="tablist" aria-label={t('View')}>
      {(['map', 'article'] as const).map((name) => (
        <button key={name} type="button" role="tab" aria-selected={tab === name} onClick={() => setPanelTab(name)}>
          {name === 'map' ? t('Map') : t('Article')}
        </button>
      ))}
    </div>
  );
}
