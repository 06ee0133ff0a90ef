/**
 * The one-file formats a dataset can be written to, declared once as data: the convert CLI reads
 * this list, and so can an "Export as…" menu. CSV is several files: see exportCsvFiles.
 */
import { t } from '../../i18n/translate';
import type { Dataset } from '../datasetSchema';
import { exportFtm } from './exportFtm';
import { exportGexf } from './exportGexf';
import { exportGraphml } from './exportGraphml';
import { exportJson } from './exportJson';

export interface ExportFormat {
  id: 'json' | 'gexf' | 'graphml' | 'ftm';
  label: string;
  /** Without the dot. */
  extension: string;
  mimeType: string;
  write: (dataset: Dataset) => string;
}

// Each label a getter: it is read in the interface's language when shown, not when this module loads.
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'json', get label() { return t('stancemap dataset (JSON)'); }, extension: 'json', mimeType: 'application/json', write: exportJson },
  { id: 'gexf', get label() { return t('GEXF, for Gephi'); }, extension: 'gexf', mimeType: 'application/gexf+xml', write: exportGexf },
  { id: 'graphml', get label() { return t('GraphML, for yEd, Cytoscape, NetworkX'); }, extension: 'graphml', mimeType: 'application/graphml+xml', write: exportGraphml },
  { id: 'ftm', get label() { return t('FollowTheMoney entities, for Aleph'); }, extension: 'ftm.json', mimeType: 'application/x-ndjson', write: exportFtm },
];
