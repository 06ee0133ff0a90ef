import { EmbedApp } from './EmbedApp';
import { EMBED_DATASET, EMBED_DATASET_CHECKED, EMBED_DATASET_NAME } from './embedDataset';
import { mountPage } from './mountPage';

mountPage(EmbedApp, { embedPage: true, data: EMBED_DATASET, checked: EMBED_DATASET_CHECKED, sourceName: EMBED_DATASET_NAME });
