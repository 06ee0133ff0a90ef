// Named imports, so the bundler leaves the rest of the file out: the story (presentation mode,
// which only the explorer has) is ~3.5 kB gzip of embed.html. A test checks that nothing else is missing.
import { $schema, actors, article, description, id, relations, schemaVersion, title } from '../../data/russia-poach-rebels-2016.json';
import { BUNDLED_DATASET_NAME, checkedByTheBuild } from './bundledDataset';

/** The bundled dataset as embed.html shows it: everything but the story. */
export const EMBED_DATASET: unknown = { $schema, schemaVersion, id, title, description, article, actors, relations };
export const EMBED_DATASET_NAME = BUNDLED_DATASET_NAME;
export const EMBED_DATASET_CHECKED = checkedByTheBuild(EMBED_DATASET);
