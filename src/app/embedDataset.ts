// Built by scripts/embedDatasetModule.ts: the bundled file without the story and the article's
// body, which embed.html never shows. A test checks that nothing else is missing.
import shown from 'virtual:stancemap-embed-dataset';
import { BUNDLED_DATASET_NAME, checkedByTheBuild } from './bundledDataset';

/** The bundled dataset as embed.html shows it: everything but the story and the article's paragraphs. */
export const EMBED_DATASET: unknown = shown;
export const EMBED_DATASET_NAME = BUNDLED_DATASET_NAME;
export const EMBED_DATASET_CHECKED = checkedByTheBuild(EMBED_DATASET);
