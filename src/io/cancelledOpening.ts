import { t } from '../i18n/translate';
import type { LoadResult } from './fetchDataset';

/**
 * The result of an opening the reader cancelled: nothing to show, the map before stays (with
 * none, the page says so). Its own module: the explorer's first load needs it, not the rest of
 * the readers or the progress display.
 */
export const cancelledOpening = (name: string): LoadResult => ({ ok: false, name, message: t('was not opened: opening it was cancelled.'), cancelled: true });
