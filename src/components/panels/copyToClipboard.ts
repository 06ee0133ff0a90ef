import { t } from '../../i18n/translate';

/** Copies embed code, and says how it went: a browser may refuse, and then the code is copied by hand. */
export async function copyToClipboard(text: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return t('Copied to the clipboard.');
  } catch {
    return t('This browser did not allow copying: select the code and press Ctrl+C (⌘C on a Mac).');
  }
}
