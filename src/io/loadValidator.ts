/**
 * The dataset validator (zod, the format's schema and its rules: about 11 kB gzip) loads when a
 * dataset must be checked: one the reader opens, or an edit. The bundled dataset is checked when
 * the app is built (bundledDataset.ts), so the explorer's first render does not wait for it.
 */
export type Validator = typeof import('../model/parseDataset');

let validator: Promise<Validator> | undefined;

export const loadValidator = (): Promise<Validator> => (validator ??= import('../model/parseDataset'));
