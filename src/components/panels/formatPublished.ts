import { interfaceLocale } from '../../i18n/translate';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * An ISO date as a reader writes it, “5 August 2016” in English; anything else as it was given.
 * English is written out rather than through Intl: the first Intl date format loads locale data,
 * ~100 ms of the first frame. Other interface languages format it with Intl, in their own way.
 */
export function formatPublished(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (!match || Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(match[3])) return isoDate;
  const locale = interfaceLocale();
  if (locale !== 'en' && !locale.startsWith('en-')) return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
