import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** What src/app/embedDataset.ts imports: the bundled dataset as embed.html carries it. */
const EMBED_DATASET_MODULE = 'virtual:stancemap-embed-dataset';
const RESOLVED = `\0${EMBED_DATASET_MODULE}`;
const BUNDLED_FILE = fileURLToPath(new URL('../data/russia-poach-rebels-2016.json', import.meta.url));

/**
 * The bundled dataset without what embed.html never shows: the story (presentation mode is the
 * explorer's; ~3.5 kB gzip) and the article's body (the embed shows passages, not the article,
 * and links to the explorer for it; ~1.4 kB gzip). The build checks the whole file
 * (renderFirstFrame.tsx), so the embed may trust what it keeps.
 */
export function embedDatasetModule(): Plugin {
  return {
    name: 'stancemap-embed-dataset',
    resolveId: (id) => (id === EMBED_DATASET_MODULE ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile(BUNDLED_FILE);
      const { story: _story, article, ...rest } = JSON.parse(readFileSync(BUNDLED_FILE, 'utf8')) as { story: unknown; article: Record<string, unknown> };
      return `export default ${JSON.stringify({ ...rest, article: { ...article, paragraphs: [] } })};`;
    },
  };
}
