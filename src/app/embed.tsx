import { readInlineDataset, INLINE_DATASET_NAME } from '../embed/inlineDataset';
import { EmbedApp } from './EmbedApp';
import { EMBED_DATASET, EMBED_DATASET_CHECKED, EMBED_DATASET_NAME } from './embedDataset';
import { mountPage } from './mountPage';

// A self-contained embed page (selfContainedPage.ts) carries its own dataset, checked as it opens,
// and has no explorer beside it to link to.
const inline = readInlineDataset(document);
mountPage(
  EmbedApp,
  inline
    ? { embedPage: true, data: inline.data, sourceName: INLINE_DATASET_NAME, withExplorer: false }
    : { embedPage: true, data: EMBED_DATASET, checked: EMBED_DATASET_CHECKED, sourceName: EMBED_DATASET_NAME },
);
