import dataset from '../../data/russia-poach-rebels-2016.json';
import type { Dataset } from '../model/datasetSchema';
import type { ParseResult } from '../model/parseDataset';

/** The dataset the explorer opens when no other is asked for. */
export const BUNDLED_DATASET: unknown = dataset;
export const BUNDLED_DATASET_NAME = 'data/russia-poach-rebels-2016.json';

/**
 * What validating a dataset the build carries finds: it is valid, without a warning, and parses
 * to itself. So a page need not load the validator to open it. tests/model/bundledDataset.test.ts
 * and tests/embed/embedDataset.test.ts hold both copies to all of that; the build fails on any
 * error or warning (renderFirstFrame.tsx).
 */
export const checkedByTheBuild = (raw: unknown): ParseResult => ({ ok: true, dataset: raw as Dataset, warnings: [] });

export const BUNDLED_DATASET_CHECKED = checkedByTheBuild(BUNDLED_DATASET);
