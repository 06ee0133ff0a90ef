import dataset from '../../data/russia-poach-rebels-2016.json';

/** The dataset the explorer opens when no other is asked for. */
export const BUNDLED_DATASET: unknown = dataset;
export const BUNDLED_DATASET_NAME = 'data/russia-poach-rebels-2016.json';
