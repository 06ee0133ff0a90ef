import { interfaceLocale } from '../../i18n/translate';

/**
 * An ISO date as a reader writes it, “5 August 2016” in English (the British order, as the
 * bundled article's outlet dates it), in the interface's own way otherwise; anything else as it
 * was given. Formatted after the prerendered first frame is on screen, so Intl's first use costs it nothing.
 */
export function formatPublished(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (!match || Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(match[3])) return isoDate;
  const locale = interfaceLocale();
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
