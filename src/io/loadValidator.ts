/**
 * The dataset validator (zod, the format's schema and its rules: about 11 kB gzip) loads when a
 * dataset must be checked: one the reader opens, or an edit. The bundled dataset is checked when
 * the app is built (bundledDataset.ts), so the explorer's first render does not wait for it.
 */
import { t } from '../i18n/translate';

export type Validator = typeof import('../model/parseDataset');

let validator: Promise<Validator> | undefined;

/** The validator, loaded once. A failed load (offline, or a page left open across a new release) is tried again next time. */
export const loadValidator = (): Promise<Validator> =>
  (validator ??= import('../model/parseDataset').catch((cause: unknown) => {
    validator = undefined;
    throw cause;
  }));

/** Why a dataset or an edit could not be checked when the validator did not load, in words that follow its name. */
export const validatorMissing = (cause: unknown) =>
  t('could not be checked: the dataset checker could not be loaded ({reason}); check the connection, or reload the page, and try again.', { reason: cause instanceof Error ? cause.message : String(cause) });
